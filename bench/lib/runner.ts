import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchRecord, type BenchSize, SIZES, registeredFigures } from './figures';

interface Options {
  json: string | null;
  sizes: BenchSize[];
  only: string[];
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: null, sizes: [...SIZES], only: [] };
  const sizes: BenchSize[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value.`);
      return v;
    };
    if (arg === '--json') opts.json = resolve(value());
    else if (arg === '--size') {
      const s = value();
      if (!(SIZES as readonly string[]).includes(s))
        throw new Error(`Unknown size “${s}”; use ${SIZES.join(' or ')}.`);
      sizes.push(s as BenchSize);
    } else if (arg === '--only') opts.only.push(value());
    else
      throw new Error(
        `Unknown option “${arg}”. Options: --json FILE, --size ${SIZES.join('|')}, --only MODULE.`,
      );
  }
  if (sizes.length) opts.sizes = sizes;
  return opts;
}

/** The results as an aligned text table. */
export function formatTable(records: readonly BenchRecord[]): string {
  const head = ['figure', 'size', 'impl', 'median ms', 'p95 ms', 'peak MB', 'runs'];
  const rows = records.map((r) => [
    r.figure,
    r.size,
    r.impl,
    r.median_ms.toFixed(2),
    r.p95_ms.toFixed(2),
    r.peak_mb === undefined ? '' : r.peak_mb.toFixed(1),
    String(r.runs ?? ''),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (i >= 3 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => `${i >= 3 ? '-'.repeat(w + 1) : '-'.repeat(w + 1)}${i >= 3 ? ':' : '-'}`).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Runs every registered figure module at every size, prints a table and, with
 * `--json FILE`, writes the records as a JSON array of
 * `{ figure, size, impl, median_ms, p95_ms }` (plus `peak_mb` where a figure records it).
 */
export async function runBench(argv: string[]): Promise<void> {
  const opts = parseArgs(argv);
  const temps: string[] = [];
  const records: BenchRecord[] = [];
  const out = (s: string): boolean => process.stdout.write(`${s}\n`);
  const modules = registeredFigures().filter(
    (f) => !opts.only.length || opts.only.includes(f.name),
  );
  try {
    for (const size of opts.sizes) {
      for (const figure of modules) {
        out(`… ${figure.name} at ${size}`);
        const ctx = {
          size,
          tempDir: async (): Promise<string> => {
            const dir = await mkdtemp(join(tmpdir(), `upward-bench-${figure.name}-`));
            temps.push(dir);
            return dir;
          },
        };
        records.push(...(await figure.run(ctx)));
      }
    }
  } finally {
    for (const dir of temps) await rm(dir, { recursive: true, force: true });
  }
  out('');
  out(formatTable(records));
  const notes = modules.flatMap((f) => f.notes?.(records) ?? []);
  if (notes.length) out(`\n${notes.join('\n')}`);
  if (opts.json) {
    const json = records.map(({ figure, size, impl, median_ms, p95_ms, peak_mb }) => ({
      figure,
      size,
      impl,
      median_ms,
      p95_ms,
      ...(peak_mb === undefined ? {} : { peak_mb }),
    }));
    await writeFile(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    out(`\nWrote ${json.length} records to ${opts.json}`);
  }
}
