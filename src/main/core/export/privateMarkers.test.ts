import { readFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { LEADER_LISTS } from '../../../shared/domain/leader';
import { plainToRichText, RichDoc } from '../../../shared/domain/richtext';
import { createCore } from '../core';
import { RECORD_KINDS } from '../openData/vaultRecords';
import { createTestDeps } from '../testing/testDeps';

/**
 * The one test of everything a user may hand to someone: every field of every record the
 * shareable documents are made from holds a marker of its own (found by walking the
 * records' zod schemas, so a field added later gets one too), each document is exported in
 * its shared version through the app, and its text is read back. A field is out unless the
 * document is meant to show it; nothing tells the reader what was left out.
 */

const NOW = Date.parse('2026-03-10T09:00:00.000Z');

/** Keys whose strings tie records together or drive the app (ids, times, tags): kept as they are. */
const KEEP = /^(id|.*Id|occurrenceKey|rrule|timeZone|time|tags|meetingYears|kind)$/;

interface Marked {
  marker: string;
  /** Shard kind and path inside it, list positions written `[]`: `leaders:leaders[].notes`. */
  path: string;
  /** The record it belongs to (the id of the shard's top-level list element). */
  record: string | null;
}

/** Unwraps defaults, optionals, nullables and pipes to the schema that holds the value. */
function core(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    if (s === (RichDoc as unknown as z.ZodType)) return s;
    const def = (
      s as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } }
    )._zod.def;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional'].includes(
        def.type,
      ) &&
      def.innerType
    )
      s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/**
 * Walks a value along its schema and puts a fresh marker in every text a user types: every
 * string the schema accepts a marker for, every rich-text field (as one paragraph), and one
 * made-up element in every empty list inside a record, so no field is left empty.
 */
function fillWithMarkers(
  schema: z.ZodType,
  value: unknown,
  path: string,
  key: string,
  out: Marked[],
  depth: number,
  record: string | null = null,
): unknown {
  const mark = (): string => {
    const m = `MK${out.length + 1}X`;
    out.push({ marker: m, path, record });
    return m;
  };
  const keep = KEEP.test(key);
  if (keep && value !== undefined) return value;
  const inner = core(schema);
  if (inner === (RichDoc as unknown as z.ZodType)) return plainToRichText(mark());
  const def = (inner as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })
    ._zod.def;
  switch (def.type) {
    case 'string': {
      if (keep) return `g${out.length}`;
      if (!inner.safeParse(`MK${out.length + 1}X`).success) return value;
      return mark();
    }
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      const v = (value ?? {}) as Record<string, unknown>;
      const o: Record<string, unknown> = { ...v };
      const id = depth === 2 && typeof v.id === 'string' ? v.id : record;
      for (const [k, s] of Object.entries(shape)) {
        const at = path ? `${path}.${k}` : k;
        const filled = fillWithMarkers(s, v[k], at, k, out, depth + 1, id);
        if (filled !== undefined) o[k] = filled;
      }
      return o;
    }
    case 'array': {
      const element = def.element as z.ZodType;
      const list = Array.isArray(value) ? value : [];
      const items = list.length || depth < 2 ? list : [undefined];
      return items.map((x) =>
        fillWithMarkers(element, x, `${path}[]`, key, out, depth + 1, record),
      );
    }
    case 'record': {
      const valueType = def.valueType as z.ZodType;
      const v = (value ?? {}) as Record<string, unknown>;
      return Object.fromEntries(
        Object.entries(v).map(([k, x]) => [
          k,
          fillWithMarkers(valueType, x, `${path}{}`, key, out, depth + 1, record),
        ]),
      );
    }
    case 'union': {
      if (value === undefined) return value;
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(value).success);
      return option ? fillWithMarkers(option, value, path, key, out, depth, record) : value;
    }
    case 'lazy':
      return fillWithMarkers(
        (def.getter as () => z.ZodType)(),
        value,
        path,
        key,
        out,
        depth,
        record,
      );
    default:
      return value;
  }
}

/** Every text part of a .docx (document, headers, footers, properties), joined. */
async function everyPart(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.async('string')),
  );
  return parts.join('\n');
}

/** Words that would tell the reader something was left out. */
const TRACES = /left out|private|suggested in prep|prep notes|not shared|hidden|omitted|redacted/i;

