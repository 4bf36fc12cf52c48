import { afterAll, describe, it, expect } from 'vitest';
import { mkdtemp as makeTemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { createLeadersService } from './leadersService';
import { createTestContext } from './testContext';
import type { RichDoc } from '../../../../shared/domain/richtext';

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

function setup() {
  const ctx = createTestContext();
  return { ctx, leaders: createLeadersService(ctx) };
}

const item = (id: string, text: string, note: RichDoc = null) => ({ id, text, note });

describe('leaders service', () => {
  it('creates a leader from a name alone, with every list empty and sensible defaults', async () => {
    const { leaders } = setup();
    const dana = await leaders.create({ name: '  Dana Reyes ' });
    expect(dana.name).toBe('Dana Reyes');
    expect(dana.relationship).toBe('manager');
    expect(dana.archived).toBe(false);
    expect(Object.values(dana.lists).every((l) => l.length === 0)).toBe(true);
    expect(await leaders.get(dana.id)).toEqual(dana);
  });

  it('lists leaders by name, case-insensitively', async () => {
    const { leaders } = setup();
    await leaders.create({ name: 'zoe' });
    await leaders.create({ name: 'Adam' });
    await leaders.create({ name: 'maria' });
    expect((await leaders.list()).map((l) => l.name)).toEqual(['Adam', 'maria', 'zoe']);
  });

  it('replaces only the lists an update names, in the order given (reordering)', async () => {
    const { leaders } = setup();
    const l = await leaders.create({ name: 'Dana' });
    await leaders.update(l.id, {
      lists: {
        vision: [item('a', 'Ship v2'), item('b', 'Hire two')],
        peeves: [item('c', 'Late decks')],
      },
    });
    const reordered = await leaders.update(l.id, {
      lists: { vision: [item('b', 'Hire two'), item('a', 'Ship v2')] },
    });
    expect(reordered.lists.vision.map((i) => i.text)).toEqual(['Hire two', 'Ship v2']);
    expect(reordered.lists.peeves.map((i) => i.text)).toEqual(['Late decks']);
    expect((await leaders.get(l.id)).lists.vision[0].id).toBe('b');
  });

  it('merges communication preferences field by field', async () => {
    const { leaders } = setup();
    const l = await leaders.create({ name: 'Dana' });
    await leaders.update(l.id, { communication: { channel: 'Slack' } });
    const after = await leaders.update(l.id, { communication: { bestTime: 'Mornings' } });
    expect(after.communication).toEqual({
      channel: 'Slack',
      cadence: '',
      detail: '',
      bestTime: 'Mornings',
    });
  });

  it('refuses to blank a name, with a sentence, and keeps the profile as it was', async () => {
    const { leaders } = setup();
    const l = await leaders.create({ name: 'Dana' });
    await expect(leaders.update(l.id, { name: '   ' })).rejects.toMatchObject({
      code: 'invalid-input',
      message: expect.stringContaining('needs a name'),
    });
    expect((await leaders.get(l.id)).name).toBe('Dana');
  });

  it('drops scripts and unsafe links from notes before storing them', async () => {
    const { leaders } = setup();
    const l = await leaders.create({ name: 'Dana' });
    const hostile: RichDoc = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        {
          type: 'paragraph',
          attrs: { onclick: 'steal()' },
          content: [
            {
              type: 'text',
              text: 'click',
              marks: [{ type: 'link', attrs: { href: 'javascript:steal()' } }],
            },
          ],
        },
      ],
    };
    await leaders.handlers.update({
      id: l.id,
      patch: { notes: hostile, lists: { strengths: [item('s', 'Clear', hostile)] } },
    });
    const stored = JSON.stringify(await leaders.get(l.id));
    expect(stored).not.toContain('javascript:');
    expect(stored).not.toContain('onclick');
    expect(stored).not.toContain('"script"');
    expect(stored).toContain('click');
  });

  it('hides archived leaders unless asked, and brings them back when unarchived', async () => {
    const { leaders } = setup();
    const a = await leaders.create({ name: 'Ana' });
    await leaders.create({ name: 'Ben' });
    await leaders.handlers.archive({ id: a.id });
    expect((await leaders.list()).map((l) => l.name)).toEqual(['Ben']);
    expect((await leaders.handlers.list({ includeArchived: true })).map((l) => l.name)).toEqual([
      'Ana',
      'Ben',
    ]);
    await leaders.handlers.unarchive({ id: a.id });
    expect((await leaders.list()).map((l) => l.name)).toEqual(['Ana', 'Ben']);
  });

  it('answers not-found, in words, for a leader that does not exist', async () => {
    const { leaders } = setup();
    await expect(leaders.handlers.get({ id: 'nope' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses two items with the same id in one list, which would make reordering ambiguous', async () => {
    const { leaders } = setup();
    const l = await leaders.create({ name: 'Dana' });
    await expect(
      leaders.update(l.id, { lists: { vision: [item('x', 'One'), item('x', 'Two')] } }),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('saves the profile where the user chose, and saves nothing when the dialog is cancelled', async () => {
    const { leaders, ctx } = setup();
    const l = await leaders.create({ name: 'Dana' });
    await leaders.update(l.id, { lists: { weaknesses: [item('w', 'PRIVATE-MARKER')] } });
    expect(await leaders.handlers.exportProfile({ id: l.id })).toEqual({
      path: null,
    });
    ctx.savePath = join(await mkdtemp(join(tmpdir(), 'upward-')), 'dana');
    const saved = await leaders.handlers.exportProfile({ id: l.id });
    expect(saved.path).toBe(`${ctx.savePath}.docx`);
    const zip = await JSZip.loadAsync(await readFile(`${ctx.savePath}.docx`));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('Dana');
    expect(xml).not.toContain('PRIVATE-MARKER');
  });
});
