import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseKeyFile, unwrapDataKey } from './keyFile';
import type * as RecordClock from './recordClock';
import { digest, digestText } from './recordClock';
import {
  RecordTexts,
  type SyncHints,
  type SyncMeta,
  emptyMeta,
  stamp,
  stampForWrite,
} from './recordMerge';
import { decodeShard } from './shardFormat';
import { PASSPHRASE, makeUnlockedVault, notesDef } from './testing/harness';

// Counts the texts hashed on the write path (RecordTexts hashes through digestText).
vi.mock('./recordClock', async (importOriginal) => {
  const real = await importOriginal<typeof RecordClock>();
  return { ...real, digestText: vi.fn(real.digestText) };
});
const hashed = vi.mocked(digestText);

afterEach(() => {
  vi.restoreAllMocks();
  hashed.mockClear();
});

/** Stamps a copy with the plain `stamp` and serialises it whole: what a write did before. */
function reference(
  data: unknown,
  meta: SyncMeta,
  hints: SyncHints,
): { meta: SyncMeta; json: string } {
  const state = structuredClone({ data, meta });
  stamp(state, 'here', 1000, hints);
  return { meta: state.meta, json: JSON.stringify(state.data) };
}

describe('each record is serialised once per write', () => {
  it('gives the same JSON and the same record metas as stamping and serialising the whole shard', () => {
    const shapes: { data: unknown; hints?: SyncHints }[] = [
      { data: { notes: [] } },
      {
        data: {
          notes: [
            { id: 'a', text: 'one' },
            { id: 'b', text: 'zwei “drei” \u2028 😀' },
          ],
        },
      },
      {
        data: {
          title: 'a plain field',
          years: { '2024': { total: 3 }, '2025': { total: 4, list: [1, 2] }, 'é "x"': null },
          entries: [{ id: 'x', nested: { deep: [{ a: 1 }, { b: [true, null] }] } }],
          counter: 7,
          tags: ['not', 'an', 'id', 'list'],
          empty: {},
          when: new Date(0),
        },
        hints: { counters: ['counter'] },
      },
      { data: { dup: [{ id: 'same' }, { id: 'same' }], n: 1.5, s: '', b: false, z: null } },
    ];
    for (const { data, hints = {} } of shapes) {
      const ref = reference(data, emptyMeta(), hints);
      const state = structuredClone({ data, meta: emptyMeta() });
      const out = stampForWrite(state, 'here', 1000, hints, new RecordTexts());
      expect(out.dataJson.join('')).toBe(JSON.stringify(data));
      expect(out.dataJson.join('')).toBe(ref.json);
      expect(state.meta).toEqual(ref.meta);
    }
  });

  it('re-hashes a record changed in place, and only that one', () => {
    const texts = new RecordTexts();
    const data = {
      notes: Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, text: `note ${i}` })),
    };
    const state = { data, meta: emptyMeta() };
    stampForWrite(state, 'here', 1, {}, texts);
    expect(hashed).toHaveBeenCalledTimes(20);
    hashed.mockClear();
    const before = state.meta.records['notes/n7'];

    // The same object, changed in place: same identity, new content.
    data.notes[7].text = 'changed in place';
    const out = stampForWrite(state, 'here', 2, {}, texts);
    expect(out.changed).toBe(true);
    expect(hashed).toHaveBeenCalledTimes(1);
    const after = state.meta.records['notes/n7'];
    expect(after.h).toBe(digest(data.notes[7]));
    expect(after.h).not.toBe(before.h);
    expect(after.c).toEqual({ here: 2 });
    expect(state.meta.records['notes/n6'].c).toEqual({ here: 1 });
    expect(out.dataJson.join('')).toBe(JSON.stringify(data));
  });

  it('never gives a digest other than that of the text it is asked about, whatever it remembers', () => {
    const texts = new RecordTexts();
    const a = JSON.stringify({ id: 'r', text: 'first' });
    const b = JSON.stringify({ id: 'r', text: 'second' });
    expect(texts.digestOf('notes/r', a)).toBe(digest({ id: 'r', text: 'first' }));
    // What it remembers for this record is now out of date.
    expect(texts.digestOf('notes/r', b)).toBe(digest({ id: 'r', text: 'second' }));
    // Changed back: the older text is hashed again, never taken for the newer one.
    expect(texts.digestOf('notes/r', a)).toBe(digest({ id: 'r', text: 'first' }));
    // Another record with a text remembered under a different key is hashed on its own.
    expect(texts.digestOf('notes/s', b)).toBe(digest({ id: 'r', text: 'second' }));
    expect(hashed).toHaveBeenCalledTimes(4);
    expect(texts.digestOf('notes/r', a)).toBe(digest({ id: 'r', text: 'first' }));
    expect(hashed).toHaveBeenCalledTimes(4);
  });

  it('a record changed and changed back gets a revision each time and the digest of what it holds', () => {
    const texts = new RecordTexts();
    const state = { data: { notes: [{ id: 'r', text: 'A' }] }, meta: emptyMeta() };
    const revisions: { h: string; c: unknown }[] = [];
    for (const text of ['A', 'B', 'A', 'A']) {
      state.data.notes[0].text = text;
      stampForWrite(state, 'here', revisions.length, {}, texts);
      const m = state.meta.records['notes/r'];
      revisions.push({ h: m.h, c: m.c });
      expect(m.h).toBe(digest({ id: 'r', text }));
    }
    expect(revisions.map((r) => r.c)).toEqual([{ here: 1 }, { here: 2 }, { here: 3 }, { here: 3 }]);
  });

  it('forgets deleted records, and a record put back is hashed again', () => {
    const texts = new RecordTexts();
    const state = {
      data: {
        notes: [
          { id: 'a', text: 'A' },
          { id: 'b', text: 'B' },
        ],
      },
      meta: emptyMeta(),
    };
    stampForWrite(state, 'here', 1, {}, texts);
    const b = state.data.notes.pop();
    stampForWrite(state, 'here', 2, {}, texts);
    expect(texts.size).toBe(1);
    expect(state.meta.records['notes/b'].del).toBe(true);
    hashed.mockClear();
    if (b) state.data.notes.push(b);
    stampForWrite(state, 'here', 3, {}, texts);
    expect(hashed).toHaveBeenCalledTimes(1);
    expect(state.meta.records['notes/b']).toMatchObject({ h: digest(b), c: { here: 3 } });
  });
});

