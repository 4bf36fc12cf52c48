import type { FileChild } from 'docx';
import {
  LEADER_LISTS,
  MICROMANAGEMENT_LABELS,
  RELATIONSHIP_LABELS,
  type Leader,
} from '../../../shared/domain/leader';
import { richTextToPlain } from '../../../shared/domain/richtext';
import type { ServiceContext } from '../services/context';
import { bulletList, buildDocx, caption, heading, keyValueTable, palette, paragraph, toRuns } from './docxDocument';
import { richTextToDocx } from './richTextToDocx';
import { saveExport } from './saveExport';

/** Choices for a profile export. */
export interface LeaderProfileOptions {
  /** Include the fields marked private (weaknesses and how I support them). */
  includePrivate: boolean;
  /** Current names of leaders, for mentions in notes. */
  leaderNames?: Map<string, string>;
  author?: string;
  /** The day of the export, YYYY-MM-DD, printed at the bottom. */
  today: string;
}

/** A date as words, e.g. "3 March 2026". */
function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Marks a private section in the document, so whoever reads it knows it is sensitive. */
export const PRIVATE_MARK = ' (private)';

function listSection(label: string, items: Leader['lists'][keyof Leader['lists']]): FileChild[] {
  return [
    heading(label, 2),
    ...bulletList(
      items.map((item) => {
        // A note stays inside its item, on the next line, muted.
        const note = richTextToPlain(item.note);
        return note ? [...toRuns(item.text), ...toRuns(`\n${note}`, { italics: true, color: palette.muted })] : item.text;
      }),
    ),
  ];
}

/** Builds a leader's one-page profile as .docx; private lists only when asked. */
export async function buildLeaderProfileDocx(leader: Leader, opts: LeaderProfileOptions): Promise<Uint8Array> {
  const c = leader.communication;
  const facts: [string, string][] = [
    ['Role', leader.role],
    ['Relationship', RELATIONSHIP_LABELS[leader.relationship]],
    ['Working together since', leader.since ? longDate(leader.since) : ''],
    ['Management style', MICROMANAGEMENT_LABELS[leader.micromanagement]],
    ['Preferred channel', c.channel],
    ['Cadence', c.cadence],
    ['Level of detail', c.detail],
    ['Best time to reach them', c.bestTime],
  ];
  const body: FileChild[] = [keyValueTable(facts.filter(([, v]) => v.trim().length > 0))];
  for (const def of LEADER_LISTS) {
    if (def.private && !opts.includePrivate) continue;
    const items = leader.lists[def.key];
    if (items.length === 0) continue;
    body.push(...listSection(def.private ? `${def.label}${PRIVATE_MARK}` : def.label, items));
  }
  const notes = richTextToDocx(leader.notes, {
    headingOffset: 2,
    resolveMention: (id) => opts.leaderNames?.get(id),
  });
  if (notes.length) body.push(heading('Notes', 2), ...notes);
  body.push(
    paragraph(''),
    caption(
      `Exported from Upward on ${longDate(opts.today)}. ${
        opts.includePrivate ? 'Includes private fields: keep this document to yourself.' : 'Private fields are left out.'
      }`,
    ),
  );
  const subtitle = [leader.role, RELATIONSHIP_LABELS[leader.relationship]].filter(Boolean).join(' · ');
  return buildDocx(
    { title: leader.name, subtitle, author: opts.author, description: `Profile of ${leader.name}` },
    body,
  );
}

/** Asks where to save and writes a leader's profile; the path is null when the user cancels. */
export async function exportLeaderProfile(
  ctx: ServiceContext,
  leader: Leader,
  opts: { includePrivate: boolean; leaderNames?: Map<string, string> },
): Promise<{ path: string | null }> {
  const bytes = await buildLeaderProfileDocx(leader, {
    ...opts,
    author: ctx.settings().exportAuthor,
    today: ctx.today(),
  });
  return saveExport(ctx.deps.shell, {
    title: 'Save profile',
    defaultName: `${leader.name} - profile.docx`,
    bytes,
  });
}
