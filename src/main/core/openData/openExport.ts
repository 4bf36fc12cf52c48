// The plain-JavaScript build: the Node one declares its own `require`, which the main bundle already has.
import { strToU8, zipSync, type Zippable } from 'fflate/browser';
import { dump } from 'js-yaml';
import type { JournalEntry } from '../../../shared/domain/journal';
import { LEADER_LISTS, RELATIONSHIP_LABELS, type Leader } from '../../../shared/domain/leader';
import type { ActionItem, Meeting, Series } from '../../../shared/domain/meeting';
import type { RichNode } from '../../../shared/domain/richtext';
import { richTextToMarkdown } from './markdown';
import type { KindRecords } from './vaultRecords';

/** Names the format of an open export; readers check it before anything else. */
export const OPEN_EXPORT_FORMAT = 'upward-open-export';
/** The version of the open export's layout and schema (docs/open-export.md). */
export const OPEN_EXPORT_VERSION = 1;
/** The file at the top of every open export that says what it is. */
export const OPEN_EXPORT_MANIFEST = 'upward-export.json';

const README = `# Your Upward data, in the open

This folder holds everything that was in your Upward vault, NOT ENCRYPTED.
Anyone who can read these files can read your journal. Keep it somewhere safe, and delete it
when you no longer need it.

- \`journal/\`, \`leaders/\`, \`meetings/\`: one Markdown file per journal entry, leader profile
  and 1:1, readable in any text editor or Markdown app.
- \`data/\`: one JSON file per kind of record, holding every field. This is what Upward reads
  back when you import this export (Settings → Your data → Import an open export).
- \`upward-export.json\`: the format's name and version.

The layout and every field are described in Upward's documentation ("Open export format").
`;

/** What the manifest of an open export says. */
export interface OpenExportManifest {
  format: typeof OPEN_EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  appVersion: string;
  counts: Record<string, number>;
}

function frontMatter(fields: Record<string, unknown>): string {
  const clean = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
  return `---\n${dump(clean, { lineWidth: -1 })}---\n`;
}

