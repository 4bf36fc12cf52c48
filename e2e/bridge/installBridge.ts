import type { BrowserContext, Page } from '@playwright/test';
import { listChannels } from '../../src/shared/ipc/contract';
import type { Core } from '../../src/main/core/core';

/**
 * Gives the page a `window.api` with the same shape the preload exposes, answered by
 * the real core in the test process. Exists only under e2e/.
 */
export async function installBridge(context: BrowserContext, getCore: () => Core): Promise<void> {
  await context.exposeBinding('__upwardInvoke', async (_source, channel: string, input: unknown) =>
    getCore().dispatch(channel, input),
  );
  const channels = listChannels().map((c) => c.name);
  await context.addInitScript((names: string[]) => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const w = window as unknown as {
      __upwardInvoke: (channel: string, input: unknown) => Promise<unknown>;
      __upwardEmit: (event: string, payload: unknown) => void;
      api: unknown;
    };
    const api: Record<string, unknown> = {};
    for (const name of names) {
      const [area, action] = name.split(':');
      const group = (api[area] ??= {}) as Record<string, unknown>;
      group[action] = (input?: unknown) => w.__upwardInvoke(name, input);
    }
    for (const k of Object.keys(api)) Object.freeze(api[k]);
    api.on = (name: string, listener: Listener) => {
      const key = `event:${name}`;
      const set = listeners.get(key) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(key, set);
      return () => set.delete(listener);
    };
    Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
    Object.defineProperty(window, '__upwardEmit', {
      value: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
    });
  }, channels);
}

/** Sends an event from "main" to the page. */
export async function emitToPage(page: Page, name: string, payload: unknown): Promise<void> {
  await page
    .evaluate(
      ([n, p]) =>
        (window as unknown as { __upwardEmit?: (e: string, p: unknown) => void }).__upwardEmit?.(
          n,
          p,
        ),
      [`event:${name}`, payload] as const,
    )
    .catch(() => undefined);
}