/** A vault with one of everything, through the app, then every field of every record marked. */
async function markedVault() {
  const dir = await mkdtemp(join(tmpdir(), 'upward-markers-'));
  let savePath: string | null = null;
  const deps = await createTestDeps({ clock: { now: () => NOW } });
  const app = await createCore({
    ...deps,
    shell: { ...deps.shell, chooseSavePath: async () => savePath },
  });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await app.dispatch(channel, input);
    if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
    return r.value as T;
  };
  await call('vault:create', { passphrase: 'a long enough passphrase' });
  const dana = await call<{ id: string }>('leaders:create', { name: 'Dana' });
  const series = await call<{ series: { id: string } }>('meetings:createSeries', {
    leaderId: dana.id,
    cadence: 'weekly',
    weekday: 3,
    startDate: '2026-01-01',
    time: '10:00',
    timeZone: 'UTC',
  });
  const meeting = await call<{ meeting: { id: string } }>('meetings:open', {
    seriesId: series.series.id,
    key: '2026-03-12T10:00:00.000Z',
  });
  const meetingId = meeting.meeting.id;
  const withItems = await call<{ meeting: { agenda: { id: string }[] } }>('meetings:agendaAdd', {
    meetingId,
    sectionId: 'updates',
    text: 'item',
  });
  await call('meetings:agendaAdd', { meetingId, sectionId: 'asks', text: 'another' });
  await call('meetings:agendaSetStatus', {
    meetingId,
    itemId: withItems.meeting.agenda.at(-1)?.id,
    status: 'discussed',
  });
  const mine = await call<{ id: string }>('actions:create', {
    text: 'mine',
    owner: { kind: 'me' },
    leaderId: dana.id,
    meetingId,
    due: '2026-03-20',
  });
  const theirs = await call<{ id: string }>('actions:create', {
    text: 'theirs',
    owner: { kind: 'other', name: 'Someone' },
    leaderId: dana.id,
    meetingId,
  });
  await call('actions:create', {
    text: 'the leader',
    owner: { kind: 'leader' },
    leaderId: dana.id,
  });
  const win = await call<{ id: string }>('journal:create', {
    date: '2026-03-05',
    title: 'a win',
    tags: ['win'],
    leaderId: dana.id,
    body: plainToRichText('body'),
  });
  await call('journal:create', { date: '2026-03-06', title: 'a thought', leaderId: dana.id });
  await call('dashboard:createProject', { name: 'p', leaderId: dana.id, status: 'at-risk' });
  await call('dashboard:createMetric', { name: 'm', value: '1', target: '2', leaderId: null });
  const category = await call<{ id: string }>('goodwill:createCategory', {
    name: 'c',
    kind: 'deposit',
  });
  await call('goodwill:add', {
    leaderId: dana.id,
    date: '2026-03-09',
    kind: 'deposit',
    points: 3,
    categoryId: category.id,
    note: 'n',
    meetingId,
    journalEntryId: null,
  });

  // Every record of every kind, every field marked.
  const marks: Marked[] = [];
  const store = app.vault.store();
  for (const { def, parted } of RECORD_KINDS) {
    const parts = parted ? store.parts(def.kind) : [undefined];
    for (const part of parts) {
      const shard = await store.open(def, part);
      const before = marks.length;
      const filled = fillWithMarkers(def.schema, shard.data, '', '', marks, 0);
      for (const m of marks.slice(before)) m.path = `${def.kind}:${m.path}`;
      const parsed = def.schema.parse(filled);
      if (def.kind === 'meetings') {
        // Items the prep assistant suggested and items carried over look like any other.
        const [first, second] = (parsed as { meetings: { agenda: { origin: string }[] }[] })
          .meetings[0].agenda;
        first.origin = 'assistant';
        second.origin = 'carried';
      }
      shard.change((d) => Object.assign(d as object, parsed));
    }
  }
  await store.flush();
  app.vault.reloadServices();

  return {
    marks,
    dana: dana.id,
    meetingId,
    win: win.id,
    meetingActions: [mine.id, theirs.id],
    async exported(channel: string, input: unknown): Promise<string> {
      savePath = join(dir, `${channel.replace(':', '-')}.docx`);
      await call(channel, input);
      return everyPart(new Uint8Array(await readFile(savePath)));
    },
    text: <T>(channel: string, input: unknown) => call<T>(channel, input),
  };
}

const v = await markedVault();

/** The markers whose path matches a pattern (written with `[]` for list positions), of these records if given. */
function markersAt(pattern: RegExp, records?: string[]): string[] {
  return v.marks
    .filter((m) => pattern.test(m.path) && (!records || records.includes(m.record ?? '')))
    .map((m) => m.marker);
}

