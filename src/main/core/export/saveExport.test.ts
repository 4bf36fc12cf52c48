import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ShellServices } from '../platform/types';
import { safeFileName, saveExport } from './saveExport';

type SaveRequest = Parameters<ShellServices['chooseSavePath']>[0];

/** A shell whose save dialog answers `answer` and remembers what it was asked. */
function fakeShell(answer: string | null): ShellServices & { asked: SaveRequest[] } {
  const asked: SaveRequest[] = [];
  return {
    asked,
    chooseSavePath: async (opts) => {
      asked.push(opts);
      return answer;
    },
    chooseOpenPath: async () => null,
    chooseFolder: async () => null,
    openExternal: async () => undefined,
    copyText: () => undefined,
    showInFolder: () => undefined,
    openPath: async () => undefined,
  };
}

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'upward-save-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = new Uint8Array([80, 75, 3, 4, 1, 2, 3]);

describe('saveExport', () => {
  it('writes the file where the user chose and says where', async () => {
    const target = join(dir, 'Agenda.docx');
    const shell = fakeShell(target);
    expect(
      await saveExport(shell, { title: 'Save the agenda', defaultName: 'Agenda 14 May', bytes }),
    ).toEqual({ path: target });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    // Only the finished file is left: no temporary file beside it.
    expect(await readdir(dir)).toEqual(['Agenda.docx']);
  });

  it('offers a safe suggested name and a filter for the kind of file', async () => {
    const shell = fakeShell(null);
    await saveExport(shell, {
      title: 'Export the series',
      defaultName: '1:1 with Dana / weekly',
      bytes,
      extension: 'ics',
    });
    expect(shell.asked).toEqual([
      {
        title: 'Export the series',
        defaultName: '1 1 with Dana weekly.ics',
        filters: [{ name: 'Calendar file', extensions: ['ics'] }],
      },
    ]);
  });

  it('writes nothing when the user cancels', async () => {
    expect(await saveExport(fakeShell(null), { title: 'Save', defaultName: 'x', bytes })).toEqual({
      path: null,
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('adds the extension when the chosen name has none', async () => {
    const result = await saveExport(fakeShell(join(dir, 'Recovery kit')), {
      title: 'Save',
      defaultName: 'x',
      bytes,
    });
    expect(result.path).toBe(join(dir, 'Recovery kit.docx'));
    expect(await readdir(dir)).toEqual(['Recovery kit.docx']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(dir, 'Status.txt');
    await saveExport(fakeShell(target), {
      title: 'Save',
      defaultName: 'Status',
      bytes: new TextEncoder().encode('a much longer first version'),
      extension: 'txt',
    });
    await saveExport(fakeShell(target), {
      title: 'Save',
      defaultName: 'Status',
      bytes: new TextEncoder().encode('short'),
      extension: 'txt',
    });
    expect(await readFile(target, 'utf8')).toBe('short');
  });
});

describe('safeFileName', () => {
  it('keeps a usable name on every system', () => {
    expect(safeFileName('Journal: May/June?', 'docx')).toBe('Journal May June.docx');
    expect(safeFileName('..hidden', 'txt')).toBe('hidden.txt');
    expect(safeFileName('  ', 'docx')).toBe('Upward export.docx');
    expect(safeFileName('Agenda.DOCX', 'docx')).toBe('Agenda.DOCX');
  });
});
