import type { z } from 'zod';

/** One IPC channel: the schema its input must fit and the schema of what it answers. */
export interface Channel<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}

/** Declares a channel; a helper so each area's contract reads as a plain table. */
export function channel<I extends z.ZodType, O extends z.ZodType>(
  input: I,
  output: O,
): Channel<I, O> {
  return { input, output };
}

/** A group of channels belonging to one feature area. */
export type AreaContract = Record<string, Channel>;
