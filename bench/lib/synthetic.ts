import type { RichNode } from '../../src/shared/domain/richtext';
import { DEFAULT_CATEGORIES } from '../../src/main/core/services/goodwill/defaultCategories';
import { goodwillShard, ledgerShard } from '../../src/main/core/services/goodwill/goodwillShard';
import { journalShard, periodOf } from '../../src/main/core/services/journal/journalShard';
import { leadersShard } from '../../src/main/core/services/leaders/leadersShard';
import { DEFAULT_TEMPLATE } from '../../src/main/core/services/meetings/defaultTemplate';
import { meetingsShard, seriesShard } from '../../src/main/core/services/meetings/meetingsShard';
import type { ShardDef } from '../../src/main/core/vault/store';
import type { BenchSize } from './figures';

/** One shard of a synthetic vault, with the definition the services use for it. */
export interface SyntheticShard {
  def: ShardDef<unknown>;
  part?: string;
  data: unknown;
}

/** A vault's worth of synthetic data, sharded the way the services shard it. */
export interface SyntheticVault {
  size: BenchSize;
  shards: SyntheticShard[];
  counts: { journal: number; meetings: number; ledger: number };
  /** The journal part the last day falls in (the current month, which autosave touches). */
  currentJournalPart: string;
  /** The last day of the history (`YYYY-MM-DD`), "today" for the figures. */
  lastDay: string;
}

/** The last day of every synthetic history. */
const END = Date.UTC(2026, 10, 26, 9, 0, 0);
const DAY = 86_400_000;

const COUNTS: Record<BenchSize, { journal: number; meetings: number; ledger: number }> = {
  '1-month': { journal: 30, meetings: 4, ledger: 41 },
  '10-years': { journal: 3650, meetings: 520, ledger: 5000 },
};

const WORDS = (
  'agenda update roadmap budget hiring launch review feedback priority risk deadline customer quality ' +
  'team growth trust deliver early credit decision proposal trial autonomy metric dashboard quarter ' +
  'follow-up commitment owner blocked on-track scope estimate migration incident postmortem goal vision ' +
  'support strength weakness concern pressure board client mentor sponsor ask help thanks win learning ' +
  'calm candid clear concise context detail progress plan option tradeoff outcome impact signal noise'
).split(' ');

/** A small deterministic random generator, so every run builds the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Deterministic building blocks: ids, words, sentences, rich text. */
function makers(seed: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const id = (): string => Array.from({ length: 16 }, () => pick([...ID])).join('');
  const sentence = (n: number): string => {
    const w = Array.from({ length: n }, () => pick(WORDS)).join(' ');
    return `${w[0].toUpperCase()}${w.slice(1)}.`;
  };
  const paragraph = (): RichNode => ({
    type: 'paragraph',
    content: [
      { type: 'text', text: `${sentence(14)} ` },
      { type: 'text', text: sentence(4), marks: [{ type: pick(['bold', 'italic', 'highlight']) }] },
      { type: 'text', text: ` ${sentence(18)} ${sentence(12)}` },
    ],
  });
  /** A rich-text document of about `bytes` bytes of JSON: heading, paragraphs, a list, a task list. */
  const doc = (bytes: number): RichNode => {
    const content: RichNode[] = [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(5) }] },
    ];
    const item = (type: string, checked?: boolean): RichNode => ({
      type,
      ...(checked === undefined ? {} : { attrs: { checked } }),
      content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(8) }] }],
    });
    content.push({
      type: 'bulletList',
      content: [item('listItem'), item('listItem'), item('listItem')],
    });
    content.push({ type: 'taskList', content: [item('taskItem', true), item('taskItem', false)] });
    const d: RichNode = { type: 'doc', content };
    while (JSON.stringify(d).length < bytes) content.splice(content.length - 2, 0, paragraph());
    return d;
  };
  return { rnd, pick, id, sentence, doc };
}

const iso = (ms: number): string => new Date(ms).toISOString();
const date = (ms: number): string => iso(ms).slice(0, 10);
const yearOf = (ms: number): string => iso(ms).slice(0, 4);

const monthOf = (ms: number): string => periodOf(date(ms));

/** Groups items into shards of one kind, one per part (`partOf` gives an item's part). */
function byPart<T>(
  def: ShardDef<unknown>,
  items: { at: number; item: T }[],
  wrap: (items: T[]) => unknown,
  partOf: (ms: number) => string = yearOf,
): SyntheticShard[] {
  const groups = new Map<string, T[]>();
  for (const { at, item } of items) {
    const p = partOf(at);
    const list = groups.get(p);
    if (list) list.push(item);
    else groups.set(p, [item]);
  }
  return [...groups.entries()]
    .sort()
    .map(([part, list]) => ({ def, part, data: def.schema.parse(wrap(list)) }));
}

