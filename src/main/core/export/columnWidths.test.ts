import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { ACTION_COLUMNS } from './agendaDocx';
import { STATUS_UPDATE_COLUMNS } from './dashboardDocx';
import { buildDocx, dataTable, heading } from './docxDocument';
import { FOLLOW_UP_COLUMNS } from './followUpDocx';
import { pdfWordBoxes } from './testing/docxXml';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';

const hasLibreOffice = (await findLibreOffice()) !== null;
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

// The longest date the long format writes, and owners as long as real names run.
const DATE = '30 September 2026';
const OWNERS = ['Alexandra Kim', 'Priya Okonkwo', 'Dana Reyes'];
const ACTION = 'Send the revised launch plan with the budget numbers to finance';

/** The three tables that hold an owner and a due date: agenda, follow-up, status update. */
async function tables(): Promise<Uint8Array> {
  const rows = OWNERS.map((owner) => [ACTION, owner, DATE, 'Overdue']);
  return buildDocx({ title: 'Widths' }, [
    heading('Agenda', 1),
    dataTable(['Action item', 'Owner', 'Due', 'Status'], rows, { columnWidths: ACTION_COLUMNS }),
    heading('Follow-up', 1),
    dataTable(
      ['Action item', 'Owner', 'Due'],
      rows.map((r) => r.slice(0, 3)),
      { columnWidths: FOLLOW_UP_COLUMNS },
    ),
    heading('Status update', 1),
    dataTable(['Action', 'Who', 'Due', 'Status'], rows, {
      columnWidths: STATUS_UPDATE_COLUMNS.commitments,
      compact: true,
    }),
  ]);
}

/** The same document with every Arial swapped for another font, as a reader without Arial sees it. */
async function inFont(bytes: Uint8Array, font: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const name of ['word/document.xml', 'word/styles.xml']) {
    const xml = await zip.file(name)?.async('string');
    if (xml) zip.file(name, xml.replaceAll('"Arial"', `"${font}"`));
  }
  return zip.generateAsync({ type: 'uint8array' });
}

describe.skipIf(!hasLibreOffice)('owner and due date columns', () => {
  it.each(['Arial', 'Carlito', 'DejaVu Sans'])(
    'keep a long date and an owner on one line at 10.5 pt in %s',
    async (font) => {
      const dir = await mkdtemp(join(tmpdir(), 'upward-widths-'));
      temps.push(dir);
      const pdf = await convertWithLibreOffice(await inFont(await tables(), font), dir, 'widths');
      const words = await pdfWordBoxes(pdf ?? '');
      const lineOf = (first: string, rest: readonly string[]): void => {
        const starts = words.filter((w) => w.text === first);
        expect(starts.length, first).toBeGreaterThan(0);
        for (const start of starts) {
          const i = words.indexOf(start);
          rest.forEach((word, k) => {
            const w = words[i + 1 + k];
            expect(w?.text, `${first} … ${word} in ${font}`).toBe(word);
            expect(
              Math.abs((w?.yMin ?? 0) - start.yMin),
              `${first} ${word} in ${font}`,
            ).toBeLessThan(1);
          });
        }
      };
      lineOf('30', ['September', '2026']);
      for (const owner of OWNERS) {
        const [first, ...rest] = owner.split(' ');
        lineOf(first, rest);
      }
      expect(words.filter((w) => w.text === 'Overdue')).toHaveLength(6);
    },
    60_000,
  );
});
