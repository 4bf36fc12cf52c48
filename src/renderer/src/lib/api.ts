import { useCallback, useEffect, useRef, useState } from 'react';
import type { Api } from '../../../shared/ipc/api';
import type { ApiError, ApiResult } from '../../../shared/ipc/result';

/** A failed call: `code` says what kind, `message` is ready to show. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly details: ApiError['details'];
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.details = error.details;
  }
}

type Unwrapped<F> = F extends (...args: infer A) => Promise<ApiResult<infer T>>
  ? (...args: A) => Promise<T>
  : never;
type UnwrappedApi = {
  [A in Exclude<keyof Api, 'on'>]: { [K in keyof Api[A]]: Unwrapped<Api[A][K]> };
};

function unwrap(raw: Api): UnwrappedApi {
  const out: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [area, actions] of Object.entries(raw)) {
    if (typeof actions !== 'object' || actions === null) continue;
    out[area] = {};
    for (const [action, fn] of Object.entries(
      actions as Record<string, (i?: unknown) => Promise<ApiResult<unknown>>>,
    )) {
      out[area][action] = async (input?: unknown) => {
        const r = await fn(input);
        if (r.ok) return r.value;
        throw new ApiCallError(r.error);
      };
    }
  }
  return out as unknown as UnwrappedApi;
}

/** `window.api` with each call resolving to its value or throwing an ApiCallError. */
export const api: UnwrappedApi = unwrap(window.api);

/** Subscribes to an event from main. */
export const onEvent: Api['on'] = (name, listener) => window.api.on(name, listener);

/** The message to show for anything a call threw. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  return 'Something went wrong. Nothing was lost; please try again.';
}

/**
 * Loads data from main, and loads it again when main says one of `areas` changed. With
 * `initial` (data already in hand), the first load is skipped: loading starts when `deps` change.
 */
export function useApiData<T>(
  load: () => Promise<T>,
  deps: unknown[],
  opts: { areas?: string[]; initial?: T } = {},
): { data: T | undefined; error: string | null; loading: boolean; reload: () => void } {
  const [data, setData] = useState<T | undefined>(opts.initial);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(opts.initial === undefined);
  const skipFirst = useRef(opts.initial !== undefined);
  const loadRef = useRef(load);
  loadRef.current = load;
  const seq = useRef(0);
  const reload = useCallback(() => {
    const mine = ++seq.current;
    setLoading(true);
    loadRef.current().then(
      (v) => {
        if (mine !== seq.current) return;
        setData(v);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (mine !== seq.current) return;
        setError(errorMessage(e));
        setLoading(false);
      },
    );
  }, []);
  useEffect(() => {
    if (skipFirst.current) skipFirst.current = false;
    else reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  const areas = opts.areas?.join(',') ?? '';
  useEffect(() => {
    if (!areas) return;
    const wanted = areas.split(',');
    return onEvent('dataChanged', ({ area }) => {
      if (wanted.includes(area) || area === '*') reload();
    });
  }, [areas, reload]);
  return { data, error, loading, reload };
}
