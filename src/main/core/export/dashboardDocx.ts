import type { FileChild } from 'docx';
import { PROJECT_STATUS_LABELS } from '../../../shared/domain/dashboard';
import type { ActionView } from '../../../shared/ipc/areas/actions';
import type { DashboardView, DashboardWins } from '../../../shared/ipc/areas/dashboard';
import { userDisplayName } from '../../../shared/domain/settings';
import type { ServiceContext } from '../services/context';
import {
  bulletList,
  buildDocx,
  caption,
  dataTable,
  heading,
  palette,
  paragraph,
  spacer,
  textRun,
  textRuns,
} from './docxDocument';
import { saveExport } from './saveExport';

/**
 * The dashboard as a status update to share upward.
 *
 * What goes in: projects with their status and one-line update, key metrics, the titles
 * of recent wins from the journal, open action items (mine, and what I am waiting on),
 * and the date of the next 1:1.
 *
 * What never goes in, whatever the user has written: journal entry bodies (a win is
 * listed by its title only), the goodwill ledger as a whole (balances, trends, deposits
 * and their notes: keeping score of trust is private), 1:1 health, prep notes and meeting
 * notes, and every part of a leader's profile.
 */
export interface DashboardDocxOptions {
  author?: string;
  /** Formats a YYYY-MM-DD date for the reader. */
  formatDate: (date: string) => string;
  /** Formats the start of the next 1:1 in its own time zone. */
  formatWhen: (start: string, timeZone: string) => string;
  /** The user's name, for the items they own. */
  me?: string;
}

const STATUS_COLOR = {
  'on-track': palette.good,
  'at-risk': palette.warn,
  blocked: palette.bad,
} as const;

/** Who owns an item, in words: the user's own name for theirs. */
function ownerOf(a: ActionView, leaderNames: Map<string, string>, me: string): string {
  if (a.owner.kind === 'other') return a.owner.name;
  if (a.owner.kind === 'leader') return (a.leaderId && leaderNames.get(a.leaderId)) || 'Leader';
  return me.trim() || 'Me';
}

/** Projects, metrics and commitments tables: name and date columns wide enough not to wrap. */
export const STATUS_UPDATE_COLUMNS = {
  projects: [2, 1, 4],
  metrics: [3, 2, 2],
  commitments: [3.4, 2, 2.4, 1.2],
} as const;

/** Builds the status update (.docx) from the dashboard's data, keeping private fields out. */
export async function buildDashboardDocx(
  view: DashboardView,
  recent: DashboardWins,
  leaderNames: Map<string, string>,
  opts: DashboardDocxOptions,
): Promise<Uint8Array> {
  const body: FileChild[] = [];
  const table = { compact: true } as const;
  const TIGHT = { spaceBefore: 12 };

  if (view.nextMeeting) {
    body.push(
      paragraph([
        textRun('Next 1:1  ', { bold: true }),
        ...textRuns(opts.formatWhen(view.nextMeeting.start, view.nextMeeting.timeZone)),
      ]),
    );
  }
  body.push(heading('Projects', 1, TIGHT));
  if (view.projects.length) {
    body.push(
      dataTable(
        ['Project', 'Status', 'Latest'],
        view.projects.map((p) => [
          p.name,
          [textRun(PROJECT_STATUS_LABELS[p.status], { bold: true, color: STATUS_COLOR[p.status] })],
          p.update || '—',
        ]),
        { ...table, columnWidths: STATUS_UPDATE_COLUMNS.projects },
      ),
    );
  } else body.push(paragraph('No projects to report.', { muted: true }));

  if (view.metrics.length) {
    body.push(heading('Key metrics', 1, TIGHT));
    body.push(
      dataTable(
        ['Metric', 'Now', 'Target'],
        view.metrics.map((m) => [m.name, m.value || '—', m.target || '—']),
        { ...table, columnWidths: STATUS_UPDATE_COLUMNS.metrics },
      ),
    );
  }

  const wins = recentWins(recent);
  body.push(heading('Recent wins', 1, TIGHT));
  if (wins.length) {
    body.push(
      ...bulletList(
        wins.map((w) => [
          ...textRuns(w.title),
          textRun(` · ${opts.formatDate(w.date)}`, { color: palette.muted }),
        ]),
      ),
    );
  } else
    body.push(paragraph(`No wins logged since ${opts.formatDate(recent.from)}.`, { muted: true }));

  // What I am working on first, then what others are handling: one table, one header.
  const commitments = [...view.actions.mine, ...view.actions.theirs];
  body.push(heading('Open commitments', 1, TIGHT));
  if (commitments.length) {
    body.push(
      dataTable(
        ['Action', 'Who', 'Due', 'Status'],
        commitments.map((a) => [
          a.text,
          ownerOf(a, leaderNames, opts.me ?? ''),
          a.due ? opts.formatDate(a.due) : 'No date',
          a.overdue
            ? [textRun('Overdue', { bold: true, color: palette.bad })]
            : STATUS_WORDS[a.status],
        ]),
        { ...table, columnWidths: STATUS_UPDATE_COLUMNS.commitments },
      ),
    );
  } else body.push(paragraph('Nothing open.', { muted: true }));

  // Whoever reads this is the leader: the closing line says nothing about what else the app keeps.
  body.push(spacer(4), caption(`Prepared on ${opts.formatDate(view.today)}.`));

  const audience = view.leaderName ? `For ${view.leaderName}` : 'For my leaders';
  return buildDocx(
    {
      title: 'Status update',
      subtitle: `${audience} · ${opts.formatDate(view.today)}`,
      author: opts.author,
      description: 'A one-page status update',
    },
    body,
  );
}

