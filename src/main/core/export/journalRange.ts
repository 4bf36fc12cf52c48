import type { FileChild } from 'docx';
import { MOOD_LABELS, type JournalEntry } from '../../../shared/domain/journal';
import type { JournalFilter } from '../../../shared/ipc/areas/journal';
import { userDisplayName } from '../../../shared/domain/settings';
import {
  formatDate,
  formatDayMonth,
  formatMonthYear,
  formatWeekday,
  type DateFormat,
  type DateStyle,
} from '../../../shared/dateTime';
import type { ServiceContext } from '../services/context';
import { buildDocx, caption, heading, paragraph } from './docxDocument';
import { richTextToDocx } from './richTextToDocx';
import { saveExport } from './saveExport';

/** Choices for a journal export. */
export interface JournalRangeOptions {
  /** The filter the entries were chosen with, named in the subtitle. */
  filter: JournalFilter;
  /** Current names of leaders, for the "About" line and mentions. */
  leaderNames: Map<string, string>;
  author?: string;
  /** How dates are written (the user's settings); written out in words when not given. */
  dateFormat?: DateStyle | DateFormat;
}

const styleOf = (opts: JournalRangeOptions): DateStyle | DateFormat => opts.dateFormat ?? 'long';

/** The subtitle: the range, and the tag or leader it was narrowed to. */
function describeRange(entries: readonly JournalEntry[], opts: JournalRangeOptions): string {
  const from = opts.filter.from ?? entries[0]?.date;
  const to = opts.filter.to ?? entries[entries.length - 1]?.date;
  const style = styleOf(opts);
  const parts = [from && to ? `${formatDate(from, style)} – ${formatDate(to, style)}` : ''];
  if (opts.filter.tag) parts.push(`tagged #${opts.filter.tag}`);
  if (opts.filter.leaderId)
    parts.push(`about ${opts.leaderNames.get(opts.filter.leaderId) ?? 'one leader'}`);
  parts.push(entries.length === 1 ? '1 entry' : `${entries.length} entries`);
  return parts.filter(Boolean).join(' · ');
}

function entryBlocks(e: JournalEntry, opts: JournalRangeOptions): FileChild[] {
  const style = styleOf(opts);
  const day = `${formatWeekday(e.date, style)}, ${formatDayMonth(e.date, style)}`;
  const out: FileChild[] = [heading(e.title ? `${day} — ${e.title}` : day, 2)];
  const meta: string[] = [];
  if (e.leaderId) meta.push(`About ${opts.leaderNames.get(e.leaderId) ?? 'a former leader'}`);
  if (e.mood) meta.push(`Mood ${e.mood}/5 (${MOOD_LABELS[e.mood]})`);
  if (e.tags.length) meta.push(e.tags.map((t) => `#${t}`).join(' '));
  if (meta.length) out.push(caption(meta.join(' · ')));
  const body = richTextToDocx(e.body, {
    headingOffset: 2,
    resolveMention: (id) => opts.leaderNames.get(id),
  });
  out.push(...(body.length ? body : [paragraph('(No text.)', { muted: true, italic: true })]));
  return out;
}

/** Builds a journal date range as .docx: one Heading 1 per month, one Heading 2 per entry, oldest first. */
export async function buildJournalRangeDocx(
  entries: readonly JournalEntry[],
  opts: JournalRangeOptions,
): Promise<Uint8Array> {
  const body: FileChild[] = [];
  let month = '';
  for (const e of entries) {
    if (e.date.slice(0, 7) !== month) {
      month = e.date.slice(0, 7);
      body.push(heading(formatMonthYear(month, styleOf(opts)), 1));
    }
    body.push(...entryBlocks(e, opts));
  }
  return buildDocx(
    {
      title: 'Journal',
      subtitle: describeRange(entries, opts),
      author: opts.author,
      description: 'Journal entries exported from Upward',
    },
    body,
  );
}

/** Asks where to save and writes the entries; the path is null when the user cancels. */
export async function exportJournalRange(
  ctx: ServiceContext,
  entries: readonly JournalEntry[],
  opts: Omit<JournalRangeOptions, 'author'>,
): Promise<{ path: string | null }> {
  const bytes = await buildJournalRangeDocx(entries, {
    ...opts,
    author: userDisplayName(ctx.settings()),
    dateFormat: ctx.settings(),
  });
  const first = entries[0]?.date ?? ctx.today();
  const last = entries[entries.length - 1]?.date ?? first;
  return saveExport(ctx.deps.shell, {
    title: 'Save journal',
    defaultName: first === last ? `Journal ${first}.docx` : `Journal ${first} to ${last}.docx`,
    bytes,
  });
}
