import type { ApiResult } from './result';
import type { Contract, InputOf, OutputOf } from './contract';
import type { EventName, EventPayload } from './events';

/** Every channel as a function answering an envelope; undefined inputs may be omitted. */
export type ApiArea<A extends Record<string, unknown>> = {
  [K in keyof A]: undefined extends InputOf<A[K]>
    ? (input?: InputOf<A[K]>) => Promise<ApiResult<OutputOf<A[K]>>>
    : (input: InputOf<A[K]>) => Promise<ApiResult<OutputOf<A[K]>>>;
};

/** The object the preload exposes as `window.api`. */
export type Api = { [A in keyof Contract]: ApiArea<Contract[A]> } & {
  /** Subscribes to an event from main; returns the function that unsubscribes. */
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Builds the `window.api` object from the contract and a transport (used by the preload and the test bridge). */
export function buildApi(
  contract: Record<string, Record<string, unknown>>,
  invoke: (channel: string, input: unknown) => Promise<unknown>,
  subscribe: (event: string, listener: (payload: unknown) => void) => () => void,
): Api {
  const api: Record<string, unknown> = {};
  for (const [area, actions] of Object.entries(contract)) {
    const fns: Record<string, (input?: unknown) => Promise<unknown>> = {};
    for (const action of Object.keys(actions)) {
      const name = `${area}:${action}`;
      fns[action] = (input?: unknown) => invoke(name, input);
    }
    api[area] = Object.freeze(fns);
  }
  api.on = (name: string, listener: (payload: unknown) => void) =>
    subscribe(`event:${name}`, listener);
  return Object.freeze(api) as unknown as Api;
}
