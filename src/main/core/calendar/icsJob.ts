import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../../shared/ipc/result';
import { AppError } from '../errors';
import type { IcsImportOptions, IcsReadResult } from './icsImport';

/** What the app sends the calendar worker. */
export interface IcsWorkerRequest {
  bytes: Uint8Array;
  opts: IcsImportOptions;
}

/** What the calendar worker answers: progress, then the result or an error. */
export type IcsWorkerReply =
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
    const worker = startWorker(hooks.workerPath);
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
    const request: IcsWorkerRequest = { bytes, opts };
    worker.postMessage(request);
  });
}
