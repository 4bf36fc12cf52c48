import { formatDate, type DateFormat, type DateStyle } from '../../../shared/dateTime';
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
  type FileChild,
} from 'docx';
import {
  LEADER_LISTS,
  MICROMANAGEMENT_LABELS,
  RELATIONSHIP_LABELS,
  type Leader,
} from '../../../shared/domain/leader';
import {
  chosenSections,
  includesPrivate,
  PROFILE_SECTIONS,
  type SectionChoice,
} from '../../../shared/domain/exportSections';
import { userDisplayName } from '../../../shared/domain/settings';
import type { ServiceContext } from '../services/context';
import { buildDocx, caption, heading, palette, toRuns } from './docxDocument';
import { directionOf } from './docxInline';
import { closeList, listParagraph, newListInstance, type ListLine } from './docxLists';
import { richTextToDocx, type RichTextDocxOptions } from './richTextToDocx';
import { saveExport } from './saveExport';

/** Choices for a profile export. */
export interface LeaderProfileOptions {
  /** The parts to put in (keys of PROFILE_SECTIONS); nothing of the others, not even a mention. */
  sections: ReadonlySet<string>;
  /** Current names of leaders, for mentions in notes. */
  leaderNames?: Map<string, string>;
  author?: string;
  /** The day of the export, YYYY-MM-DD, printed at the bottom. */
  today: string;
  /** How dates are written (the user's settings); written out in words when not given. */
  dateFormat?: DateStyle | DateFormat;
}

/** Marks a private section in the document, so whoever reads it knows it is sensitive. */
export const PRIVATE_MARK = ' (private)';

/** A list with its heading; each item's note (when chosen) stays under the item with its formatting. */
function listSection(
  label: string,
  items: Leader['lists'][keyof Leader['lists']],
  notes: RichTextDocxOptions | null,
): FileChild[] {
  const instance = newListInstance();
  const lines = items.flatMap((item): ListLine[] => [
    (last) =>
      listParagraph(
        toRuns(item.text),
        { kind: 'bullet', level: 0, instance },
        { last, ...directionOf(item.text) },
      ),
    ...(notes ? richTextToDocx(item.note, notes).map((block) => () => block) : []),
  ]);
  return [heading(label, 2), ...closeList(lines)];
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
/** Half the A4 text width, in twips. */
const HALF = 4650;

const RULE = { style: BorderStyle.SINGLE, size: 4, color: palette.rule } as const;

/** The facts as a compact table, two label–value pairs per row. */
function factsTable(facts: readonly [string, string][]): Table {
  const cell = (text: string, label: boolean, width: number): TableCell =>
    new TableCell({
      width: { size: width, type: WidthType.PERCENTAGE },
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: [
        new Paragraph({
          children: toRuns(
            text,
            label ? { bold: true, color: palette.muted, size: 17 } : { size: 19 },
          ),
          spacing: { before: 0, after: 0 },
        }),
      ],
    });
  const rows: TableRow[] = [];
  for (let i = 0; i < facts.length; i += 2) {
    const [a, b] = [facts[i], facts[i + 1] ?? ['', '']];
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(a[0], true, 18),
          cell(a[1], false, 32),
          cell(b[0], true, 18),
          cell(b[1], false, 32),
        ],
      }),
    );
  }
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [1675, 2975, 1675, 2975],
    borders: {
      top: RULE,
      bottom: RULE,
      left: NONE,
      right: NONE,
      insideHorizontal: RULE,
      insideVertical: NONE,
    },
  });
}

