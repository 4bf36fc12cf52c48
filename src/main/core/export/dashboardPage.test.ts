import { afterAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDashboardDocx, statusUpdateFits } from './dashboardDocx';
import { typicalDashboard } from './testing/everyKind';
import { pdfPageCount } from './testing/docxXml';
import { convertWithLibreOffice, findLibreOffice } from './testing/libreOffice';

const hasLibreOffice = (await findLibreOffice()) !== null;
const temps: string[] = [];
afterAll(async () => {
  await Promise.all(temps.map((d) => rm(d, { recursive: true, force: true })));
});

const format = {
  formatDate: (d: string) =>
    new Date(`${d}T12:00:00Z`).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  formatWhen: () => 'Wednesday 23 September 2026, 11:00',
};

/** A dashboard whose project updates run long: `long` of them at ≈100 words. */
function crowded(long: number): ReturnType<typeof typicalDashboard> {
  const d = typicalDashboard({ longUpdate: true });
  const text = d.view.projects[0].update;
  d.view.projects = d.view.projects.map((p, i) => (i < long ? { ...p, update: text } : p));
  return d;
}

async function pages(d: ReturnType<typeof typicalDashboard>): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'upward-status-'));
  temps.push(dir);
  const pdf = await convertWithLibreOffice(
    await buildDashboardDocx(d.view, d.wins, new Map(), format),
    dir,
    'status',
  );
  return pdfPageCount(pdf ?? '');
}

describe('the status update keeps its one-page promise', () => {
  it('knows a typical dashboard fits and a crowded one does not', () => {
    const typical = typicalDashboard();
    expect(typical.view.projects).toHaveLength(5);
    expect(typical.view.metrics).toHaveLength(4);
    expect(typical.wins.wins).toHaveLength(5);
    expect(typical.view.actions.mine.length + typical.view.actions.theirs.length).toBe(8);
    expect(statusUpdateFits(typical.view, typical.wins)).toBe(true);
    expect(statusUpdateFits(crowded(3).view, crowded(3).wins)).toBe(false);
  });

  it.skipIf(!hasLibreOffice)(
    'renders a typical dashboard on one page, and the estimate never promises a page it cannot keep',
    async () => {
      expect(await pages(typicalDashboard())).toBe(1);
      for (const long of [1, 3]) {
        const d = crowded(long);
        const fits = statusUpdateFits(d.view, d.wins);
        const n = await pages(d);
        if (fits) expect(n, `${long} long updates`).toBe(1);
        if (n > 1) expect(fits, `${long} long updates`).toBe(false);
      }
    },
    240_000,
  );
});
