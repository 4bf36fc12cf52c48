import { z } from 'zod';
import { Clock, compareClocks, digest, digestText, joinClocks } from './recordClock';

/**
 * What the vault knows of one record of a shard: its version vector (`c`), when and on
 * which computer it last changed, and a digest of its content. A deleted record keeps its
 * meta as a tombstone (`del`), so the deletion reaches the other computer.
 */
export const RecordMeta = z.object({
  c: Clock,
  /** This version's own change, `computer:n` (its "dot"). */
  d: z.string().optional(),
  /** Other changes that made this same content (two computers made the same change). */
  also: z.array(z.string()).optional(),
  /** Changes within `c` this version has not seen: versions kept beside it in a conflict. */
  x: z.array(z.string()).optional(),
  at: z.number(),
  by: z.string(),
  h: z.string(),
  del: z.literal(true).optional(),
});
export type RecordMeta = z.infer<typeof RecordMeta>;

/** A version of a record made on another computer at the same time: kept until the user chooses. */
export const OtherVersion = RecordMeta.extend({ value: z.unknown() });
export type OtherVersion = z.infer<typeof OtherVersion>;

/** The sync part of a format-2 shard: the shard's own clock, each record's meta, open conflicts. */
export const SyncMeta = z.object({
  clock: Clock.default({}),
  records: z.record(z.string(), RecordMeta).default({}),
  conflicts: z.record(z.string(), z.array(OtherVersion)).default({}),
});
export type SyncMeta = z.infer<typeof SyncMeta>;

/** A shard's data with its sync meta. */
export interface SyncState<T = unknown> {
  data: T;
  meta: SyncMeta;
}

/**
 * How a shard kind merges beyond the default (lists of objects with an `id` and maps are
 * merged record by record, any other field is one record):
 * - `counters`: change counters that only have to grow (taken from the merged side, or
 *   past both when both sides brought changes);
 * - `auto`: caches the service can rebuild; two versions never reach the user, the newer wins.
 */
export interface SyncHints {
  counters?: readonly string[];
  auto?: readonly string[];
}

/** An empty sync meta (a shard written before format 2, or new). */
export function emptyMeta(): SyncMeta {
  return { clock: {}, records: {}, conflicts: {} };
}

/** How long a tombstone is kept: long enough for every computer to have seen the deletion. */
export const TOMBSTONE_KEEP_MS = 180 * 24 * 3600_000;

type Shape = 'list' | 'map' | 'value' | 'counter';

