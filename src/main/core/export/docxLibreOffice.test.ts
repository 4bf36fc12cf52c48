import { describe, it, expect } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
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
import { docxTableRows, pdfPageCount, pdfWords } from './testing/docxXml';

const hasLibreOffice = (await findLibreOffice()) !== null;

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
        // The render proves the file opens and lays out; what it says is read from the document,
        // by table cell and by paragraph, so no assertion depends on fonts or line breaks.
        const pdf = await convertWithLibreOffice(bytes, dir, 'sample');
        expect(pdf).not.toBeNull();
        expect(await pdfPageCount(pdf ?? '')).toBeGreaterThanOrEqual(1);
        const rows = await docxTableRows(bytes);
        expect(rows).toContainEqual(['Cadence', 'Every 2 weeks']);
        expect(rows).toContainEqual(['Action', 'Owner']);
        expect(rows).toContainEqual(['Send the revised plan', 'Me']);
        const words = await pdfWords(pdf ?? '');
        // LibreOffice numbers each list on its own and letters the nested level.
        for (const line of [
          '1. Read the launch plan',
          '2. Bring the numbers',
          '1. Send the revised plan by Thursday',
          'a. Draft a template',
          '• Customer retention',
          '☑ Book the room for the review',
          '☐ Share the retention',
        ])
          expect(words, line).toContain(line);
        expect(words.indexOf('1. Send the revised plan by Thursday')).toBeGreaterThan(
          words.indexOf('2. Bring the numbers'),
        );
        expect(words).toMatch(/1:1 with Dana Reyes Page 1 of \d/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
