import { describe, it, expect } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRecoveryKitDocx } from './recoveryKit';
import { docxPart, docxText, docxXml } from './testing/docxXml';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';

const kit = {
  recoveryCode: '7K2QD-M9XHT-4PWZ3-RC8VB-N5JFA-Q1E6G',
  createdAt: '2026-05-14T08:32:00Z',
  vaultLocation: '/home/sam/Documents/Upward Vault',
};
const hasLibreOffice = (await findLibreOffice()) !== null;

describe('recovery kit', () => {
  it('shows the recovery code large, in a monospace box', async () => {
    const xml = await docxXml(await buildRecoveryKitDocx(kit));
    const box =
      /<w:p>(?:(?!<\/w:p>).)*7K2QD-M9XHT-4PWZ3-RC8VB-N5JFA-Q1E6G.*?<\/w:p>/.exec(xml)?.[0] ?? '';
    const borders = /<w:pBdr>(.*?)<\/w:pBdr>/.exec(box)?.[1] ?? '';
    for (const side of ['top', 'bottom', 'left', 'right'])
      expect(borders, side).toMatch(new RegExp(`<w:${side} w:val="single"`));
    expect(box).toContain('w:ascii="Consolas"');
    expect(box).toMatch(/<w:sz w:val="(\d+)"\/>/);
    expect(Number(/<w:sz w:val="(\d+)"\/>/.exec(box)?.[1])).toBeGreaterThanOrEqual(28);
  });

  it('says where the vault is, when the code was made, how to use it and how to keep it safe', async () => {
    const text = await docxText(await buildRecoveryKitDocx(kit));
    expect(text).toContain('Vault folder\n/home/sam/Documents/Upward Vault');
    expect(text).toMatch(/Code created\n\w+day, 14 May 2026, \d{1,2}:32/);
    expect(text).toContain('How to use it');
    expect(text).toContain('choose “Use recovery code”');
    expect(text).toContain('How to keep it safe');
    expect(text).toContain('Print this page');
    expect(text).toMatch(/Anyone who has this code and a copy of your vault can read your journal/);
  });

  it('is titled as a recovery kit in the file properties, without the code', async () => {
    const bytes = await buildRecoveryKitDocx(kit);
    const core = await docxPart(bytes, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Upward recovery kit</dc:title>');
    expect(core).not.toContain('7K2QD');
  });

  it('keeps a creation time it cannot read as written', async () => {
    expect(
      await docxText(await buildRecoveryKitDocx({ ...kit, createdAt: 'yesterday' })),
    ).toContain('Code created\nyesterday');
  });

  it.skipIf(!hasLibreOffice)('opens in LibreOffice as a single page', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'upward-kit-'));
    try {
      const pdf = await convertWithLibreOffice(await buildRecoveryKitDocx(kit), dir, 'kit');
      expect(pdf).not.toBeNull();
      const { stdout } = await promisify(execFile)('pdfinfo', [pdf ?? '']);
      expect(stdout).toMatch(/^Pages:\s+1$/m);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
