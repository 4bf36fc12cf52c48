import type { VaultFs } from '../vaultFs';
import { nodeVaultFs } from '../vaultFs';

/** An error like the ones node:fs throws, with its errno code. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected by a test`), { code });
}

/** A fault to inject: which operation, on which paths, how many times. */
export interface Fault {
  op: keyof VaultFs;
  code: string;
  /** Only paths for which this is true (all when absent). */
  match?: (path: string) => boolean;
  /** How many calls fail (forever when absent). */
  times?: number;
}

/** Operations that change the disk. */
export const WRITE_OPS: (keyof VaultFs)[] = [
  'writeDurable',
  'rename',
  'link',
  'unlink',
  'mkdir',
  'rm',
];

/**
 * The real file system with faults injected on demand, recording every call. A failing
 * `writeDurable` first writes half of the data, as a disk that fills up mid-write does.
 */
export function createFaultyFs(base: VaultFs = nodeVaultFs): {
  fs: VaultFs;
  inject(f: Fault): void;
  clear(): void;
  calls: { op: keyof VaultFs; path: string }[];
} {
  let faults: Fault[] = [];
  const calls: { op: keyof VaultFs; path: string }[] = [];
  const check = (op: keyof VaultFs, path: string): NodeJS.ErrnoException | null => {
    calls.push({ op, path });
    const f = faults.find(
      (x) => x.op === op && (!x.match || x.match(path)) && (x.times === undefined || x.times > 0),
    );
    if (!f) return null;
    if (f.times !== undefined) f.times--;
    return fsError(f.code);
  };
  const guard =
    <A extends unknown[], R>(op: keyof VaultFs, fn: (path: string, ...rest: A) => Promise<R>) =>
    async (path: string, ...rest: A): Promise<R> => {
      const err = check(op, path);
      if (err) throw err;
      return fn(path, ...rest);
    };
  const fs: VaultFs = {
    readFile: guard('readFile', (p) => base.readFile(p)),
    readHead: guard('readHead', (p, n: number) => base.readHead(p, n)),
    readRange: guard('readRange', (p, offset: number, length: number) =>
      base.readRange(p, offset, length),
    ),
    readRangeSync(path, offset, length) {
      const err = check('readRangeSync', path);
      if (err) throw err;
      return base.readRangeSync(path, offset, length);
    },
    async writeDurable(path, data) {
      const err = check('writeDurable', path);
      if (err) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : data;
        await base.writeDurable(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
        throw err;
      }
      return base.writeDurable(path, data);
    },
    rename: guard('rename', (from, to: string) => base.rename(from, to)),
    link: guard('link', (from, to: string) => base.link(from, to)),
    unlink: guard('unlink', (p) => base.unlink(p)),
    mkdir: guard('mkdir', (p) => base.mkdir(p)),
    readdir: guard('readdir', (p) => base.readdir(p)),
    stat: guard('stat', (p) => base.stat(p)),
    rm: guard('rm', (p) => base.rm(p)),
    fsyncDir: guard('fsyncDir', (p) => base.fsyncDir(p)),
    watch: (dir, onChange) => base.watch(dir, onChange),
  };
  return { fs, inject: (f) => faults.push({ ...f }), clear: () => (faults = []), calls };
}