interface Split {
  fields: string[];
  shapes: Map<string, Shape>;
  records: Map<string, unknown>;
  /** Order of the ids (lists) or keys (maps) of each field. */
  orders: Map<string, string[]>;
  counters: Map<string, number>;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdList(v: unknown[]): boolean {
  const ids = new Set<string>();
  for (const x of v) {
    if (!isPlainObject(x) || typeof x.id !== 'string' || ids.has(x.id)) return false;
    ids.add(x.id);
  }
  return true;
}

function shapeOf(field: string, v: unknown, meta: SyncMeta, hints: SyncHints): Shape {
  if (hints.counters?.includes(field) && typeof v === 'number') return 'counter';
  if (Array.isArray(v))
    return isIdList(v) && !(v.length === 0 && field in meta.records) ? 'list' : 'value';
  if (isPlainObject(v)) return 'map';
  return 'value';
}

/** The key of a record: `field/id` in a list, `field:key` in a map, `field` for a plain field. */
function recordKey(field: string, shape: Shape, id?: string): string {
  if (shape === 'list') return `${field}/${id}`;
  if (shape === 'map') return `${field}:${id}`;
  return field;
}

/** The field a record key belongs to. */
export function fieldOf(key: string): string {
  const m = /[/:]/.exec(key);
  return m ? key.slice(0, m.index) : key;
}

function split(data: unknown, meta: SyncMeta, hints: SyncHints): Split {
  const out: Split = {
    fields: [],
    shapes: new Map(),
    records: new Map(),
    orders: new Map(),
    counters: new Map(),
  };
  if (!isPlainObject(data)) return out;
  for (const [field, v] of Object.entries(data)) {
    const shape = shapeOf(field, v, meta, hints);
    out.fields.push(field);
    out.shapes.set(field, shape);
    if (shape === 'counter') out.counters.set(field, v as number);
    else if (shape === 'list') {
      const ids: string[] = [];
      for (const item of v as { id: string }[]) {
        ids.push(item.id);
        out.records.set(recordKey(field, shape, item.id), item);
      }
      out.orders.set(field, ids);
    } else if (shape === 'map') {
      const keys = Object.keys(v as object);
      for (const k of keys)
        out.records.set(recordKey(field, shape, k), (v as Record<string, unknown>)[k]);
      out.orders.set(field, keys);
    } else out.records.set(field, v);
  }
  return out;
}

/**
 * Records the user's changes since the last stamp in the meta: a new or changed record
 * gets one more change by `me`, a record gone from the data becomes a tombstone. Old
 * tombstones are dropped. Returns whether any record changed.
 */
export function stamp(state: SyncState, me: string, now: number, hints: SyncHints = {}): boolean {
  const s = split(state.data, state.meta, hints);
  return stampSplit(state, s, me, now, (_key, v) => digest(v));
}

function stampSplit(
  state: SyncState,
  s: Split,
  me: string,
  now: number,
  digestOf: (key: string, value: unknown) => string,
): boolean {
  const records = state.meta.records;
  let changed = false;
  for (const [k, v] of s.records) {
    const h = digestOf(k, v);
    const m = records[k];
    if (m && m.h === h && !m.del) continue;
    records[k] = { ...successor(m, state.meta.conflicts[k] ?? [], me), at: now, by: me, h };
    changed = true;
  }
  for (const [k, m] of Object.entries(records)) {
    if (s.records.has(k) || m.del) continue;
    records[k] = {
      ...successor(m, state.meta.conflicts[k] ?? [], me),
      at: now,
      by: me,
      h: '',
      del: true,
    };
    changed = true;
  }
  compact(state.meta, now);
  return changed;
}

/**
 * The JSON text of each record of one shard as last written, with its digest. A record
 * whose text is the same as last time takes its digest from here instead of hashing the
 * text again; any other text is hashed. The digest kept is always that of the very text
 * kept beside it, so an entry that is out of date (a record changed in place, replaced, or
 * changed and changed back) can only cost a hash, never give a wrong digest.
 */
export class RecordTexts {
  private readonly byKey = new Map<string, { text: string; h: string }>();

  /** The digest of a record's JSON text (`digest(value)` for the value it was made from). */
  digestOf(key: string, text: string): string {
    const had = this.byKey.get(key);
    if (had !== undefined && had.text === text) return had.h;
    const h = digestText(text);
    this.byKey.set(key, { text, h });
    return h;
  }

  /** Forgets the records not in `keys` (deleted since). */
  keepOnly(keys: ReadonlySet<string> | ReadonlyMap<string, unknown>): void {
    for (const k of this.byKey.keys()) if (!keys.has(k)) this.byKey.delete(k);
  }

