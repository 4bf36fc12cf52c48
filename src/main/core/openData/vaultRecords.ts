import type { ShardDef, VaultStore } from '../vault/store';
import { actionsShard } from '../services/actions/actionsShard';
import { dashboardShard } from '../services/dashboard/dashboardShard';
import { goodwillShard, ledgerShard } from '../services/goodwill/goodwillShard';
import { journalShard } from '../services/journal/journalShard';
import { leadersShard } from '../services/leaders/leadersShard';
import { meetingsShard, seriesShard } from '../services/meetings/meetingsShard';

/**
 * Every kind of record the vault holds, by the file name it has in an open export.
 * A kind split into parts (journal months, meeting and ledger years) keeps its parts.
 */
export const RECORD_KINDS: { file: string; def: ShardDef<unknown>; parted: boolean }[] = [
  { file: 'leaders', def: leadersShard as ShardDef<unknown>, parted: false },
  { file: 'journal', def: journalShard as ShardDef<unknown>, parted: true },
  { file: 'series', def: seriesShard as ShardDef<unknown>, parted: false },
  { file: 'meetings', def: meetingsShard as ShardDef<unknown>, parted: true },
  { file: 'actions', def: actionsShard as ShardDef<unknown>, parted: false },
  { file: 'ledger', def: ledgerShard as ShardDef<unknown>, parted: true },
  { file: 'goodwill', def: goodwillShard as ShardDef<unknown>, parted: false },
  { file: 'dashboard', def: dashboardShard as ShardDef<unknown>, parted: false },
];

/** The records of one kind: the shard schema's version and the data of each part. */
export interface KindRecords {
  file: string;
  kind: string;
  schemaVersion: number;
  parts: { part: string | null; data: unknown }[];
}

/** Reads every record of the vault, part by part, as plain data. */
export async function readAllRecords(store: VaultStore): Promise<KindRecords[]> {
  const out: KindRecords[] = [];
  for (const { file, def, parted } of RECORD_KINDS) {
    const names = parted ? store.parts(def.kind) : [null];
    const parts: KindRecords['parts'] = [];
    for (const part of names) {
      const handle = await store.open(def, part ?? undefined);
      parts.push({ part, data: structuredClone(handle.data) });
    }
    out.push({ file, kind: def.kind, schemaVersion: def.version, parts });
  }
  return out;
}

/** Counts the records a vault holds that a user made (defaults such as the standard template do not count). */
export function countUserRecords(records: KindRecords[]): number {
  let n = 0;
  for (const k of records) {
    for (const { data } of k.parts) {
      const d = data as Record<string, unknown>;
      for (const key of [
        'leaders',
        'entries',
        'series',
        'meetings',
        'items',
        'projects',
        'metrics',
      ]) {
        const v = d[key];
        if (Array.isArray(v)) n += v.length;
      }
    }
  }
  return n;
}
