import type { DateFormat, DateStyle } from '../../../shared/dateTime';
import type { FileChild } from 'docx';
import { TextRun, type Paragraph } from 'docx';
import type { AgendaItem, AgendaItemOrigin } from '../../../shared/domain/meeting';
import { richTextToPlain } from '../../../shared/domain/richtext';
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
  toRuns,
} from './docxDocument';
import { listContinuation, taskParagraph } from './docxLists';
import { richTextToDocx } from './richTextToDocx';

/** Choices for an agenda export. */
export interface AgendaDocxOptions {
  /** Include the private prep notes (left out unless the user ticks it). */
  includePrivate: boolean;
  author: string;
  dateFormat: DateStyle | DateFormat;
  /** The day of the export, YYYY-MM-DD. */
  today: string;
  /** Current names of leaders, for mentions in notes. */
  leaderNames?: Map<string, string>;
}

/** The heading of the private prep notes; its presence is what a reader (and a test) checks. */
export const PREP_NOTES_HEADING = 'Prep notes (private)';

const ORIGIN_LABELS: Partial<Record<AgendaItemOrigin, string>> = {
  carried: 'carried over',
  assistant: 'suggested in prep',
  action: 'follow-up',
};

const STATUS_LABELS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

/** One agenda item: a box ticked once discussed, then its decision and note aligned under its text. */
function itemParagraphs(item: AgendaItem): Paragraph[] {
  const tags = [
    ORIGIN_LABELS[item.origin],
    item.status === 'deferred' ? 'deferred' : undefined,
  ].filter(Boolean);
  const out = [
    taskParagraph(
      [
        new TextRun({ text: item.text }),
        ...(tags.length
          ? [new TextRun({ text: `  (${tags.join(', ')})`, color: palette.muted })]
          : []),
      ],
      item.status === 'discussed',
      0,
    ),
  ];
  if (item.decision)
    out.push(
      listContinuation(
        [new TextRun({ text: 'Decision: ', bold: true }), new TextRun({ text: item.decision })],
        0,
      ),
    );
  const note = richTextToPlain(item.note);
  if (note) out.push(listContinuation(toRuns(note, { italics: true, color: palette.muted }), 0));
  return out;
}

/** A table of action items with their owner, due date and status. */
export function actionsTable(
  items: ActionView[],
  leaderName: string,
  opts: { author: string; dateFormat: DateStyle | DateFormat },
): FileChild {
  return dataTable(
    ['Action item', 'Owner', 'Due', 'Status'],
    items.map((a) => [
      a.text,
      ownerLabel(a.owner, leaderName, opts.author),
      a.due ? formatDay(a.due, opts.dateFormat) : 'No date',
      a.overdue ? 'Overdue' : STATUS_LABELS[a.status],
    ]),
    { columnWidths: [3.2, 1.3, 1.3, 1] },
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
  const when = formatMeetingWhen(meeting.start, view.timeZone, opts.dateFormat);
  const mention = {
    headingOffset: 1 as const,
    resolveMention: (id: string) => opts.leaderNames?.get(id),
  };
  const body: FileChild[] = [
    keyValueTable([
      ['With', view.leaderName],
      ['When', `${when} (${view.timeZone})`],
      ['Length', `${meeting.durationMinutes} minutes`],
    ]),
  ];
  const hasFollowUpSection = meeting.sections.some((s) => s.kind === 'followups');
  if (!hasFollowUpSection && view.followUps.length)
    body.push(heading('Follow-ups', 1), actionsTable(view.followUps, view.leaderName, opts));
  for (const section of meeting.sections) {
    const items = meeting.agenda.filter((i) => i.sectionId === section.id);
    const followUps = section.kind === 'followups' ? view.followUps : [];
    if (items.length === 0 && followUps.length === 0) continue;
    body.push(heading(section.title, 1));
    if (followUps.length) body.push(actionsTable(followUps, view.leaderName, opts));
    if (items.length) body.push(...items.flatMap(itemParagraphs));
  }
  if (meeting.agenda.length === 0 && view.followUps.length === 0)
    body.push(paragraph('The agenda is empty.', { muted: true }));
  if (view.actions.length)
    body.push(heading('Action items', 1), actionsTable(view.actions, view.leaderName, opts));
  const notes = richTextToDocx(meeting.notes, mention);
  if (notes.length) body.push(heading('Meeting notes', 1), ...notes);
  if (opts.includePrivate) {
    const prep = richTextToDocx(meeting.prepNotes, mention);
    body.push(
      heading(PREP_NOTES_HEADING, 1),
      ...(prep.length ? prep : [paragraph('No prep notes.', { muted: true })]),
    );
  }
  body.push(
    paragraph(''),
    caption(
      `Exported from Upward on ${formatDay(opts.today, opts.dateFormat)}. ${
        opts.includePrivate
          ? 'Includes your private prep notes: keep this document to yourself.'
          : 'Private prep notes are left out.'
      }`,
    ),
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