  /** How many records are remembered. */
  get size(): number {
    return this.byKey.size;
  }
}

/** An object whose JSON text is its own fields' (no `toJSON`, no class of its own). */
function isBareObject(v: unknown): v is Record<string, unknown> {
  if (!isPlainObject(v) || typeof v.toJSON === 'function') return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function isBareArray(v: unknown): v is unknown[] {
  return (
    Array.isArray(v) &&
    Object.getPrototypeOf(v) === Array.prototype &&
    typeof (v as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/**
 * `stamp` for a write: every record is serialised once, and that one JSON text both gives
 * its digest (through `texts`, so an unchanged record is not hashed again) and makes up the
 * shard's JSON. Returns whether any record changed and `dataJson`: pieces of text that,
 * joined, are exactly `JSON.stringify(state.data)` (kept apart, so the file's bytes are
 * made from them without another copy of the whole).
 */
export function stampForWrite(
  state: SyncState,
  me: string,
  now: number,
  hints: SyncHints,
  texts: RecordTexts,
): { changed: boolean; dataJson: string[] } {
  const s = split(state.data, state.meta, hints);
  const textOf = new Map<string, string>();
  const changed = stampSplit(state, s, me, now, (key, v) => {
    const text = JSON.stringify(v);
    textOf.set(key, text);
    return texts.digestOf(key, text);
  });
  texts.keepOnly(textOf);
  const data = state.data;
  if (!isBareObject(data)) return { changed, dataJson: [JSON.stringify(data)] };
  const out: string[] = ['{'];
  let first = true;
  const field = (name: string): void => {
    out.push(`${first ? '' : ','}${JSON.stringify(name)}:`);
    first = false;
  };
  for (const name of s.fields) {
    const v = data[name];
    const shape = s.shapes.get(name);
    if (shape === 'list' && isBareArray(v)) {
      field(name);
      out.push('[');
      (s.orders.get(name) ?? []).forEach((id, i) => {
        if (i) out.push(',');
        out.push(textOf.get(recordKey(name, shape, id)) ?? 'null');
      });
      out.push(']');
    } else if (shape === 'map' && isBareObject(v)) {
      field(name);
      out.push('{');
      let firstKey = true;
      for (const k of s.orders.get(name) ?? []) {
        const text = textOf.get(recordKey(name, shape, k));
        // A member without JSON (undefined) is left out, as JSON.stringify does.
        if (text === undefined) continue;
        out.push(`${firstKey ? '' : ','}${JSON.stringify(k)}:`, text);
        firstKey = false;
      }
      out.push('}');
    } else {
      const text = shape === 'value' ? textOf.get(name) : JSON.stringify(v);
      if (text === undefined) continue;
      field(name);
      out.push(text);
    }
  }
  out.push('}');
  return { changed, dataJson: out };
}

/** True when version `v` has seen the change `dot`. */
function includes(v: RecordMeta, dot: string): boolean {
  if (v.d === dot || v.also?.includes(dot)) return true;
  const at = dot.lastIndexOf(':');
  const n = Number(dot.slice(at + 1));
  return (v.c[dot.slice(0, at)] ?? 0) >= n && !(v.x ?? []).includes(dot);
}

/** True when `w` replaces `v`: it was made after seeing `v`. */
function supersedes(w: RecordMeta, v: RecordMeta): boolean {
  if (!v.d) return !!w.d || Object.keys(w.c).length > 0;
  if (w.d === v.d) return false;
  return [v.d, ...(v.also ?? [])].every((dot) => includes(w, dot));
}

/**
 * The clock of a new version made by `me` from `parents` (the version edited, or every
 * version a choice settles). Its own change gets a number new on this computer; versions
 * held beside it (`beside`) are marked unseen, so a later edit of the shown version never
 * swallows a version still waiting in a conflict.
 */
function successor(
  parent: RecordMeta | undefined,
  beside: readonly RecordMeta[],
  me: string,
  parents: readonly RecordMeta[] = parent ? [parent] : [],
): Pick<RecordMeta, 'c' | 'd' | 'x'> {
  let mine = 0;
  let c: Clock = {};
  for (const p of [...parents, ...beside]) mine = Math.max(mine, p.c[me] ?? 0);
  for (const p of parents) c = joinClocks(c, p.c);
  const n = mine + 1;
  c = joinClocks(c, { [me]: n });
  const d = `${me}:${n}`;
  const probe: RecordMeta = { c, d, at: 0, by: me, h: '' };
  const x = new Set<string>();
  for (const p of parents) for (const e of p.x ?? []) if (!parents.some((q) => q.d === e)) x.add(e);
  for (const b of beside) if (b.d && includes(probe, b.d)) x.add(b.d);
  for (const p of parents)
    for (const e of [...x])
      if (p.d === e || (includes(p, e) && !(p.x ?? []).includes(e))) x.delete(e);
  return x.size ? { c, d, x: [...x].sort() } : { c, d };
}

function compact(meta: SyncMeta, now: number): void {
  for (const [k, m] of Object.entries(meta.records))
    if (m.del && now - m.at > TOMBSTONE_KEEP_MS && !meta.conflicts[k]) delete meta.records[k];
}

interface Version {
  meta: RecordMeta;
  value: unknown;
}

function versionsOf(s: Split, meta: SyncMeta, key: string): Version[] {
  const out: Version[] = [];
  const m = meta.records[key];
  if (m) out.push({ meta: m, value: m.del ? null : (s.records.get(key) ?? null) });
  else if (s.records.has(key)) {
    // A record without meta (not stamped yet): a first version by nobody in particular.
    const value = s.records.get(key);
    out.push({ meta: { c: {}, at: 0, by: '', h: digest(value) }, value });
  }
  for (const o of meta.conflicts[key] ?? []) {
    const { value, ...rest } = o;
    out.push({ meta: rest, value: rest.del ? null : value });
  }
  return out;
}

function better(a: Version, b: Version): number {
  if (!!a.meta.del !== !!b.meta.del) return a.meta.del ? 1 : -1;
  if (a.meta.at !== b.meta.at) return b.meta.at - a.meta.at;
  return a.meta.h < b.meta.h ? 1 : a.meta.h > b.meta.h ? -1 : 0;
}

/**
 * Reduces the versions of one record to those no other version has seen: one version
 * when the changes were made one after the other, several when two computers changed it
 * at the same time. The first is the one shown; a live version is shown before a deletion.
 */
function normalise(versions: Version[]): Version[] {
  const byDigest = new Map<string, Version>();
  for (const v of versions) {
    const same = byDigest.get(v.meta.h);
    if (!same) {
      byDigest.set(v.meta.h, { meta: { ...v.meta }, value: v.value });
      continue;
    }
    // Whichever side merges, the same meta must win: order by time, then by a fixed key.
    const rank = (m: RecordMeta): string =>
      `${String(m.at).padStart(16, '0')}|${m.by}|${m.d ?? ''}`;
    const newer = rank(v.meta) > rank(same.meta) ? v.meta : same.meta;
    const a = same.meta;
    const b = v.meta;
    const x = [...new Set([...(a.x ?? []), ...(b.x ?? [])])].filter(
      (e) =>
        !(includes(a, e) && !(a.x ?? []).includes(e)) &&
        !(includes(b, e) && !(b.x ?? []).includes(e)),
    );
    const joined: RecordMeta = { ...newer, c: joinClocks(a.c, b.c) };
    if (x.length) joined.x = x.sort();
    else delete joined.x;
    // The joined version stands for both changes: a later version replaces it only having seen both.
    const dots = [...new Set([a.d, ...(a.also ?? []), b.d, ...(b.also ?? [])])].filter(
      (e): e is string => !!e && e !== joined.d,
    );
    if (dots.length) joined.also = dots.sort();
    else delete joined.also;
    same.meta = joined;
  }
  const all = [...byDigest.values()];
  const kept = all.filter((v) => !all.some((w) => w !== v && supersedes(w.meta, v.meta)));
  return kept.sort(better);
}

/** A meta with its fields in one fixed order, so equal metas compare equal however they were built. */
function canon(m: RecordMeta): unknown[] {
  return [m.c, m.d ?? null, m.also ?? [], m.x ?? [], m.at, m.by, m.h, !!m.del];
}

function fingerprintOf(s: Split, meta: SyncMeta): string {
  const records = Object.keys(meta.records)
    .sort()
    .map((k) => [k, canon(meta.records[k] as RecordMeta)]);
  const conflicts = Object.keys(meta.conflicts)
    .sort()
    .map((k) => [k, (meta.conflicts[k] ?? []).map((o) => [canon(o), digest(o.value)])]);
  const values = [...s.records.keys()].sort().map((k) => [k, digest(s.records.get(k))]);
  return digest([records, conflicts, values, [...s.orders.entries()]]);
}

/** Picks, the same way whichever side asks, the version whose list order the merge keeps. */
function primary(a: { s: Split; meta: SyncMeta }, b: { s: Split; meta: SyncMeta }): boolean {
  const order = compareClocks(a.meta.clock, b.meta.clock);
  if (order === 'after') return true;
  if (order === 'before') return false;
  const latest = (m: SyncMeta): number => Math.max(0, ...Object.values(m.records).map((r) => r.at));
  if (latest(a.meta) !== latest(b.meta)) return latest(a.meta) > latest(b.meta);
  return digest([...a.s.orders.entries()]) >= digest([...b.s.orders.entries()]);
}

/** The result of merging another version of a shard into ours. */
export interface MergeResult<T> extends SyncState<T> {
  /** The merge is exactly the other version: adopt it, nothing to write. */
  sameAsRemote: boolean;
  /** The merge is exactly ours: the other version brought nothing new. */
  sameAsLocal: boolean;
}

/**
 * Merges another version of a shard into ours, record by record: a record changed on one
 * side only takes that change, new records of both sides are kept, deletions travel as
 * tombstones, and a record changed on both sides keeps both versions (the newer shown,
 * the other waiting in `conflicts` for the user). Both computers get the same result
 * whichever merges first. `local` must be stamped.
 */
export function mergeStates<T>(
  local: SyncState<T>,
  remote: SyncState<unknown>,
  opts: { now: number; hints?: SyncHints },
): MergeResult<T> {
  const hints = opts.hints ?? {};
  const ls = split(local.data, local.meta, hints);
  const rs = split(remote.data, remote.meta, hints);
  const keys = new Set([
    ...Object.keys(local.meta.records),
    ...Object.keys(remote.meta.records),
    ...Object.keys(local.meta.conflicts),
    ...Object.keys(remote.meta.conflicts),
    ...ls.records.keys(),
    ...rs.records.keys(),
  ]);
  const meta: SyncMeta = {
    clock: joinClocks(local.meta.clock, remote.meta.clock),
    records: {},
    conflicts: {},
  };
  const values = new Map<string, unknown>();
  for (const key of [...keys].sort()) {
    const kept = normalise([
      ...versionsOf(ls, local.meta, key),
      ...versionsOf(rs, remote.meta, key),
    ]);
    const [shown, ...others] = kept;
    if (!shown) continue;
    meta.records[key] = shown.meta;
    if (!shown.meta.del) values.set(key, shown.value);
    if (others.length && !hints.auto?.includes(fieldOf(key))) {
      meta.conflicts[key] = others
        .sort((a, b) => (a.meta.h < b.meta.h ? -1 : a.meta.h > b.meta.h ? 1 : 0))
        .map((o) => ({ ...o.meta, value: o.value }));
    }
  }
  compact(meta, opts.now);

  const localFirst = primary({ s: ls, meta: local.meta }, { s: rs, meta: remote.meta });
  const [first, second] = localFirst ? [ls, rs] : [rs, ls];
  const data: Record<string, unknown> = {};
  for (const field of [...new Set([...first.fields, ...second.fields])]) {
    const shape = first.shapes.get(field) ?? second.shapes.get(field) ?? 'value';
    if (shape === 'counter') continue;
    if (shape === 'value') {
      if (values.has(field)) data[field] = values.get(field);
      else data[field] = first.records.get(field) ?? second.records.get(field);
      continue;
    }
    const ids = [
      ...new Set([...(first.orders.get(field) ?? []), ...(second.orders.get(field) ?? [])]),
    ];
    const prefix = recordKey(field, shape, '');
    for (const k of values.keys())
      if (k.startsWith(prefix) && !ids.includes(k.slice(prefix.length)))
        ids.push(k.slice(prefix.length));
    const present = ids.filter((id) => values.has(prefix + id));
    if (shape === 'list') data[field] = present.map((id) => values.get(prefix + id));
    else data[field] = Object.fromEntries(present.map((id) => [id, values.get(prefix + id)]));
  }
  const merged = split(data, meta, hints);
  const fp = fingerprintOf(merged, meta);
  const sameAsRemote = fp === fingerprintOf(rs, remote.meta);
  const sameAsLocal = fp === fingerprintOf(ls, local.meta);
  for (const [field, lv] of ls.counters) {
    const rv = rs.counters.get(field) ?? 0;
    const v = sameAsRemote ? rv : sameAsLocal ? lv : Math.max(lv, rv) + 1;
    data[field] = v;
  }
  for (const [field, rv] of rs.counters) if (!(field in data)) data[field] = rv;
  const ordered: Record<string, unknown> = {};
  for (const field of [...new Set([...ls.fields, ...rs.fields])])
    if (field in data) ordered[field] = data[field];
  const countersSame = (a: Split): boolean => [...a.counters].every(([f, v]) => ordered[f] === v);
  return {
    data: ordered as T,
    meta,
    sameAsRemote: sameAsRemote && countersSame(rs),
    sameAsLocal: sameAsLocal && countersSame(ls),
  };
}

/** One record changed on two computers at the same time: the version shown and the others. */
export interface RecordConflict {
  key: string;
  versions: { h: string; at: number; by: string; deleted: boolean; value: unknown }[];
}

/** The open conflicts of a shard. */
export function conflictsOf(state: SyncState, hints: SyncHints = {}): RecordConflict[] {
  const s = split(state.data, state.meta, hints);
  return Object.keys(state.meta.conflicts)
    .sort()
    .map((key) => ({
      key,
      versions: versionsOf(s, state.meta, key).map((v) => ({
        h: v.meta.h,
        at: v.meta.at,
        by: v.meta.by,
        deleted: !!v.meta.del,
        value: v.value,
      })),
    }));
}

/**
 * Settles a conflict with the version the user chose (by its digest): the record takes
 * that content with a clock past every version, so every computer accepts the choice.
 * Returns false when there is no such conflict or version.
 */
export function resolveConflict(
  state: SyncState,
  key: string,
  chosen: string,
  me: string,
  now: number,
  hints: SyncHints = {},
): boolean {
  if (!state.meta.conflicts[key]) return false;
  const s = split(state.data, state.meta, hints);
  const versions = versionsOf(s, state.meta, key);
  const pick = versions.find((v) => v.meta.h === chosen);
  if (!pick) return false;
  const next = successor(
    undefined,
    [],
    me,
    versions.map((v) => v.meta),
  );
  delete state.meta.conflicts[key];
  state.meta.records[key] = pick.meta.del
    ? { ...next, at: now, by: me, h: '', del: true }
    : { ...next, at: now, by: me, h: digest(pick.value) };
  setRecord(
    state.data,
    key,
    s.shapes.get(fieldOf(key)) ?? 'value',
    pick.meta.del ? null : pick.value,
  );
  return true;
}

function setRecord(data: unknown, key: string, shape: Shape, value: unknown): void {
  if (!isPlainObject(data)) return;
  const field = fieldOf(key);
  const id = key.slice(field.length + 1);
  if (shape === 'list') {
    const list = data[field] as { id: string }[];
    const at = list.findIndex((x) => x.id === id);
    if (value === null) {
      if (at >= 0) list.splice(at, 1);
    } else if (at >= 0) list[at] = value as { id: string };
    else list.push(value as { id: string });
  } else if (shape === 'map') {
    const map = data[field] as Record<string, unknown>;
    if (value === null) delete map[id];
    else map[id] = value;
  } else data[field] = value;
}
