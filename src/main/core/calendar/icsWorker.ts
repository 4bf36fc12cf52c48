/**
 * Worker-thread entry: reads a calendar file off the main thread and posts progress, then the
 * drafts or a user-facing error. Started by `icsJob.ts`; never imported by the app itself.
 * A worker started ahead of time is first asked to warm up on a small calendar.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { readIcsBytes, type IcsImportOptions } from './icsImport';
import type { IcsWorkerReply, IcsWorkerRequest } from './icsJob';
import { warmUpCalendar } from './icsWarmup';

const port = parentPort;
if (port) {
  const onMessage = (req: IcsWorkerRequest): void => {
    if (req.type === 'warm') {
      try {
        readIcsBytes(new TextEncoder().encode(warmUpCalendar(req.now)), { now: req.now });
      } catch {
        // Warming up is only for speed; the real read reports its own errors.
      }
      port.postMessage({ type: 'warm' } satisfies IcsWorkerReply);
      return;
    }
    port.off('message', onMessage);
    const reply = (m: IcsWorkerReply): void => port.postMessage(m);
    try {
      const opts: IcsImportOptions = req.opts;
      const result = readIcsBytes(req.bytes, opts, (done, total) =>
        reply({ type: 'progress', done, total }),
      );
      reply({ type: 'done', result });
    } catch (err) {
      reply(
        err instanceof AppError
          ? { type: 'error', code: err.code, message: err.message }
          : {
              type: 'error',
              code: 'bad-file',
              message: `The calendar file could not be read (${err instanceof Error ? err.message.slice(0, 120) : 'unknown error'}).`,
            },
      );
    }
  };
  port.on('message', onMessage);
}
