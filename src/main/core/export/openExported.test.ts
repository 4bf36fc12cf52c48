import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createCore } from '../core';
import { createTestDeps } from '../testing/testDeps';
import type { ShellServices } from '../platform/types';
import { saveExport } from './saveExport';

/** A core whose shell records what it shows, opens and hands to the system. */
async function world() {
  const seen = { shown: [] as string[], opened: [] as string[], external: [] as string[] };
  const base = await createTestDeps();
  const shell: ShellServices = {
    ...base.shell,
    showInFolder: (p) => void seen.shown.push(p),
    openPath: async (p) => void seen.opened.push(p),
    openExternal: async (u) => void seen.external.push(u),
  };
  const core = await createCore({ ...base, shell }, { checkOutput: true });
  return { core, seen, shell };
}

describe('after an export, one click to the file', () => {
  it('shows and opens a file the app exported, and refuses any other path', async () => {
    const { core, seen, shell } = await world();
    const dir = await mkdtemp(join(tmpdir(), 'upward-open-'));
    const { path } = await saveExport(
      { ...shell, chooseSavePath: async () => join(dir, 'Agenda') },
      { title: 'Save', defaultName: 'Agenda.docx', bytes: new Uint8Array([1]) },
    );
    expect(path).toBe(join(dir, 'Agenda.docx'));
    expect(await core.dispatch('app:showInFolder', { path })).toEqual({
      ok: true,
      value: { done: true },
    });
    expect(await core.dispatch('app:openFile', { path })).toEqual({
      ok: true,
      value: { done: true },
    });
    expect(await core.dispatch('app:openFile', { path: '/bin/sh' })).toEqual({
      ok: true,
      value: { done: false },
    });
    expect(await core.dispatch('app:showInFolder', { path: join(dir, 'other.docx') })).toEqual({
      ok: true,
      value: { done: false },
    });
    expect(seen.shown).toEqual([path]);
    expect(seen.opened).toEqual([path]);
  });

  it('opens the mail app with a mailto: link holding only the subject and the body', async () => {
    const { core, seen } = await world();
    expect(
      await core.dispatch('app:openMail', {
        subject: 'Follow-up: 1:1 with Dana',
        body: 'Hi Dana,\n\n- Vendor choice: B & C?\nAlex',
      }),
    ).toEqual({ ok: true, value: { done: true } });
    expect(seen.external).toEqual([
      'mailto:?subject=Follow-up%3A%201%3A1%20with%20Dana&body=Hi%20Dana%2C%0D%0A%0D%0A-%20Vendor%20choice%3A%20B%20%26%20C%3F%0D%0AAlex',
    ]);
  });
});
