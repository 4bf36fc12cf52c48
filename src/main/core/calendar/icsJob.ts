import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/ipc/result';
import { AppError } from '../errors';
import type { IcsImportOptions, IcsReadResult } from './icsImport';

/** What the app sends the calendar worker: a file to read, or (ahead of one) a warm-up. */
export type IcsWorkerRequest =
  { type: 'read'; bytes: Uint8Array; opts: IcsImportOptions } | { type: 'warm'; now: number };

/** What the calendar worker answers: progress, then the result or an error. */
export type IcsWorkerReply =
  | { type: 'warm' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: IcsReadResult }
  | { type: 'error'; code: ErrorCode; message: string };

/** How to reach a running read: its progress and a way to stop it. */
export interface IcsJobHooks {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /**
   * The built worker script (the Electron shell passes `out/main/icsWorker.js`). Without it the
   * TypeScript source beside this file runs through tsx, as in tests, the bench and the e2e bridge.
   */
  workerPath?: string;
}

function startWorker(workerPath: string | undefined): Worker {
  if (workerPath) return new Worker(workerPath);
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return new Worker(join(dirname(here), 'icsWorker.js'));
  const entry = pathToFileURL(join(dirname(here), 'icsWorker.ts')).href;
  // From source: register tsx in the worker, then load the entry, so no build step is needed.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true });
}

/** A worker started ahead of a read, warming up while the user chooses a file. */
let spare: { worker: Worker; workerPath: string | undefined; warm: Promise<void> } | null = null;

/**
 * Starts a calendar worker and lets it warm up on a small calendar, so the read that follows
 * (typically once the user has chosen a file) pays neither the start nor cold code. At most one
 * waits; it never keeps the process alive. Resolves once it is warm (or has stopped).
 */
export function prepareIcsWorker(workerPath?: string, now = Date.now()): Promise<void> {
  if (spare && spare.workerPath === workerPath) return spare.warm;
  releaseIcsWorker();
  const worker = startWorker(workerPath);
  worker.unref();
  // A spare that fails is simply not used.
  worker.on('error', () => {
    if (spare?.worker === worker) spare = null;
  });
  worker.on('exit', () => {
    if (spare?.worker === worker) spare = null;
  });
  const warm = new Promise<void>((resolve) => {
    worker.on('message', (m: IcsWorkerReply) => m.type === 'warm' && resolve());
    worker.on('exit', () => resolve());
  });
  const request: IcsWorkerRequest = { type: 'warm', now };
  worker.postMessage(request);
  spare = { worker, workerPath, warm };
  return warm;
}

/** Stops the worker started ahead, if no read has taken it (e.g. the user chose no file). */
export function releaseIcsWorker(): void {
  const s = spare;
  spare = null;
  if (s) void s.worker.terminate();
}

function takeWorker(workerPath: string | undefined): Worker {
  const s = spare;
  if (s && s.workerPath === workerPath) {
    spare = null;
    s.worker.removeAllListeners();
    s.worker.ref();
    return s.worker;
  }
  return startWorker(workerPath);
}

/**
 * Reads a calendar file in a worker thread, so a big file never blocks the main process:
 * progress comes through `onProgress`; aborting `signal` stops the worker at once and rejects
 * with AppError('cancelled').
 */
export function readIcsInWorker(
  bytes: Uint8Array,
  opts: IcsImportOptions,
  hooks: IcsJobHooks = {},
): Promise<IcsReadResult> {
  return new Promise((resolve, reject) => {
    if (hooks.signal?.aborted) {
      reject(new AppError('cancelled', 'The import was cancelled; nothing was imported.'));
      return;
    }
    const worker = takeWorker(hooks.workerPath);
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      hooks.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = (): void =>
      finish(() =>
        reject(new AppError('cancelled', 'The import was cancelled; nothing was imported.')),
      );
    hooks.signal?.addEventListener('abort', onAbort);
    worker.on('message', (m: IcsWorkerReply) => {
      // A worker taken while still warming up says so first; that is not an answer.
      if (m.type === 'warm') return;
      if (m.type === 'progress') hooks.onProgress?.(m.done, m.total);
      else if (m.type === 'done') finish(() => resolve(m.result));
      else finish(() => reject(new AppError(m.code, m.message)));
    });
    worker.on('error', (err) =>
      finish(() =>
        reject(new AppError('internal', `The calendar file could not be read: ${err.message}`)),
      ),
    );
    worker.on('exit', (code) =>
      finish(() =>
        reject(
          new AppError('internal', `The calendar reader stopped unexpectedly (code ${code}).`),
        ),
      ),
    );
    const request: IcsWorkerRequest = { type: 'read', bytes, opts };
    worker.postMessage(request);
  });
}
