import { describe, it, expect } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildDocx,
  caption,
  dataTable,
  heading,
  keyValueTable,
  numberedList,
} from './docxDocument';
import { richTextToDocx } from './richTextToDocx';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';
import { sampleRichDoc } from './testing/sampleRichDoc';

const hasLibreOffice = (await findLibreOffice()) !== null;

/** The text of a PDF laid out as on the page, one line per printed line. */
async function pdfText(pdf: string): Promise<string[]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-layout', pdf, '-']);
  return stdout.split('\n').map((l) => l.trim().replace(/\s+/g, ' '));
}

describe('Word exports in LibreOffice', () => {
  it.skipIf(!hasLibreOffice)(
    'render with their tables, restarting numbered lists, nested lists, task boxes and page numbers',
    async () => {
      const bytes = await buildDocx(
        { title: '1:1 with Dana Reyes', subtitle: 'Tuesday 14 May 2026' },
        [
          keyValueTable([['Cadence', 'Every 2 weeks']]),
          heading('Before we meet', 1),
          numberedList(['Read the launch plan', 'Bring the numbers']),
          heading('Action items', 1),
          dataTable(['Action', 'Owner'], [['Send the revised plan', 'Me']]),
          caption('Open items carry over.'),
          heading('Notes', 1),
          ...richTextToDocx(sampleRichDoc, { headingOffset: 1 }),
        ],
      );
      const dir = await mkdtemp(join(tmpdir(), 'upward-docx-'));
      try {
        const pdf = await convertWithLibreOffice(bytes, dir, 'sample');
        expect(pdf).not.toBeNull();
        const lines = await pdfText(pdf ?? '');
        const at = (line: string): number => lines.findIndex((l) => l.startsWith(line));
        expect(lines).toContain('Cadence Every 2 weeks');
        expect(lines).toContain('Action Owner');
        expect(lines).toContain('Send the revised plan Me');
        // Each numbered list counts from 1 on its own.
        expect(at('1. Read the launch plan')).toBeGreaterThan(-1);
        expect(at('2. Bring the numbers')).toBeGreaterThan(-1);
        expect(at('1. Send the revised plan by Thursday')).toBeGreaterThan(
          at('2. Bring the numbers'),
        );
        expect(at('a. Draft a template')).toBeGreaterThan(
          at('1. Send the revised plan by Thursday'),
        );
        expect(at('• Customer retention')).toBeGreaterThan(-1);
        expect(at('☑ Book the room for the review')).toBeGreaterThan(-1);
        expect(at('☐ Share the retention numbers with the team')).toBeGreaterThan(-1);
        expect(lines.some((l) => /^1:1 with Dana Reyes Page 1 of \d$/.test(l))).toBe(true);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
