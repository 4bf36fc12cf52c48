import type { FileChild } from 'docx';
import { TextRun } from 'docx';
import type { AgendaItem, AgendaItemOrigin } from '../../../shared/domain/meeting';
import { AGENDA_SECTIONS, includesPrivate } from '../../../shared/domain/exportSections';
import type { Settings } from '../../../shared/domain/settings';
import type { ActionView } from '../../../shared/ipc/areas/actions';
import type { MeetingView } from '../../../shared/ipc/areas/meetings';
import { formatDay, formatMeetingWhen } from '../services/meetings/dates';
import { ownerLabel } from '../services/meetings/followUp';
import {
  buildDocx,
  caption,
  dataTable,
  heading,
  keyValueTable,
  palette,
  paragraph,
  textRuns,
} from './docxDocument';
import { directionOf } from './docxInline';
import { listContinuation, taskParagraph } from './docxLists';
import { richTextToDocx, type RichTextDocxOptions } from './richTextToDocx';

/** Choices for an agenda export. */
export interface AgendaDocxOptions {
  /** The parts to put in (keys of AGENDA_SECTIONS); nothing of the others, not even a mention. */
  sections: ReadonlySet<string>;
  author: string;
  dateFormat: Settings['dateFormat'];
  /** The day of the export, YYYY-MM-DD. */
  today: string;
  /** Current names of leaders, for mentions in notes. */
  leaderNames?: Map<string, string>;
}

/** The heading of the private prep notes; its presence is what a reader (and a test) checks. */
export const PREP_NOTES_HEADING = 'Prep notes (private)';

// Where an item came from, as the reader may see it; items suggested while preparing carry no tag,
// since a tag would tell the reader that private prep exists.
const ORIGIN_LABELS: Partial<Record<AgendaItemOrigin, string>> = {
  carried: 'carried over',
  action: 'follow-up',
};

const STATUS_LABELS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

/** One agenda item: a box ticked once discussed, then its decision and (when chosen) its note aligned under its text. */
function itemParagraphs(item: AgendaItem, notes: RichTextDocxOptions | null): FileChild[] {
  const tags = [
    ORIGIN_LABELS[item.origin],
    item.status === 'deferred' ? 'deferred' : undefined,
  ].filter(Boolean);
  const out: FileChild[] = [
    taskParagraph(
      [
        ...textRuns(item.text),
        ...(tags.length
          ? [new TextRun({ text: `  (${tags.join(', ')})`, color: palette.muted })]
          : []),
      ],
      item.status === 'discussed',
      0,
      directionOf(item.text),
    ),
  ];
  if (item.decision)
    out.push(
      listContinuation(
        [new TextRun({ text: 'Decision: ', bold: true }), ...textRuns(item.decision)],
        0,
        directionOf(item.decision),
      ),
    );
  if (notes) out.push(...richTextToDocx(item.note, notes));
  return out;
}

/**
 * Action item, owner, due date, status: the owner and date columns are wide enough that a name
 * of twenty letters or a date as long as "30 September 2026" stays on one line at 10.5 pt in
 * Arial, Carlito or DejaVu Sans (the widest of the three).
 */
export const ACTION_COLUMNS = [3.2, 2.3, 2.5, 1.3];

/** A table of action items with their owner, due date and status. */
export function actionsTable(
  items: ActionView[],
  leaderName: string,
  opts: { author: string; dateFormat: Settings['dateFormat'] },
): FileChild {
  return dataTable(
    ['Action item', 'Owner', 'Due', 'Status'],
    items.map((a) => [
      a.text,
      ownerLabel(a.owner, leaderName, opts.author),
      a.due ? formatDay(a.due, opts.dateFormat) : 'No date',
      a.overdue ? 'Overdue' : STATUS_LABELS[a.status],
    ]),
    { columnWidths: ACTION_COLUMNS },
  );
}

/**
 * Builds a meeting's agenda as .docx: its sections with their items (discussed ones ticked,
 * decisions under them), the follow-ups of open action items, the action items agreed,
 * the meeting notes, and the private prep notes only when asked.
 */
export async function buildAgendaDocx(
  view: MeetingView,
  opts: AgendaDocxOptions,
): Promise<Uint8Array> {
  const { meeting } = view;
  const has = (key: string): boolean => opts.sections.has(key);
  const when = formatMeetingWhen(meeting.start, view.timeZone, opts.dateFormat);
  const mention = {
    headingOffset: 1 as const,
    resolveMention: (id: string) => opts.leaderNames?.get(id),
  };
  const itemNotes = has('itemNotes')
    ? { ...mention, headingOffset: 2 as const, underItemLevel: 0 }
    : null;
  const followUpsShown = has('followUps') ? view.followUps : [];
  const body: FileChild[] = [
    keyValueTable([
      ['With', view.leaderName],
      ['When', `${when} (${view.timeZone})`],
      ['Length', `${meeting.durationMinutes} minutes`],
    ]),
  ];
  const hasFollowUpSection = meeting.sections.some((s) => s.kind === 'followups');
  if (!hasFollowUpSection && followUpsShown.length)
    body.push(heading('Follow-ups', 1), actionsTable(followUpsShown, view.leaderName, opts));
  const agenda = has('items') ? meeting.agenda : [];
  for (const section of meeting.sections) {
    const items = agenda.filter((i) => i.sectionId === section.id);
    const followUps = section.kind === 'followups' ? followUpsShown : [];
    if (items.length === 0 && followUps.length === 0) continue;
    body.push(heading(section.title, 1));
    if (followUps.length) body.push(actionsTable(followUps, view.leaderName, opts));
    if (items.length) body.push(...items.flatMap((item) => itemParagraphs(item, itemNotes)));
  }
  if (has('items') && meeting.agenda.length === 0 && followUpsShown.length === 0)
    body.push(paragraph('The agenda is empty.', { muted: true }));
  if (has('actions') && view.actions.length)
    body.push(heading('Action items', 1), actionsTable(view.actions, view.leaderName, opts));
  const notes = has('meetingNotes') ? richTextToDocx(meeting.notes, mention) : [];
  if (notes.length) body.push(heading('Meeting notes', 1), ...notes);
  if (has('prepNotes')) {
    const prep = richTextToDocx(meeting.prepNotes, mention);
    body.push(
      heading(PREP_NOTES_HEADING, 1),
      ...(prep.length ? prep : [paragraph('No prep notes.', { muted: true })]),
    );
  }
  // The closing line names no part that was left out: the reader learns nothing of what is private.
  const keep = includesPrivate(AGENDA_SECTIONS, new Set(opts.sections))
    ? ' Holds private notes: keep this document to yourself.'
    : '';
  body.push(
    paragraph(''),
    caption(`Exported from Upward on ${formatDay(opts.today, opts.dateFormat)}.${keep}`),
  );
  return buildDocx(
    {
      title: view.title,
      subtitle: `Agenda · ${when}`,
      author: opts.author,
      description: `Agenda of ${view.title}`,
    },
    body,
  );
}
