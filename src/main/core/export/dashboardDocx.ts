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
}

const STATUS_COLOR = {
  'on-track': palette.good,
  'at-risk': palette.warn,
  blocked: palette.bad,
} as const;

/** Who owns an item someone else is doing, in words. */
function ownerOf(a: ActionView, leaderNames: Map<string, string>): string {
  if (a.owner.kind === 'other') return a.owner.name;
  if (a.owner.kind === 'leader') return (a.leaderId && leaderNames.get(a.leaderId)) || 'Leader';
  return 'Me';
}

/** Builds the status update (.docx) from the dashboard's data, keeping private fields out. */
export async function buildDashboardDocx(
  view: DashboardView,
  recent: DashboardWins,
  leaderNames: Map<string, string>,
  opts: DashboardDocxOptions,
): Promise<Uint8Array> {
  const due = (a: ActionView): string =>
    a.due ? `${opts.formatDate(a.due)}${a.overdue ? ' (overdue)' : ''}` : 'No date';
  const body: FileChild[] = [];

  if (view.nextMeeting) {
    body.push(
      paragraph([
        textRun('Next 1:1  ', { bold: true }),
        textRun(opts.formatWhen(view.nextMeeting.start, view.nextMeeting.timeZone)),
      ]),
    );
  }
  body.push(heading('Projects', 1));
  if (view.projects.length) {
    body.push(
      dataTable(
        ['Project', 'Status', 'Latest'],
        view.projects.map((p) => [
          p.name,
          [textRun(PROJECT_STATUS_LABELS[p.status], { bold: true, color: STATUS_COLOR[p.status] })],
          p.update || '—',
        ]),
        { columnWidths: [2, 1, 4] },
      ),
    );
  } else body.push(paragraph('No projects to report.', { muted: true }));

  if (view.metrics.length) {
    body.push(spacer(), heading('Key metrics', 1));
    body.push(
      dataTable(
        ['Metric', 'Now', 'Target'],
        view.metrics.map((m) => [m.name, m.value || '—', m.target || '—']),
        { columnWidths: [3, 2, 2] },
      ),
    );
  }

  const wins = recent.wins.filter((w) => w.kind === 'journal' && w.title.trim());
  body.push(spacer(), heading('Recent wins', 1));
  if (wins.length) {
    body.push(
      ...bulletList(
        wins.map((w) => [
          textRun(w.title),
          textRun(` · ${opts.formatDate(w.date)}`, { color: palette.muted }),
        ]),
      ),
    );
  } else
    body.push(paragraph(`No wins logged since ${opts.formatDate(recent.from)}.`, { muted: true }));

  body.push(spacer(), heading('Commitments', 1));
  body.push(heading('What I am working on', 2));
  if (view.actions.mine.length) {
    body.push(
      dataTable(
        ['Action', 'Due'],
        view.actions.mine.map((a) => [a.text, due(a)]),
        { columnWidths: [4, 1.8] },
      ),
    );
  } else body.push(paragraph('Nothing open.', { muted: true }));
  body.push(heading('What others are handling', 2));
  if (view.actions.theirs.length) {
    body.push(
      dataTable(
        ['Action', 'Who', 'Due'],
        view.actions.theirs.map((a) => [a.text, ownerOf(a, leaderNames), due(a)]),
        { columnWidths: [4, 1.6, 1.8] },
      ),
    );
  } else body.push(paragraph('Nothing open.', { muted: true }));

  // Whoever reads this is the leader: the closing line says nothing about what else the app keeps.
  body.push(spacer(), caption(`Prepared on ${opts.formatDate(view.today)}.`));

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
  });
  const who = view.leaderName ? ` for ${view.leaderName}` : '';
  return saveExport(ctx.deps.shell, {
    title: 'Save the status update',
    defaultName: `Status update${who} - ${view.today}.docx`,
    bytes,
  });
}
