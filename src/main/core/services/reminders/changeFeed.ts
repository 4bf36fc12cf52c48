import { events } from '../../../../shared/ipc/events';
import type { EventSink } from '../../platform/types';

/** An event sink that also lets core listen to the data changes the UI is told about. */
export interface ChangeFeed {
  /** Give this to everything in core that emits events. */
  sink: EventSink;
  /** Called with the area of every `dataChanged` event, after the UI was told. */
  onDataChanged(fn: (area: string) => void): void;
}

/**
 * Wraps the shell's event sink. Changes made outside the app's own calls (a backup restored, a
 * synced vault file replaced on disk) reach the UI as `dataChanged`; reminders re-plan on them too.
 */
export function createChangeFeed(inner: EventSink): ChangeFeed {
  const listeners: ((area: string) => void)[] = [];
  return {
    sink: {
      emit(name, payload) {
        inner.emit(name, payload);
        if (name !== 'dataChanged') return;
        const parsed = events.dataChanged.safeParse(payload);
        if (!parsed.success) return;
        for (const fn of listeners) {
          try {
            fn(parsed.data.area);
          } catch {
            // A listener failing must not keep the others (or the UI) from hearing about the change.
          }
        }
      },
    },
    onDataChanged: (fn) => void listeners.push(fn),
  };
}

/** Handlers that call `after` once each of the named ones has succeeded (for changes that emit no event). */
export function notifyAfter<H extends Record<string, (input: never) => unknown>>(
  handlers: H,
  names: readonly (keyof H)[],
  after: () => void,
): H {
  const out: Record<string, unknown> = { ...handlers };
  for (const name of names) {
    const fn = handlers[name];
    out[name as string] = async (input: never) => {
      const result = await fn(input);
      after();
      return result;
    };
  }
  return out as H;
}
