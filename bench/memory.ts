/**
 * Figure `memory` (field `mb`): impl `main` is the core's JS heap after a forced garbage
 * collection, unlocked with every screen's data loaded and one search done; impl
 * `renderer` is the page's JS heap after visiting every screen. `main` counts what the core
 * added to the heap of the process it runs in, with the buffers it holds outside the heap
 * (the journal's saved texts stay as bytes until shown); `main-process` is that whole heap. Measured in a process of
 * its own (bench/lib/memoryChild.ts) so that the bench's own data is not counted.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { type BenchRecord, registerFigure } from './lib/figures';

const CHILD = resolve(import.meta.dirname, 'lib', 'memoryChild.ts');
const Result = z.object({ main: z.number(), process: z.number(), renderer: z.number() });

registerFigure({
  name: 'memory',
  sizes: ['10-years'],
  async run(ctx): Promise<BenchRecord[]> {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', CHILD, ctx.size],
      { maxBuffer: 1024 * 1024, timeout: 15 * 60_000 },
    );
    const r = Result.parse(JSON.parse(stdout.trim().split('\n').at(-1) ?? ''));
    const round = (mb: number): number => Math.round(mb * 10) / 10;
    return [
      { figure: 'memory', size: ctx.size, impl: 'main', mb: round(r.main), runs: 1 },
      { figure: 'memory', size: ctx.size, impl: 'renderer', mb: round(r.renderer), runs: 1 },
      // The whole process: Node and the Playwright client besides the core (no target).
      { figure: 'memory', size: ctx.size, impl: 'main-process', mb: round(r.process), runs: 1 },
    ];
  },
});
