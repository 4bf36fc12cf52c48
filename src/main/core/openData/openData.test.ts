import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../core';
import { sampleRichDoc } from '../export/testing/sampleRichDoc';
import { call, fillAppFixture } from '../vault/fixtures/appFixture';
import { createTestDeps } from '../testing/testDeps';
import { markdownToRichText } from './markdown';
import { normalizeRichText } from './normalize';
import { readAllRecords } from './vaultRecords';

const PASS = 'a long passphrase for open data tests';
const cleanup: string[] = [];
afterEach(async () => {
  await Promise.all(cleanup.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

interface Answers {
  save: string | null;
  open: string | null;
  folder: string | null;
}

async function newCore(answers: Answers): Promise<Core> {
  const deps = await createTestDeps({});
  cleanup.push(deps.dataDir);
  deps.shell.chooseSavePath = async () => answers.save;
  deps.shell.chooseOpenPath = async () => answers.open;
  deps.shell.chooseFolder = async () => answers.folder;
  const core = await createCore(deps, { checkOutput: true });
  await call(core, 'vault:create', { passphrase: PASS });
  return core;
}

async function failure(core: Core, channel: string, input?: unknown) {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} was expected to fail`);
  return r.error;
}

async function filledCore(answers: Answers): Promise<Core> {
  const core = await newCore(answers);
  await fillAppFixture(core);
  const [leader] = await call<{ id: string }[]>(core, 'leaders:list', {});
  await call(core, 'journal:create', {
    title: 'Planning, with every kind of formatting',
    date: '2026-02-14',
    body: sampleRichDoc,
    tags: ['planning', 'feedback'],
    leaderId: leader.id,
    mood: 3,
  });
  await call(core, 'leaders:update', {
    id: leader.id,
    patch: {
      notes: sampleRichDoc,
      lists: {
        vision: [{ id: 'v1', text: 'A calm launch', note: sampleRichDoc }],
        weaknesses: [{ id: 'w1', text: 'Late with decisions', note: null }],
      },
    },
  });
  return core;
}

describe('open export and import', () => {
  it('round-trips every field of every record into an empty vault, rich text included', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-open-'));
    cleanup.push(dir);
    const zip = join(dir, 'export.zip');
    const source = await filledCore({ save: zip, open: null, folder: null });
    const saved = await call<{ path: string }>(source, 'data:exportOpen', { understood: true });
    expect(saved.path).toBe(zip);

    const target = await newCore({ save: null, open: zip, folder: null });
    const report = await call<{ imported: number }>(target, 'data:importOpen');
    expect(report.imported).toBeGreaterThan(5);
    expect(await readAllRecords(target.vault.store())).toEqual(
      await readAllRecords(source.vault.store()),
    );
    // The services read what was brought in: search, lists and balances.
    const { hits } = await call<{ hits: { entry: { title: string } }[] }>(
      target,
      'journal:search',
      {
        query: 'formatting',
      },
    );
    expect(hits.map((h) => h.entry.title)).toEqual(['Planning, with every kind of formatting']);
    const balances = await call<{ balance: number }[]>(target, 'goodwill:balances');
    expect(balances.map((b) => b.balance)).toEqual([3]);
    // Into a vault that already holds records, nothing is imported.
    const again = await failure(target, 'data:importOpen');
    expect(again.message).toMatch(/already holds records/);
    await source.dispose();
    await target.dispose();
  });

  it('writes one Markdown file per entry, profile and 1:1, whose rich text reads back unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-open-'));
    cleanup.push(dir);
    const zip = join(dir, 'export.zip');
    const core = await filledCore({ save: zip, open: null, folder: null });
    await call(core, 'data:exportOpen', { understood: true });
    const files = unzipSync(
      new Uint8Array(await import('node:fs/promises').then((f) => f.readFile(zip))),
    );
    const names = Object.keys(files);
    expect(names).toContain('upward-export.json');
    expect(names).toContain('README.md');
    expect(strFromU8(files['README.md'])).toMatch(/NOT ENCRYPTED/);
    expect(names.filter((n) => n.startsWith('data/')).sort()).toEqual(
      [
        'actions',
        'dashboard',
        'goodwill',
        'journal',
        'leaders',
        'ledger',
        'meetings',
        'series',
      ].map((k) => `data/${k}.json`),
    );
    const entryFile = names.find((n) => n.startsWith('journal/2026/2026-02-14'));
    expect(entryFile).toBeDefined();
    const text = strFromU8(files[entryFile ?? '']);
    expect(text).toMatch(/^---\nid: /);
    expect(text).toContain('title: Planning, with every kind of formatting');
    expect(text).toContain('leader: Dana Reyes');
    expect(text).toMatch(/tags:\n {2}- planning\n {2}- feedback/);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(normalizeRichText(markdownToRichText(body))).toEqual(normalizeRichText(sampleRichDoc));
    expect(names.some((n) => /^leaders\/Dana Reyes\.md$/.test(n))).toBe(true);
    const profile = strFromU8(files['leaders/Dana Reyes.md']);
    expect(profile).toContain('## Vision & goals');
    expect(profile).toContain('## Weaknesses and how I support them (private)');
    await core.dispose();
  });

  it('refuses a bad zip, a stranger, a newer format or a damaged record, and imports nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-open-'));
    cleanup.push(dir);
    const zip = join(dir, 'export.zip');
    const source = await filledCore({ save: zip, open: null, folder: null });
    await call(source, 'data:exportOpen', { understood: true });
    await source.dispose();
    const good = unzipSync(
      new Uint8Array(await import('node:fs/promises').then((f) => f.readFile(zip))),
    );

    const variants: [string, Uint8Array, RegExp][] = [
      ['not a zip', strToU8('hello, I am a text file'), /not a zip archive/],
      ['a stranger', zipSync({ 'notes.txt': strToU8('hi') }), /not an Upward open export/],
      [
        'newer',
        zipSync({
          ...good,
          'upward-export.json': strToU8(
            JSON.stringify({ format: 'upward-open-export', version: 9 }),
          ),
        }),
        /newer version of Upward/,
      ],
      [
        'damaged record',
        zipSync({
          ...good,
          'data/journal.json': strToU8(
            JSON.stringify({
              kind: 'journal',
              schemaVersion: 1,
              parts: [{ part: '2026-02', data: { entries: [{ id: 'x', date: '9999-99-99' }] } }],
            }),
          ),
        }),
        /data\/journal\.json.*cannot accept/,
      ],
      [
        'missing part',
        (() => {
          const f = { ...good };
          delete f['data/actions.json'];
          return zipSync(f);
        })(),
        /incomplete/,
      ],
    ];
    for (const [label, bytes, message] of variants) {
      const path = join(dir, `${label}.zip`);
      await writeFile(path, bytes);
      const target = await newCore({ save: null, open: path, folder: null });
      const error = await failure(target, 'data:importOpen');
      expect(error.message, label).toMatch(message);
      expect(error.message, label).toMatch(/Nothing was imported/);
      const journal = await call<{ entries: unknown[] }>(target, 'journal:list', {});
      expect(journal.entries, label).toEqual([]);
      expect(await call<unknown[]>(target, 'leaders:list', {}), label).toEqual([]);
      await target.dispose();
    }
  });
});

describe('journals from other apps', () => {
  const FIXTURES = join(import.meta.dirname, 'fixtures');

  it('brings in a Day One export: dates in their zone, tags, starred, Markdown, and says what it left out', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-dayone-'));
    cleanup.push(dir);
    const json = await import('node:fs/promises').then((f) =>
      f.readFile(join(FIXTURES, 'dayone', 'Journal.json')),
    );
    const zip = join(dir, 'Day One export.zip');
    await writeFile(
      zip,
      zipSync({ 'Journal.json': new Uint8Array(json), 'photos/a1b2.jpeg': strToU8('jpeg') }),
    );
    const core = await newCore({ save: null, open: zip, folder: null });
    const report = await call<{ imported: number; leftOut: string[] }>(core, 'data:importDayOne');
    expect(report.imported).toBe(3);
    expect(report.leftOut).toEqual([
      '2 photos were left out: Upward keeps text only.',
      '1 audio recording was left out.',
      'The places of 2 entries were left out: Upward keeps no locations.',
    ]);
    const list = await call<{
      entries: { id: string; title: string; date: string; tags: string[] }[];
    }>(core, 'journal:list', {});
    const byTitle = new Map(list.entries.map((e) => [e.title, e]));
    // Written at 03:30 UTC on 2 March, which was the evening of 1 March in Los Angeles.
    expect(byTitle.get('Late-night thoughts after the offsite')?.date).toBe('2024-03-01');
    expect(byTitle.get('Late-night thoughts after the offsite')?.tags).toEqual([
      'offsite',
      'starred',
    ]);
    expect(byTitle.get('Skip-level with Priya')?.date).toBe('2024-05-10');
    const entry = await call<{ body: unknown }>(core, 'journal:get', {
      id: byTitle.get('Skip-level with Priya')?.id,
    });
    expect(JSON.stringify(entry.body)).toContain('"type":"taskList"');
    expect(JSON.stringify(entry.body)).toContain('"type":"bold"');
    expect(JSON.stringify(entry.body)).not.toContain('dayone-moment');
    await core.dispose();
  });

  it('refuses an unknown Day One version and a zip without a journal, importing nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-dayone-'));
    cleanup.push(dir);
    const future = join(dir, 'future.json');
    await writeFile(future, JSON.stringify({ metadata: { version: '7.0' }, entries: [] }));
    const core = await newCore({ save: null, open: future, folder: null });
    expect((await failure(core, 'data:importDayOne')).message).toMatch(
      /version 7\.0.*does not know/,
    );
    await core.dispose();
    const empty = join(dir, 'empty.zip');
    await writeFile(empty, zipSync({ 'photos/x.jpeg': strToU8('x') }));
    const other = await newCore({ save: null, open: empty, folder: null });
    expect((await failure(other, 'data:importDayOne')).message).toMatch(/holds no Day One journal/);
    expect((await call<{ entries: unknown[] }>(other, 'journal:list', {})).entries).toEqual([]);
    await other.dispose();
  });

  it('brings in a folder of Markdown notes: front-matter dates and tags, else the file’s own date and name', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-notes-'));
    cleanup.push(dir);
    const notes = join(dir, 'notes');
    await mkdir(join(notes, '2024'), { recursive: true });
    const { cp, utimes } = await import('node:fs/promises');
    await cp(join(FIXTURES, 'markdown'), notes, { recursive: true });
    const plain = join(notes, 'Thoughts on the reorg.md');
    await utimes(plain, new Date('2023-09-05T12:00:00Z'), new Date('2023-09-05T12:00:00Z'));
    const core = await newCore({ save: null, open: null, folder: notes });
    const report = await call<{ imported: number; leftOut: string[] }>(
      core,
      'data:importMarkdownFolder',
    );
    expect(report.imported).toBe(3);
    expect(report.leftOut).toEqual(['1 picture was left out: Upward keeps text only.']);
    const list = await call<{ entries: { title: string; date: string; tags: string[] }[] }>(
      core,
      'journal:list',
      {},
    );
    expect(list.entries.map((e) => [e.date, e.title, e.tags])).toEqual([
      ['2024-06-18', 'Quarterly review prep', ['review', 'win']],
      ['2024-01-09', 'First week with the new VP', []],
      ['2023-09-05', 'Thoughts on the reorg', []],
    ]);
    await core.dispose();

    const empty = join(dir, 'empty');
    await mkdir(empty);
    await writeFile(join(empty, 'todo.txt'), 'not markdown');
    const other = await newCore({ save: null, open: null, folder: empty });
    expect((await failure(other, 'data:importMarkdownFolder')).message).toMatch(
      /holds no Markdown notes/,
    );
    await other.dispose();
  });
});