/**
 * Asserts a shared document: what it must show is there (`shown`), no marker beyond what it
 * may show (`allowed`, e.g. a section title, shown only when the section has items) is there,
 * and no word tells the reader that something was left out.
 */
function expectShared(text: string, shown: string[], allowed: RegExp[] = []): void {
  const may = new Set([...shown, ...allowed.flatMap((p) => markersAt(p))]);
  const present = (m: string): boolean => new RegExp(`${m}(?!\\d)`).test(text);
  const leaked = v.marks.filter((m) => !may.has(m.marker) && present(m.marker));
  expect(leaked.map((m) => m.path)).toEqual([]);
  expect(shown.filter((m) => !present(m))).toEqual([]);
  expect(text.replace(/<[^>]+>/g, ' ')).not.toMatch(TRACES);
}

const SHARED_LISTS = LEADER_LISTS.filter((l) => !l.private).map((l) => l.key);

describe('what is private stays out of every document a user may hand to someone', () => {
  it('marks every field of every record kind', () => {
    expect(v.marks.length).toBeGreaterThan(60);
    for (const path of [
      'leaders:leaders[].notes',
      'leaders:leaders[].lists.weaknesses[].text',
      'leaders:leaders[].lists.weaknesses[].note',
      'meetings:meetings[].prepNotes',
      'meetings:meetings[].notes',
      'meetings:meetings[].agenda[].note',
      'journal:entries[].body',
      'actions:items[].owner.name',
      'ledger:entries[].note',
    ])
      expect(
        v.marks.some((m) => m.path === path),
        path,
      ).toBe(true);
  });

  it('the leader profile shows its facts and shareable lists, nothing else', async () => {
    const text = await v.exported('leaders:exportProfile', { id: v.dana });
    expectShared(text, [
      ...markersAt(/^leaders:leaders\[\]\.(name|role)$/),
      ...markersAt(/^leaders:leaders\[\]\.communication\.\w+$/),
      ...markersAt(
        new RegExp(`^leaders:leaders\\[\\]\\.lists\\.(${SHARED_LISTS.join('|')})\\[\\]\\.text$`),
      ),
    ]);
  });

  it('sees a private field the moment the user ticks it (the check is not blind)', async () => {
    const text = await v.exported('leaders:exportProfile', { id: v.dana, sections: ['notes'] });
    for (const m of markersAt(/^leaders:leaders\[\]\.notes$/)) expect(text).toContain(m);
  });

  /** What the agenda and the follow-up share: the items and decisions, the action items agreed. */
  const meetingShown = (): string[] => [
    ...markersAt(/^leaders:leaders\[\]\.name$/),
    ...markersAt(/^meetings:meetings\[\]\.agenda\[\]\.(text|decision)$/),
    ...markersAt(/^actions:items\[\]\.(text|owner\.name)$/, v.meetingActions),
  ];
  const meetingAllowed = [
    /^series:series\[\]\.title$/,
    /^meetings:meetings\[\]\.sections\[\]\.title$/,
    /^actions:items\[\]\.(text|owner\.name)$/,
  ];

  it('the agenda shows its items, decisions and action items, nothing else', async () => {
    const text = await v.exported('meetings:exportAgenda', { meetingId: v.meetingId });
    expectShared(text, meetingShown(), meetingAllowed);
  });

  it('the follow-up document and message show what was discussed and agreed, nothing else', async () => {
    const doc = await v.exported('meetings:exportFollowUp', { meetingId: v.meetingId });
    expectShared(doc, meetingShown(), meetingAllowed);
    const message = await v.text<{ text: string; subject: string; body: string }>(
      'meetings:followUpText',
      { meetingId: v.meetingId },
    );
    expectShared(
      [message.subject, message.body, message.text].join('\n'),
      meetingShown(),
      meetingAllowed,
    );
  });

  it('the status update shows projects, metrics, win titles and commitments, nothing else', async () => {
    const text = await v.exported('dashboard:export', { leaderId: v.dana, winsDays: 30 });
    expectShared(
      text,
      [
        ...markersAt(/^leaders:leaders\[\]\.name$/),
        ...markersAt(/^dashboard:projects\[\]\.(name|update)$/),
        ...markersAt(/^dashboard:metrics\[\]\.(name|value|target)$/),
        ...markersAt(/^journal:entries\[\]\.title$/, [v.win]),
        ...markersAt(/^actions:items\[\]\.(text|owner\.name)$/),
      ],
      [/^series:series\[\]\.title$/, /^dashboard:metrics\[\]\.history\[\]\.value$/],
    );
  });
});