/** The lists side by side, two per row, so a full profile still fits on one page. */
function listsGrid(sections: FileChild[][]): Table {
  const rows: TableRow[] = [];
  for (let i = 0; i < sections.length; i += 2) {
    const pair = [sections[i], sections[i + 1] ?? []];
    rows.push(
      new TableRow({
        children: pair.map(
          (blocks, col) =>
            new TableCell({
              width: { size: 50, type: WidthType.PERCENTAGE },
              margins: { top: 0, bottom: 0, left: col === 0 ? 0 : 160, right: col === 0 ? 160 : 0 },
              children: blocks.length
                ? blocks.filter(
                    (b): b is Paragraph | Table => b instanceof Paragraph || b instanceof Table,
                  )
                : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    );
  }
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [HALF, HALF],
    borders: {
      top: NONE,
      bottom: NONE,
      left: NONE,
      right: NONE,
      insideHorizontal: NONE,
      insideVertical: NONE,
    },
  });
}

/** Builds a leader's one-page profile as .docx; private lists only when asked. */
export async function buildLeaderProfileDocx(
  leader: Leader,
  opts: LeaderProfileOptions,
): Promise<Uint8Array> {
  const c = leader.communication;
  // Role and relationship are in the subtitle; the table holds the rest of the facts.
  const facts: [string, string][] = [
    ['Since', leader.since ? formatDate(leader.since, opts.dateFormat ?? 'long') : ''],
    ['Management style', MICROMANAGEMENT_LABELS[leader.micromanagement]],
    ['Preferred channel', c.channel],
    ['Cadence', c.cadence],
    ['Level of detail', c.detail],
    ['Best time', c.bestTime],
  ];
  const has = (key: string): boolean => opts.sections.has(key);
  const filled = has('facts') ? facts.filter(([, v]) => v.trim().length > 0) : [];
  const body: FileChild[] = filled.length
    ? [factsTable(filled), new Paragraph({ children: [], spacing: { after: 120 } })]
    : [];
  const mention = { resolveMention: (id: string) => opts.leaderNames?.get(id) };
  const itemNotes = has('itemNotes')
    ? { ...mention, headingOffset: 2 as const, underItemLevel: 0 }
    : null;
  const sections = LEADER_LISTS.filter(
    (def) => has(def.key) && leader.lists[def.key].length > 0,
  ).map((def) =>
    listSection(
      def.private ? `${def.label}${PRIVATE_MARK}` : def.label,
      leader.lists[def.key],
      itemNotes,
    ),
  );
  // Side by side keeps the profile to one page; notes under items make lists too long for that.
  const notesUnderItems =
    itemNotes !== null &&
    LEADER_LISTS.some((def) => has(def.key) && leader.lists[def.key].some((i) => i.note));
  if (sections.length) body.push(...(notesUnderItems ? sections.flat() : [listsGrid(sections)]));
  const notes = has('notes') ? richTextToDocx(leader.notes, { ...mention, headingOffset: 2 }) : [];
  if (notes.length) body.push(heading('Notes', 2), ...notes);
  // The closing line names no part that was left out: the reader learns nothing of what is private.
  const keep = includesPrivate(PROFILE_SECTIONS, new Set(opts.sections))
    ? ' Holds private fields: keep this document to yourself.'
    : '';
  body.push(
    caption(`Exported from Upward on ${formatDate(opts.today, opts.dateFormat ?? 'long')}.${keep}`),
  );
  const subtitle = [leader.role, RELATIONSHIP_LABELS[leader.relationship]]
    .filter(Boolean)
    .join(' · ');
  return buildDocx(
    { title: leader.name, subtitle, author: opts.author, description: `Profile of ${leader.name}` },
    body,
  );
}

/** Asks where to save and writes a leader's profile; the path is null when the user cancels. */
export async function exportLeaderProfile(
  ctx: ServiceContext,
  leader: Leader,
  opts: { sections: SectionChoice; leaderNames?: Map<string, string> },
): Promise<{ path: string | null }> {
  const bytes = await buildLeaderProfileDocx(leader, {
    sections: chosenSections(PROFILE_SECTIONS, opts.sections),
    leaderNames: opts.leaderNames,
    author: userDisplayName(ctx.settings()),
    today: ctx.today(),
    dateFormat: ctx.settings(),
  });
  return saveExport(ctx.deps.shell, {
    title: 'Save profile',
    defaultName: `${leader.name} - profile.docx`,
    bytes,
  });
}
