/**
 * `npm run bench [-- --json FILE] [--size 1-month|10-years|30-years] [--only MODULE] [--profile DIR]`
 *
 * Each module below registers its figures when imported; to add figures, write a
 * module under bench/ that calls `registerFigure` and add one import line here.
 */
import { runBench } from './lib/runner';
import './vault';
import './search';
import './journalOpen';
import './dashboard';
import './icsImport';
import './paletteSearch';
import './coldStart';
import './memory';
import './typing';

runBench(process.argv.slice(2)).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
