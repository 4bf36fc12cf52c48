import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * A version vector: how many changes each computer made. Two versions are ordered when
 * one has seen every change of the other; otherwise they were made on two computers at
 * the same time (concurrent).
 */
export const Clock = z.record(z.string(), z.number().int().min(0));
export type Clock = z.infer<typeof Clock>;

/** How two clocks relate. */
export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** Compares two version vectors. */
export function compareClocks(a: Clock, b: Clock): Order {
  let less = false;
  let more = false;
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[k] ?? 0;
    const y = b[k] ?? 0;
    if (x < y) less = true;
    else if (x > y) more = true;
  }
  if (less && more) return 'concurrent';
  if (less) return 'before';
  if (more) return 'after';
  return 'equal';
}

/** The smallest clock that has seen both. */
export function joinClocks(a: Clock, b: Clock): Clock {
  const out: Clock = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = Math.max(out[k] ?? 0, v);
  return sortClock(out);
}

/** The clock after one more change by `me`. */
export function tick(c: Clock, me: string): Clock {
  return sortClock({ ...c, [me]: (c[me] ?? 0) + 1 });
}

/** The same clock with its computers in a fixed order, so equal clocks serialise equally. */
export function sortClock(c: Clock): Clock {
  const out: Clock = {};
  for (const k of Object.keys(c).sort()) if ((c[k] ?? 0) > 0) out[k] = c[k] as number;
  return out;
}

/** Sum of all changes: the record's revision number as shown to the user. */
export function revisionOf(c: Clock): number {
  return Object.values(c).reduce((n, v) => n + v, 0);
}

/** A short digest of a JSON value; tells two contents apart without comparing them. */
export function digest(value: unknown): string {
  return digestText(JSON.stringify(value));
}

/** `digest` of a value from its JSON text. */
export function digestText(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}
