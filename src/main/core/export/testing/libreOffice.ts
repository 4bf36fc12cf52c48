import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { access, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/local/bin/soffice',
  '/opt/homebrew/bin/soffice',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
];

/** The LibreOffice binary on this machine, or null when it is not installed. */
export async function findLibreOffice(): Promise<string | null> {
  for (const path of CANDIDATES) {
    try {
      await access(path, constants.X_OK);
      return path;
    } catch {
      // Not here; try the next place.
    }
  }
  return null;
}

const run = promisify(execFile);

/**
 * Converts a .docx to PDF with LibreOffice and returns the PDF's path, or null when
 * LibreOffice is not installed. A throwaway profile keeps runs independent of each other.
 */
export async function convertWithLibreOffice(
  bytes: Uint8Array,
  outDir: string,
  name = 'document',
): Promise<string | null> {
  const bin = await findLibreOffice();
  if (!bin) return null;
  const profile = await mkdtemp(join(tmpdir(), 'upward-lo-'));
  try {
    const input = join(outDir, `${name}.docx`);
    await writeFile(input, bytes);
    await run(
      bin,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        input,
      ],
      {
        timeout: 120_000,
      },
    );
    const pdf = join(outDir, `${name}.pdf`);
    await access(pdf);
    return pdf;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
