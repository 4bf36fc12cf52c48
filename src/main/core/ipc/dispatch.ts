import type { z } from 'zod';
import type { AreaContract } from '../../../shared/ipc/channel';
import {
  contract,
  type Contract,
  type OutputOf,
  type ParsedInputOf,
} from '../../../shared/ipc/contract';
import type { ApiResult } from '../../../shared/ipc/result';
import { AppError, toApiError } from '../errors';

/** The functions core provides for every channel of the contract. */
export type Handlers = {
  [A in keyof Contract]: {
    [K in keyof Contract[A]]: (
      input: ParsedInputOf<Contract[A][K]>,
    ) =>
      | Promise<z.input<Contract[A][K] extends { output: infer O extends z.ZodType } ? O : never>>
      | OutputOf<Contract[A][K]>;
  };
};

/** Calls one channel by wire name with an untrusted payload. */
export type Dispatch = (channel: string, payload: unknown) => Promise<ApiResult<unknown>>;

/** Describes why a payload did not fit, in words. */
function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request did not have the expected shape.';
  const where = first.path.length ? ` (${first.path.join('.')})` : '';
  return `The request did not have the expected shape${where}: ${first.message}`;
}

/**
 * Builds the one generic dispatcher: looks up the channel, parses the input with its
 * schema, runs the handler, and maps anything thrown to a typed `{ code, message }`.
 * Output is validated too when `checkOutput` is on (tests and development).
 */
export function createDispatch(handlers: Handlers, opts: { checkOutput?: boolean } = {}): Dispatch {
  const table = new Map<
    string,
    { schema: AreaContract[string]; fn: (input: unknown) => unknown }
  >();
  for (const [area, actions] of Object.entries(contract as Record<string, AreaContract>)) {
    const areaHandlers = (
      handlers as unknown as Record<string, Record<string, (input: unknown) => unknown>>
    )[area];
    for (const [action, schema] of Object.entries(actions)) {
      const fn = areaHandlers?.[action];
      if (typeof fn !== 'function') throw new Error(`No handler for channel ${area}:${action}`);
      const name = `${area}:${action}`;
      if (table.has(name)) throw new Error(`Duplicate channel ${name}`);
      table.set(name, { schema, fn });
    }
  }
  return async (channel, payload) => {
    const entry = table.get(channel);
    if (!entry)
      return {
        ok: false,
        error: {
          code: 'invalid-input',
          message: `Unknown request "${String(channel).slice(0, 80)}".`,
        },
      };
    try {
      // Parsed inside the try: a hostile payload (a nesting deep enough to overflow the
      // stack) must come back as a typed error like any other bad input.
      let parsed: ReturnType<typeof entry.schema.input.safeParse>;
      try {
        parsed = entry.schema.input.safeParse(payload);
      } catch {
        throw new AppError('invalid-input', 'The request was too large or too deeply nested.');
      }
      if (!parsed.success)
        return {
          ok: false,
          error: { code: 'invalid-input', message: describeIssues(parsed.error) },
        };
      const value = await entry.fn(parsed.data);
      if (opts.checkOutput) {
        const out = entry.schema.output.safeParse(value);
        if (!out.success)
          throw new AppError(
            'internal',
            `Answer of ${channel} did not fit its schema: ${describeIssues(out.error)}`,
          );
        return { ok: true, value: out.data };
      }
      return { ok: true, value };
    } catch (err) {
      return { ok: false, error: toApiError(err) };
    }
  };
}