/** Every record of `records` reachable from a value (how many times a JSON.stringify call writes it). */
function reached(value: unknown, records: Set<object>, seen = new Set<object>()): object[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const here = records.has(value) ? [value] : [];
  return [
    ...here,
    ...Object.values(value as Record<string, unknown>).flatMap((v) => reached(v, records, seen)),
  ];
}

describe('an autosave of a vault shard', () => {
  it('serialises each of N records once and hashes none of them when nothing changed', async () => {
    const N = 40;
    const t = await makeUnlockedVault();
    const h = await t.vault.store().open(notesDef);
    h.change((d) => {
      for (let i = 0; i < N; i++) d.notes.push({ id: `n${i}`, text: `note number ${i}` });
    });
    await t.vault.store().flush();

    const records = new Set<object>(h.data.notes);
    const counts = new Map<object, number>();
    const real = JSON.stringify.bind(JSON);
    const spy = vi.spyOn(JSON, 'stringify').mockImplementation((...args) => {
      for (const r of reached(args[0], records)) counts.set(r, (counts.get(r) ?? 0) + 1);
      return real(...(args as Parameters<typeof JSON.stringify>));
    });
    hashed.mockClear();
    h.change(() => undefined);
    await t.vault.store().flush();
    spy.mockRestore();

    expect(counts.size).toBe(N);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(hashed).not.toHaveBeenCalled();

    // One record changed: still one serialisation each, and one text hashed.
    counts.clear();
    const spy2 = vi.spyOn(JSON, 'stringify').mockImplementation((...args) => {
      for (const r of reached(args[0], records)) counts.set(r, (counts.get(r) ?? 0) + 1);
      return real(...(args as Parameters<typeof JSON.stringify>));
    });
    h.change((d) => (d.notes[3].text = 'edited'));
    await t.vault.store().flush();
    spy2.mockRestore();
    expect(counts.size).toBe(N);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(hashed).toHaveBeenCalledTimes(1);
    await t.vault.dispose();
  });

  it('writes exactly the JSON of the data and its sync meta, as before, and reads back the same', async () => {
    const t = await makeUnlockedVault();
    const h = await t.vault.store().open(notesDef);
    h.change((d) => {
      d.notes.push({ id: 'a', text: 'first' }, { id: 'b', text: 'second «ü» 😀' });
    });
    await t.vault.store().flush();
    h.change((d) => (d.notes[0].text = 'first, edited'));
    await t.vault.store().flush();

    const keyFile = parseKeyFile(await readFile(join(t.dir, 'keys.json')));
    const key = await unwrapDataKey(keyFile, 'passphrase', PASSPHRASE);
    if (!key) throw new Error('the key file does not open with the passphrase');
    const { plaintext } = decodeShard(
      key,
      await readFile(join(t.dir, 'notes.upw')),
      { vaultId: keyFile.vaultId, name: 'notes' },
      'notes.upw',
    );
    const text = plaintext.toString('utf8');
    const body = JSON.parse(text) as { data: unknown; sync: SyncMeta };
    expect(text).toBe(JSON.stringify({ data: h.data, sync: body.sync }));
    expect(body.data).toEqual({
      notes: [
        { id: 'a', text: 'first, edited' },
        { id: 'b', text: 'second «ü» 😀' },
      ],
    });
    const a = body.sync.records['notes/a'];
    expect(a.h).toBe(digest({ id: 'a', text: 'first, edited' }));
    expect(Object.values(a.c)).toEqual([2]);
    expect(body.sync.records['notes/b'].h).toBe(digest({ id: 'b', text: 'second «ü» 😀' }));

    await t.vault.lock('user');
    await t.vault.handlers.unlock({ method: 'passphrase', secret: PASSPHRASE });
    expect((await t.vault.store().open(notesDef)).data).toEqual(body.data);
    await t.vault.dispose();
  });
});
