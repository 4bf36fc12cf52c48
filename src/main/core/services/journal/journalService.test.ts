import { afterAll, describe, it, expect } from 'vitest';
import { mkdtemp as makeTemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { JournalEntry } from '../../../../shared/domain/journal';
import { plainToRichText, type RichDoc } from '../../../../shared/domain/richtext';
import type { ShardDef, VaultStore } from '../../vault/store';
import { createLeadersService } from '../leaders/leadersService';
import { createTestContext } from '../leaders/testContext';
import { createJournalService } from './journalService';
import { journalShard } from './journalShard';

/** Temporary folders of this file, removed when it is done. */
const temps: string[] = [];
const mkdtemp = async (prefix: string): Promise<string> => {
  const dir = await makeTemp(prefix);
  temps.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

/** A journal over an in-memory vault that records which shards each change touched. */
function setup() {
  const ctx = createTestContext('2026-03-10T09:00:00.000Z');
  const touched: string[] = [];
  const opened: string[] = [];
  const spy: VaultStore = {
    async open<T>(def: ShardDef<T>, part?: string) {
      const h = await ctx.memory.open(def, part);
      opened.push(h.name);
      return {
        name: h.name,
        get data() {
          return h.data;
        },
        change(fn: (d: T) => void) {
          touched.push(h.name);
          h.change(fn);
        },
      };
    },
    parts: (kind) => ctx.memory.parts(kind),
    flush: () => ctx.memory.flush(),
  };
  ctx.store = () => spy;
  const leaders = createLeadersService(ctx);
  const journal = createJournalService(ctx, { leaders });
  return { ctx, leaders, journal, h: journal.handlers, touched, opened };
}

const text = (s: string): RichDoc => plainToRichText(s);

/** A stored entry as a vault written before month parts holds it. */
const stored = (id: string, date: string, title: string, body = ''): JournalEntry => ({
  id,
  date,
  title,
  body: body ? text(body) : null,
  tags: [],
  leaderId: null,
  mood: null,
  createdAt: `${date}T08:00:00.000Z`,
  updatedAt: `${date}T08:00:00.000Z`,
});

/** Writes entries into a whole-year part, the way vaults were written before month parts. */
async function writeYearPart(
  ctx: ReturnType<typeof setup>['ctx'],
  year: string,
  entries: JournalEntry[],
) {
  (await ctx.memory.open(journalShard, year)).change((d) => {
    d.entries.push(...entries);
  });
}

describe('journal service', () => {
  it('lists a date range from the months it covers only', async () => {
    const { h, ctx, opened } = setup();
    await h.create({ title: 'Old', date: '2019-05-01' });
    await h.create({ title: 'Recent', date: '2026-03-01' });
    // A fresh service over the same vault, as after an unlock.
    const fresh = createJournalService(ctx, { leaders: createLeadersService(ctx) });
    opened.length = 0;
    const recent = await fresh.list({ from: '2026-02-01', to: '2026-03-10' });
    expect(recent.map((e) => e.title)).toEqual(['Recent']);
    expect(opened.filter((n) => n.startsWith('journal'))).toEqual(['journal-2026-03']);
  });

  it('starts an entry dated today, stored in that month', async () => {
    const { h, ctx } = setup();
    const e = await h.create({ title: 'First' });
    expect(e.date).toBe('2026-03-10');
    expect(ctx.memory.parts('journal')).toEqual(['2026-03']);
    expect(await h.get({ id: e.id })).toEqual(e);
  });

  it('autosaves an entry by rewriting only its own month', async () => {
    const { h, touched } = setup();
    await h.create({ date: '2019-05-01', title: 'Old' });
    await h.create({ date: '2026-02-27', title: 'Last month' });
    const e = await h.create({ date: '2026-03-01', title: 'New' });
    touched.length = 0;
    await h.update({ id: e.id, patch: { body: text('typing…') } });
    await h.update({ id: e.id, patch: { body: text('typing more') } });
    expect(touched).toEqual(['journal-2026-03', 'journal-2026-03']);
    expect((await h.get({ id: e.id })).body).toEqual(text('typing more'));
  });

  it('lists summaries newest first, without bodies, filtered by tag, leader and dates', async () => {
    const { h, leaders } = setup();
    const dana = await leaders.handlers.create({ name: 'Dana' });
    await h.create({
      date: '2026-01-05',
      title: 'A',
      tags: ['win'],
      leaderId: dana.id,
      body: text('Shipped the thing early.'),
    });
    await h.create({ date: '2026-02-05', title: 'B', tags: ['ask'] });
    await h.create({ date: '2025-12-30', title: 'C', tags: ['win'] });
    const all = await h.list({});
    expect(all.entries.map((e) => e.title)).toEqual(['B', 'A', 'C']);
    expect(all.complete).toBe(true);
    expect(all.entries[1]).not.toHaveProperty('body');
    expect(all.entries[1].excerpt).toBe('Shipped the thing early.');
    expect((await h.list({ tag: 'win' })).entries.map((e) => e.title)).toEqual(['A', 'C']);
    expect((await h.list({ leaderId: dana.id })).entries.map((e) => e.title)).toEqual(['A']);
    expect(
      (await h.list({ from: '2026-01-01', to: '2026-01-31' })).entries.map((e) => e.title),
    ).toEqual(['A']);
  });

  it('gives the first screen of the list from the newest months only', async () => {
    const { h, ctx, leaders } = setup();
    for (let y = 2016; y <= 2026; y++)
      for (let d = 1; d <= 3; d++) await h.create({ date: `${y}-05-0${d}`, title: `${y}/${d}` });
    const opened: string[] = [];
    const fresh = createJournalService(
      {
        ...ctx,
        store: () => ({
          ...ctx.memory,
          open: (def, part) => (opened.push(part ?? ''), ctx.memory.open(def, part)),
          parts: (k) => ctx.memory.parts(k),
        }),
      },
      { leaders },
    );
    const first = await fresh.handlers.list({ limit: 4 });
    expect(first.entries.map((e) => e.title)).toEqual(['2026/3', '2026/2', '2026/1', '2025/3']);
    expect(first.complete).toBe(false);
    expect(opened).toEqual(['2026-05', '2025-05']);
    expect((await fresh.handlers.list({ limit: 100 })).complete).toBe(true);
    expect(
      (await fresh.handlers.list({ limit: 2, from: '2016-01-01', to: '2016-12-31' })).entries.map(
        (e) => e.title,
      ),
    ).toEqual(['2016/3', '2016/2']);
  });

  it('moves an entry to another month when its date changes, and it stays listed once', async () => {
    const { h, ctx } = setup();
    const e = await h.create({ date: '2026-01-02', title: 'Moved' });
    await h.update({ id: e.id, patch: { date: '2025-12-31' } });
    expect((await h.list({})).entries.map((s) => s.date)).toEqual(['2025-12-31']);
    const jan = await ctx.memory.open(journalShard, '2026-01');
    expect(jan.data.entries).toEqual([]);
  });

  it('reads entries saved one year per part, and moves an entry to its month when it is edited', async () => {
    const { ctx, leaders } = setup();
    await writeYearPart(ctx, '2025', [
      stored('spring', '2025-03-14', 'Spring review', 'Dana liked the one-page update.'),
      stored('autumn', '2025-11-20', 'Autumn plan', 'Asked for a clear priority list.'),
    ]);
    const journal = createJournalService(ctx, { leaders });
    const h = journal.handlers;
    expect((await h.list({})).entries.map((e) => e.title)).toEqual([
      'Autumn plan',
      'Spring review',
    ]);
    expect((await h.get({ id: 'spring' })).body).toEqual(text('Dana liked the one-page update.'));
    expect((await h.search({ query: 'priority', limit: 10 })).hits.map((x) => x.entry.id)).toEqual([
      'autumn',
    ]);

    await h.update({ id: 'spring', patch: { body: text('Dana asked for the update monthly.') } });
    const year = await ctx.memory.open(journalShard, '2025');
    expect(year.data.entries.map((e) => e.id)).toEqual(['autumn']);
    const march = await ctx.memory.open(journalShard, '2025-03');
    expect(march.data.entries.map((e) => e.id)).toEqual(['spring']);
    expect((await h.list({})).entries.map((e) => e.id)).toEqual(['autumn', 'spring']);
    expect((await h.search({ query: 'monthly', limit: 10 })).hits.map((x) => x.entry.id)).toEqual([
      'spring',
    ]);

    // After an unlock, the moved entry is found once, in its month.
    const fresh = createJournalService(ctx, { leaders });
    expect((await fresh.list()).map((e) => e.id)).toEqual(['autumn', 'spring']);
    expect((await fresh.get('spring')).body).toEqual(text('Dana asked for the update monthly.'));
  });

  it('lists the newest first when year parts and month parts are mixed', async () => {
    const { ctx, leaders } = setup();
    await writeYearPart(ctx, '2025', [
      stored('early', '2025-02-01', 'Early 2025'),
      stored('late', '2025-12-20', 'Late December'),
    ]);
    const first = createJournalService(ctx, { leaders });
    await first.handlers.create({ date: '2025-12-01', title: 'Early December' });
    await first.handlers.create({ date: '2025-11-15', title: 'November' });
    await first.handlers.create({ date: '2026-01-05', title: 'January' });

    const opened: string[] = [];
    const fresh = createJournalService(
      {
        ...ctx,
        store: () => ({
          ...ctx.memory,
          open: (def, part) => (opened.push(part ?? ''), ctx.memory.open(def, part)),
          parts: (k) => ctx.memory.parts(k),
        }),
      },
      { leaders },
    );
    const top = await fresh.handlers.list({ limit: 3 });
    expect(top.entries.map((e) => e.title)).toEqual(['January', 'Late December', 'Early December']);
    expect(top.complete).toBe(false);
    expect((await fresh.handlers.list({ limit: 10 })).entries.map((e) => e.title)).toEqual([
      'January',
      'Late December',
      'Early December',
      'November',
      'Early 2025',
    ]);

    opened.length = 0;
    const november = await fresh.list({ from: '2025-11-01', to: '2025-11-30' });
    expect(november.map((e) => e.title)).toEqual(['November']);
    expect(opened.sort()).toEqual(['2025', '2025-11']);
    expect(
      (await fresh.list({ from: '2025-12-10', to: '2026-01-31' })).map((e) => e.title),
    ).toEqual(['January', 'Late December']);
  });

  it('keeps the newer copy when a crash left an entry in two years', async () => {
    const { ctx, leaders } = setup();
    const base = {
      title: '',
      body: null,
      tags: [],
      leaderId: null,
      mood: null,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    (await ctx.memory.open(journalShard, '2025')).change((d) => {
      d.entries.push({
        ...base,
        id: 'x',
        date: '2025-12-31',
        title: 'old copy',
        updatedAt: '2026-01-01T00:00:00.000Z',
      });
    });
    (await ctx.memory.open(journalShard, '2026')).change((d) => {
      d.entries.push({
        ...base,
        id: 'x',
        date: '2026-01-02',
        title: 'new copy',
        updatedAt: '2026-01-02T00:00:00.000Z',
      });
    });
    const journal = createJournalService(ctx, { leaders });
    expect((await journal.list()).map((s) => s.title)).toEqual(['new copy']);
    expect((await ctx.memory.open(journalShard, '2025')).data.entries).toEqual([]);
  });

  it('deletes an entry from the list and from search', async () => {
    const { h } = setup();
    const e = await h.create({ title: 'Regret', body: text('a sentence about escalation') });
    expect((await h.search({ query: 'escalation', limit: 10 })).hits).toHaveLength(1);
    await h.delete({ id: e.id });
    expect((await h.list({})).entries).toEqual([]);
    expect((await h.search({ query: 'escalation', limit: 10 })).hits).toEqual([]);
    await expect(h.get({ id: e.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('finds what was just typed, with the matched words highlighted', async () => {
    const { h } = setup();
    const e = await h.create({
      title: 'Budget talk',
      body: text('We talked about the budget freeze.'),
    });
    await h.search({ query: 'budget', limit: 10 });
    await h.update({ id: e.id, patch: { body: text('Dana approved the offsite after all.') } });
    const [hit] = (await h.search({ query: 'offs', limit: 10 })).hits;
    expect(hit.entry.id).toBe(e.id);
    expect(hit.snippetRanges.map(([s, x]) => hit.snippet.slice(s, x))).toEqual(['offsite']);
    const [titleHit] = (await h.search({ query: 'budgit talk', limit: 10 })).hits;
    expect(titleHit.titleRanges.map(([s, x]) => titleHit.entry.title.slice(s, x))).toEqual([
      'Budget',
      'talk',
    ]);
  });

  it('rebuilds the index in the background after unlocking, and searches every year', async () => {
    const { h, ctx, journal } = setup();
    for (let y = 2016; y <= 2026; y++)
      await h.create({ date: `${y}-06-01`, title: `Year ${y}`, body: text(`retrospective ${y}`) });
    ctx.relock();
    ctx.unlock();
    await journal.ready();
    const hits = (await h.search({ query: 'retrospective', limit: 50 })).hits;
    expect(hits).toHaveLength(11);
  });

  it('keeps an edit made while the index is still being built after unlock', async () => {
    const { h, ctx, journal } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 120; i++)
      ids.push(
        (
          await h.create({
            date: `20${10 + (i % 12)}-03-0${1 + (i % 9)}`,
            body: text(`original words ${i}`),
          })
        ).id,
      );
    ctx.relock();
    ctx.unlock();
    await new Promise((r) => setImmediate(r));
    await h.update({ id: ids[5], patch: { body: text('rewritten during indexing') } });
    await h.delete({ id: ids[6] });
    await journal.ready();
    expect((await h.search({ query: 'rewritten', limit: 10 })).hits.map((x) => x.entry.id)).toEqual(
      [ids[5]],
    );
    const originals = (await h.search({ query: 'original', limit: 200 })).hits.map(
      (x) => x.entry.id,
    );
    expect(originals).toHaveLength(118);
    expect(originals).not.toContain(ids[5]);
    expect(originals).not.toContain(ids[6]);
  });

  it('offers tags by how often they are used, and entries of this day in earlier years', async () => {
    const { h } = setup();
    await h.create({ date: '2025-03-10', tags: ['win', 'ask'] });
    await h.create({ date: '2024-03-10', tags: ['win'] });
    await h.create({ date: '2026-03-10', tags: ['win'] });
    await h.create({ date: '2025-03-11' });
    expect(await h.tags(undefined)).toEqual([
      { tag: 'win', count: 3 },
      { tag: 'ask', count: 1 },
    ]);
    expect((await h.onThisDay({})).map((s) => s.date)).toEqual(['2025-03-10', '2024-03-10']);
  });

  it('refuses a link to a leader who does not exist', async () => {
    const { h } = setup();
    await expect(h.create({ leaderId: 'ghost' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('stores only what the editor allows from a pasted body', async () => {
    const { h } = setup();
    const e = await h.create({
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              {
                type: 'text',
                text: 'ok',
                marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
              },
            ],
          },
          { type: 'image', attrs: { src: 'https://example.com/x.png' } },
        ],
      },
    });
    expect(e.body).toEqual(text('ok'));
  });

  it('offers reflection prompts, each tied to a practice', async () => {
    const { h } = setup();
    const prompts = await h.prompts(undefined);
    expect(prompts.length).toBeGreaterThanOrEqual(8);
    expect(new Set(prompts.map((p) => p.practice)).size).toBeGreaterThanOrEqual(6);
  });

  it('exports the entries of a date range to the chosen file, and says so when none match', async () => {
    const { h, ctx } = setup();
    await h.create({ date: '2026-01-10', title: 'In range' });
    await h.create({ date: '2026-02-10', title: 'Out of range' });
    ctx.savePath = join(await mkdtemp(join(tmpdir(), 'upward-')), 'journal.docx');
    expect(await h.exportRange({ from: '2026-01-01', to: '2026-01-31' })).toEqual({
      path: ctx.savePath,
      count: 1,
    });
    const zip = await JSZip.loadAsync(await readFile(ctx.savePath));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('In range');
    expect(xml).not.toContain('Out of range');
    await expect(h.exportRange({ from: '2020-01-01', to: '2020-12-31' })).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('nothing to export'),
    });
  });
});