const STATUS_WORDS = { open: 'Open', done: 'Done', dropped: 'Dropped' } as const;

/** The wins a status update lists: journal wins by title only. */
function recentWins(recent: DashboardWins): DashboardWins['wins'] {
  return recent.wins.filter((w) => w.kind === 'journal' && w.title.trim());
}

// Measured on LibreOffice renders, in points: the page's text height (A4 less the margins, less a
// safety margin), a line of 10.5 pt text, a compact table row's padding, a heading with its
// space, a win, the title block. A character is Arial's average width for English text at
// 10.5 pt (Arial is what the document asks for; LibreOffice draws it with the metric-compatible
// Liberation Sans); the safety margin absorbs text with many wide letters.
const PAGE_HEIGHT = 717 - 10;
const TEXT_WIDTH = 464.9;
const CHAR = 5.0;
const LINE = 13.5;
const ROW_PAD = 2;
const HEADING = 36;
const WIN = 14.5;
const TITLE_BLOCK = 62;
const PARAGRAPH = 20;

function lines(text: string, share: number): number {
  const perLine = Math.max(1, Math.floor((TEXT_WIDTH * share - 12) / CHAR));
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

function tableHeight(rows: readonly (readonly string[])[], widths: readonly number[]): number {
  const total = widths.reduce((a, b) => a + b, 0);
  const rowHeight = (r: readonly string[]): number =>
    Math.max(...r.map((c, i) => lines(c, widths[i] / total))) * LINE + ROW_PAD * 2;
  return rows.reduce((h, r) => h + rowHeight(r), 0);
}

/**
 * Whether the status update fits its one page, estimated from the text alone (no fonts needed),
 * so the export dialog can say so before saving. Errs towards "does not fit".
 */
export function statusUpdateFits(view: DashboardView, recent: DashboardWins): boolean {
  return statusUpdateHeight(view, recent) <= PAGE_HEIGHT;
}

/** The estimated height of the status update's text, in points. */
export function statusUpdateHeight(view: DashboardView, recent: DashboardWins): number {
  let h = TITLE_BLOCK;
  if (view.nextMeeting) h += PARAGRAPH;
  h += HEADING;
  h += view.projects.length
    ? tableHeight(
        [
          ['Project', 'Status', 'Latest'],
          ...view.projects.map((p) => [p.name, 'At risk', p.update || '—']),
        ],
        STATUS_UPDATE_COLUMNS.projects,
      )
    : PARAGRAPH;
  if (view.metrics.length)
    h +=
      HEADING +
      tableHeight(
        [['Metric', 'Now', 'Target'], ...view.metrics.map((m) => [m.name, m.value, m.target])],
        STATUS_UPDATE_COLUMNS.metrics,
      );
  const wins = recentWins(recent);
  h += HEADING + (wins.length ? wins.length * WIN + 7 : PARAGRAPH);
  const commitments = [...view.actions.mine, ...view.actions.theirs];
  h +=
    HEADING +
    (commitments.length
      ? tableHeight(
          [
            ['Action', 'Who', 'Due', 'Status'],
            ...commitments.map((a) => [a.text, 'Someone Else', '30 September 2026', 'Overdue']),
          ],
          STATUS_UPDATE_COLUMNS.commitments,
        )
      : PARAGRAPH);
  h += 4 + PARAGRAPH;
  return h;
}

/** Asks where to save and writes the status update; the path is null when the user cancels. */
export async function exportDashboard(
  ctx: ServiceContext,
  view: DashboardView,
  recent: DashboardWins,
  leaderNames: Map<string, string>,
  opts: Omit<DashboardDocxOptions, 'author'>,
): Promise<{ path: string | null }> {
  const bytes = await buildDashboardDocx(view, recent, leaderNames, {
    ...opts,
    author: userDisplayName(ctx.settings()),
    me: userDisplayName(ctx.settings()),
  });
  const who = view.leaderName ? ` for ${view.leaderName}` : '';
  return saveExport(ctx.deps.shell, {
    title: 'Save the status update',
    defaultName: `Status update${who} - ${view.today}.docx`,
    bytes,
  });
}