/** A file name every system accepts, unique within its folder. */
function uniqueName(used: Set<string>, folder: string, base: string, id: string): string {
  const clean =
    Array.from(base, (ch) => (ch.charCodeAt(0) < 32 ? ' ' : ch))
      .join('')
      .replace(/[\\/:*?"<>|#%]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^\.+/, '')
      .slice(0, 80)
      .trim() || 'untitled';
  let name = `${folder}/${clean}.md`;
  if (used.has(name.toLowerCase())) name = `${folder}/${clean} ${id}.md`;
  used.add(name.toLowerCase());
  return name;
}

function recordsOf<T>(records: KindRecords[], file: string, key: string): T[] {
  const kind = records.find((k) => k.file === file);
  if (!kind) return [];
  return kind.parts.flatMap((p) => {
    const list = (p.data as Record<string, unknown>)[key];
    return Array.isArray(list) ? (list as T[]) : [];
  });
}

const para = (text: string): RichNode => ({
  type: 'paragraph',
  content: text ? [{ type: 'text', text }] : undefined,
});

function journalMarkdown(e: JournalEntry, leaders: Map<string, string>): string {
  return (
    frontMatter({
      id: e.id,
      date: e.date,
      title: e.title,
      tags: e.tags.length ? e.tags : undefined,
      leader: e.leaderId ? leaders.get(e.leaderId) : undefined,
      leaderId: e.leaderId,
      mood: e.mood,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    }) +
    '\n' +
    richTextToMarkdown(e.body)
  );
}

function leaderMarkdown(l: Leader): string {
  const parts = [
    frontMatter({
      id: l.id,
      name: l.name,
      role: l.role,
      relationship: RELATIONSHIP_LABELS[l.relationship],
      since: l.since,
      archived: l.archived || undefined,
      micromanagement: l.micromanagement,
      communication: Object.values(l.communication).some(Boolean) ? l.communication : undefined,
      createdAt: l.createdAt,
      updatedAt: l.updatedAt,
    }),
    `\n# ${l.name}\n`,
  ];
  for (const list of LEADER_LISTS) {
    const items = l.lists[list.key];
    if (!items.length) continue;
    const doc: RichNode = {
      type: 'doc',
      content: [
        {
          type: 'bulletList',
          content: items.map((item) => ({
            type: 'listItem',
            content: [para(item.text), ...(item.note?.content ?? [])],
          })),
        },
      ],
    };
    parts.push(
      `\n## ${list.label}${list.private ? ' (private)' : ''}\n\n${richTextToMarkdown(doc)}`,
    );
  }
  if (l.notes) parts.push(`\n## Notes\n\n${richTextToMarkdown(l.notes)}`);
  return parts.join('');
}

function ownerText(a: ActionItem, leader: string, me: string): string {
  if (a.owner.kind === 'me') return me;
  if (a.owner.kind === 'leader') return leader;
  return a.owner.name;
}

function meetingMarkdown(
  m: Meeting,
  series: Series | undefined,
  leader: string,
  actions: ActionItem[],
  me: string,
): string {
  const parts = [
    frontMatter({
      id: m.id,
      title: series?.title || `1:1 with ${leader}`,
      leader,
      leaderId: m.leaderId,
      seriesId: m.seriesId,
      start: m.start,
      durationMinutes: m.durationMinutes,
      status: m.status,
      moved: m.moved || undefined,
      closedAt: m.closedAt,
    }),
    `\n# ${series?.title || `1:1 with ${leader}`} — ${m.start.slice(0, 10)}\n`,
  ];
  for (const section of m.sections) {
    const items = m.agenda.filter((i) => i.sectionId === section.id);
    if (!items.length) continue;
    const doc: RichNode = {
      type: 'doc',
      content: [
        {
          type: 'taskList',
          content: items.map((i) => ({
            type: 'taskItem',
            attrs: { checked: i.status === 'discussed' },
            content: [
              para(i.status === 'deferred' ? `${i.text} (deferred)` : i.text),
              ...(i.decision ? [para(`Decision: ${i.decision}`)] : []),
              ...(i.note?.content ?? []),
            ],
          })),
        },
      ],
    };
    parts.push(`\n## ${section.title}\n\n${richTextToMarkdown(doc)}`);
  }
  if (m.notes) parts.push(`\n## Meeting notes\n\n${richTextToMarkdown(m.notes)}`);
  if (m.prepNotes) parts.push(`\n## Prep notes (private)\n\n${richTextToMarkdown(m.prepNotes)}`);
  const mine = actions.filter((a) => a.meetingId === m.id);
  if (mine.length) {
    const lines = mine.map((a) => {
      const box = a.status === 'done' ? '[x]' : '[ ]';
      const due = a.due ? `, due ${a.due}` : '';
      const dropped = a.status === 'dropped' ? ' (dropped)' : '';
      return `- ${box} ${a.text} — ${ownerText(a, leader, me)}${due}${dropped}`;
    });
    parts.push(`\n## Action items\n\n${lines.join('\n')}\n`);
  }
  return parts.join('');
}

/**
 * Builds the open export: Markdown to read, JSON holding every field to import back,
 * and a manifest naming the format and its version.
 */
export function buildOpenExport(
  records: KindRecords[],
  meta: { exportedAt: string; appVersion: string; me: string },
): Uint8Array {
  const files: Zippable = {};
  const leaders = recordsOf<Leader>(records, 'leaders', 'leaders');
  const names = new Map(leaders.map((l) => [l.id, l.name]));
  const series = new Map(recordsOf<Series>(records, 'series', 'series').map((s) => [s.id, s]));
  const actions = recordsOf<ActionItem>(records, 'actions', 'items');
  const entries = recordsOf<JournalEntry>(records, 'journal', 'entries');
  const meetings = recordsOf<Meeting>(records, 'meetings', 'meetings');
  const used = new Set<string>();

  for (const e of entries) {
    const path = uniqueName(used, `journal/${e.date.slice(0, 4)}`, `${e.date} ${e.title}`, e.id);
    files[path] = strToU8(journalMarkdown(e, names));
  }
  for (const l of leaders)
    files[uniqueName(used, 'leaders', l.name, l.id)] = strToU8(leaderMarkdown(l));
  for (const m of meetings) {
    const leader = names.get(m.leaderId) ?? 'a leader';
    const path = uniqueName(
      used,
      `meetings/${m.start.slice(0, 4)}`,
      `${m.start.slice(0, 10)} ${leader}`,
      m.id,
    );
    files[path] = strToU8(meetingMarkdown(m, series.get(m.seriesId), leader, actions, meta.me));
  }

  const counts: Record<string, number> = {
    journalEntries: entries.length,
    leaders: leaders.length,
    meetings: meetings.length,
    actionItems: actions.length,
  };
  for (const kind of records) {
    files[`data/${kind.file}.json`] = strToU8(
      JSON.stringify(
        { kind: kind.kind, schemaVersion: kind.schemaVersion, parts: kind.parts },
        null,
        1,
      ),
    );
  }
  const manifest: OpenExportManifest = {
    format: OPEN_EXPORT_FORMAT,
    version: OPEN_EXPORT_VERSION,
    exportedAt: meta.exportedAt,
    appVersion: meta.appVersion,
    counts,
  };
  files[OPEN_EXPORT_MANIFEST] = strToU8(JSON.stringify(manifest, null, 2));
  files['README.md'] = strToU8(README);
  return zipSync(files, { level: 6 });
}