function build(size: BenchSize): SyntheticVault {
  const counts = COUNTS[size];
  const m = makers(size === '1-month' ? 1 : 10);
  const leaders = ['Dana', 'Sam', 'Priya'].map((name, i) => ({
    id: m.id(),
    name,
    role: ['Director of Engineering', 'VP Product', 'CTO'][i],
    since: '2016-01-04',
    createdAt: iso(END - 3700 * DAY),
    updatedAt: iso(END - 3700 * DAY),
  }));
  const series = leaders.map((l, i) => ({
    id: m.id(),
    leaderId: l.id,
    cadence: 'weekly',
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    weekday: 1,
    startDate: '2016-01-05',
    time: '10:00',
    timeZone: 'Europe/Berlin',
    createdAt: iso(END - 3700 * DAY + i),
    updatedAt: iso(END - 3700 * DAY + i),
  }));

  const journal = Array.from({ length: counts.journal }, (_, i) => {
    const at = END - i * DAY;
    return {
      at,
      item: {
        id: m.id(),
        date: date(at),
        title: m.sentence(5),
        body: m.doc(4000),
        tags: [m.pick(['win', 'feedback', 'trust', 'ask', 'worry'])],
        leaderId: m.pick(leaders).id,
        mood: 1 + Math.floor(m.rnd() * 5),
        createdAt: iso(at),
        updatedAt: iso(at),
      },
    };
  });

  const meetings = Array.from({ length: counts.meetings }, (_, i) => {
    const at = END - i * 7 * DAY;
    const s = series[i % series.length];
    const agenda = DEFAULT_TEMPLATE.sections.flatMap((section, k) =>
      Array.from({ length: k < 3 ? 2 : 1 }, () => ({
        id: m.id(),
        sectionId: section.id,
        text: m.sentence(9),
        note: m.rnd() < 0.3 ? m.doc(300) : null,
        status: m.pick(['open', 'discussed', 'discussed', 'deferred']),
        decision: m.rnd() < 0.3 ? m.sentence(8) : '',
      })),
    );
    return {
      at,
      item: {
        id: m.id(),
        seriesId: s.id,
        leaderId: s.leaderId,
        occurrenceKey: iso(at),
        start: iso(at),
        durationMinutes: 30,
        status: 'held',
        sections: DEFAULT_TEMPLATE.sections,
        agenda,
        prepNotes: m.doc(600),
        notes: m.doc(1500),
        createdAt: iso(at - DAY),
        updatedAt: iso(at),
      },
    };
  });

  const span = counts.journal * DAY;
  const ledger = Array.from({ length: counts.ledger }, (_, i) => {
    const at = END - Math.floor((i / counts.ledger) * span);
    const category = m.pick(DEFAULT_CATEGORIES);
    return {
      at,
      item: {
        id: m.id(),
        leaderId: m.pick(leaders).id,
        date: date(at),
        kind: category.kind,
        points: 1 + Math.floor(m.rnd() * 5),
        categoryId: category.id,
        note: m.sentence(10),
        createdAt: iso(at),
      },
    };
  });

  const meetingYears = Object.fromEntries(meetings.map(({ at, item }) => [item.id, yearOf(at)]));
  const shards: SyntheticShard[] = [
    { def: leadersShard as ShardDef<unknown>, data: leadersShard.schema.parse({ leaders }) },
    {
      def: seriesShard as ShardDef<unknown>,
      data: seriesShard.schema.parse({ series, templates: [DEFAULT_TEMPLATE], meetingYears }),
    },
    {
      def: goodwillShard as ShardDef<unknown>,
      data: goodwillShard.schema.parse(goodwillShard.init()),
    },
    ...byPart(journalShard as ShardDef<unknown>, journal, (entries) => ({ entries }), monthOf),
    ...byPart(meetingsShard as ShardDef<unknown>, meetings, (list) => ({ meetings: list })),
    ...byPart(ledgerShard as ShardDef<unknown>, ledger, (entries) => ({
      revision: entries.length,
      entries,
    })),
  ];
  return { size, shards, counts, currentJournalPart: monthOf(END), lastDay: date(END) };
}

const cache = new Map<BenchSize, SyntheticVault>();

/**
 * Synthetic data for a size: 1 month, or 10 years of heavy use (≈3,650 journal entries
 * of ~4 KB rich text, 520 meetings with agendas and notes, 5,000 ledger entries), split
 * into shards like the services split them (journal per month, meetings and ledger per year). Built once per size and run.
 */
export function syntheticVault(size: BenchSize): SyntheticVault {
  let v = cache.get(size);
  if (!v) {
    v = build(size);
    cache.set(size, v);
  }
  return v;
}
