import type { FileChild } from 'docx';
import type { JournalEntry } from '../../../shared/domain/journal';
import type { JournalFilter } from '../../../shared/ipc/areas/journal';
import { userDisplayName } from '../../../shared/domain/settings';
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
}

const dateWords = (date: string, opts: Intl.DateTimeFormatOptions): string =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { ...opts, timeZone: 'UTC' });

/** A date as words, e.g. "3 March 2026". */
const longDate = (date: string): string =>
  dateWords(date, { day: 'numeric', month: 'long', year: 'numeric' });

const MOODS = ['', 'low', 'flat', 'steady', 'good', 'great'];

/** The subtitle: the range, and the tag or leader it was narrowed to. */
function describeRange(entries: readonly JournalEntry[], opts: JournalRangeOptions): string {
  const from = opts.filter.from ?? entries[0]?.date;
  const to = opts.filter.to ?? entries[entries.length - 1]?.date;
  const parts = [from && to ? `${longDate(from)} – ${longDate(to)}` : ''];
  if (opts.filter.tag) parts.push(`tagged #${opts.filter.tag}`);
  if (opts.filter.leaderId)
    parts.push(`about ${opts.leaderNames.get(opts.filter.leaderId) ?? 'one leader'}`);
  parts.push(entries.length === 1 ? '1 entry' : `${entries.length} entries`);
  return parts.filter(Boolean).join(' · ');
}

function entryBlocks(e: JournalEntry, opts: JournalRangeOptions): FileChild[] {
  const day = dateWords(e.date, { weekday: 'long', day: 'numeric', month: 'long' });
  const out: FileChild[] = [heading(e.title ? `${day} — ${e.title}` : day, 2)];
  const meta: string[] = [];
  if (e.leaderId) meta.push(`About ${opts.leaderNames.get(e.leaderId) ?? 'a former leader'}`);
  if (e.mood) meta.push(`Mood ${e.mood}/5 (${MOODS[e.mood]})`);
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
      body.push(heading(dateWords(`${month}-01`, { month: 'long', year: 'numeric' }), 1));
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
  });
  const first = entries[0]?.date ?? ctx.today();
  const last = entries[entries.length - 1]?.date ?? first;
  return saveExport(ctx.deps.shell, {
    title: 'Save journal',
    defaultName: first === last ? `Journal ${first}.docx` : `Journal ${first} to ${last}.docx`,
    bytes,
  });
}
