import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BenchRecord, type BenchSize, SIZES, registeredFigures } from './figures';
import { meets, targetOf } from './targets';

interface Options {
  json: string | null;
  sizes: BenchSize[];
  only: string[];
  profile: string | null;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: null, sizes: [...SIZES], only: [], profile: null };
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
    else if (arg === '--profile') opts.profile = resolve(value());
    else
      throw new Error(
        `Unknown option “${arg}”. Options: --json FILE, --size ${SIZES.join('|')}, --only MODULE, --profile DIR.`,
      );
  }
  if (sizes.length) opts.sizes = sizes;
  return opts;
}

const num = (n: number | undefined, digits = 2): string =>
  n === undefined ? '' : n.toFixed(digits);

/** A figure that is not a time: its value and unit. */
function valueOf(r: BenchRecord): string {
  if (r.kb !== undefined) return `${num(r.kb, 1)} KB`;
  if (r.mb !== undefined) return `${num(r.mb, 1)} MB`;
  if (r.next_frame_p95_ms !== undefined) return `frame p95 ${num(r.next_frame_p95_ms)} ms`;
  if (r.peak_mb !== undefined) return `peak ${num(r.peak_mb, 1)} MB`;
  return '';
}

/** Columns aligned right (numbers). */
const RIGHT = new Set([3, 4, 5, 8]);

/** The results as an aligned text table, each with its target and whether it is met. */
export function formatTable(records: readonly BenchRecord[]): string {
  const head = ['figure', 'size', 'impl', 'median ms', 'p95 ms', 'value', 'target', 'met', 'runs'];
  const rows = records.map((r) => {
    const t = targetOf(r, records);
    const ok = meets(r, t);
    return [
      r.figure,
      r.size,
      r.impl,
      num(r.median_ms),
      num(r.p95_ms),
      valueOf(r),
      t?.text ?? '',
      ok === null ? '' : ok ? 'yes' : 'NO',
      String(r.runs ?? ''),
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]): string =>
    `| ${cells.map((c, i) => (RIGHT.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => `${'-'.repeat(w + 1)}${RIGHT.has(i) ? ':' : '-'}`).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/**
 * Runs every registered figure module at every size, prints a table and, with
 * `--json FILE`, writes the records as a JSON array of
 * `{ figure, size, impl, median_ms, p95_ms }`, plus `kb`, `mb`, `peak_mb` or
 * `next_frame_p95_ms` for the figures that have them.
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
        if (figure.sizes && !figure.sizes.includes(size)) continue;
        out(`… ${figure.name} at ${size}`);
        const ctx = {
          size,
          tempDir: async (): Promise<string> => {
            const dir = await mkdtemp(join(tmpdir(), `upward-bench-${figure.name}-`));
            temps.push(dir);
            return dir;
          },
          ...(opts.profile ? { profileDir: opts.profile } : {}),
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
    const json = records.map(({ runs: _runs, ...record }) => record);
    await writeFile(opts.json, `${JSON.stringify(json, null, 2)}\n`);
    out(`\nWrote ${json.length} records to ${opts.json}`);
  }
}
