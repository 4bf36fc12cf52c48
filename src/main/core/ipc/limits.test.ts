import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RICH_TEXT_LIMITS } from '../../../shared/domain/richTextLimits';
import type { RichNode } from '../../../shared/domain/richtext';
import { createCore, type Core } from '../core';
import { createTestDeps } from '../testing/testDeps';

let core: Core;
let vaultDir: string;

beforeAll(async () => {
  const deps = await createTestDeps();
  vaultDir = join(deps.dataDir, 'vault');
  core = await createCore(deps, { checkOutput: true });
  await core.dispatch('vault:create', { passphrase: 'a long enough passphrase' });
});
afterAll(() => core.dispose());

function paragraph(text: string): RichNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** A document whose paragraph sits inside `levels` nested quotes. */
function nested(levels: number): RichNode {
  let node: RichNode = paragraph('deep down');
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

async function entry(): Promise<{ id: string }> {
  const r = await core.dispatch('journal:create', { title: 'Limits', date: '2026-03-02' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: string };
}

async function bodyOf(id: string): Promise<unknown> {
  const r = await core.dispatch('journal:get', { id });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { body: unknown }).body;
}

describe('IPC limits', () => {
  it('answers a payload nested deep enough to overflow the stack with a typed error', async () => {
    const { id } = await entry();
    // Built by hand: a recursive builder would overflow before the payload reached the dispatcher.
    let deep: unknown = { type: 'text', text: 'x' };
    for (let i = 0; i < 200_000; i++) deep = { type: 'paragraph', content: [deep] };
    const result = await core.dispatch('journal:update', {
      id,
      patch: { body: { type: 'doc', content: [deep] } },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await bodyOf(id)).toBeNull();
  });

  it('refuses rich text nested past the limit, and keeps what was there', async () => {
    const { id } = await entry();
    const ok = await core.dispatch('journal:update', {
      id,
      patch: { body: nested(RICH_TEXT_LIMITS.maxDepth - 10) },
    });
    expect(ok.ok).toBe(true);
    const before = await bodyOf(id);
    const result = await core.dispatch('journal:update', {
      id,
      patch: { body: nested(RICH_TEXT_LIMITS.maxDepth + 5) },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/nested more deeply/) },
    });
    expect(await bodyOf(id)).toEqual(before);
  });

  it('refuses a text past the size limit with a clear message, and writes nothing', async () => {
    const { id } = await entry();
    await core.dispatch('journal:update', {
      id,
      patch: { body: { type: 'doc', content: [paragraph('kept')] } },
    });
    const result = await core.dispatch('journal:update', {
      id,
      patch: {
        body: { type: 'doc', content: [paragraph('x'.repeat(RICH_TEXT_LIMITS.maxChars + 1))] },
      },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringMatching(/longer than Upward keeps/) },
    });
    expect(await bodyOf(id)).toEqual({ type: 'doc', content: [paragraph('kept')] });
  });

  it('the same limits hold for leader notes and meeting notes', async () => {
    const leader = await core.dispatch('leaders:create', { name: 'Dana' });
    if (!leader.ok) throw new Error(leader.error.message);
    const result = await core.dispatch('leaders:update', {
      id: (leader.value as { id: string }).id,
      patch: { notes: nested(RICH_TEXT_LIMITS.maxDepth + 5) },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each(['9999-99-99', '2026-02-30', '2026-13-01', '2026-00-10', '0000-01-01', '9999-12-31'])(
    'refuses the impossible date %s and creates no file for it',
    async (date) => {
      const result = await core.dispatch('journal:create', { title: 'When?', date });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'invalid-input', message: expect.stringMatching(/real calendar date/) },
      });
      await core.dispatch('journal:list', {});
      const files = await readdir(vaultDir);
      expect(files.filter((f) => f.startsWith(`journal-${date.slice(0, 4)}`))).toEqual([]);
    },
  );

  it('accepts real dates, leap days included', async () => {
    for (const date of ['2024-02-29', '1999-12-31', '2026-03-02']) {
      const r = await core.dispatch('journal:create', { title: 'Fine', date });
      expect(r.ok).toBe(true);
    }
  });
});
