import {
  JournalEntry,
  type JournalDraft,
  type JournalSummary,
} from '../../../../shared/domain/journal';
import { sanitizeRichText } from '../../../../shared/domain/richtext';
import type { JournalFilter, SearchHit } from '../../../../shared/ipc/areas/journal';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import type { LeadersService } from '../leaders/leadersService';
import { exportJournalRange } from '../../export/journalRange';
import {
  createJournalCatalog,
  yieldToOthers,
  type CatalogEntry,
  type JournalCatalog,
} from './journalCatalog';
import {
  isYearPart,
  journalShard,
  periodOf,
  periodOverlaps,
  periodStart,
  sortParts,
} from './journalShard';
import { REFLECTION_PROMPTS } from './prompts';
import {
  createJournalSearchIndex,
  type IndexMatch,
  type IndexedEntry,
  type JournalSearchIndex,
} from './searchIndex';
import {
  decodeSavedIndex,
  encodeSavedIndex,
  SAVED_INDEX_EAGER_PIECES,
  SAVED_INDEX_FILE,
  type OpenedSavedIndex,
  type SavedPart,
} from './savedIndex';
import { matchRanges, snippetAround } from './searchText';

/** The journal: the `journal:*` channels, plus what other features read (wins, entries of a period). */
export interface JournalService {
  handlers: Handlers['journal'];
  /** Entry summaries newest first, filtered. */
  list(filter?: JournalFilter): Promise<JournalSummary[]>;
  /** The newest `limit` matches, reading only the parts needed; `complete` when nothing was left out. */
  listNewest(
    filter: JournalFilter,
    limit: number,
  ): Promise<{ entries: JournalSummary[]; complete: boolean }>;
  /** One full entry; throws `not-found`. */
  get(id: string): Promise<JournalEntry>;
  /** Full-text search, best first. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  /** Resolves once every part is loaded and indexed (the background work after unlock). */
  ready(): Promise<void>;
  /**
   * Saves the catalog and index for the next unlock now (with `ifChanged`, only when they
   * changed since last saved); false when they could not be saved.
   */
  saveIndex(opts?: { ifChanged?: boolean }): Promise<boolean>;
}

/** How long after unlock the journal starts loading and indexing in the background. */
const WARM_UP_DELAY_MS = 1500;

/** How many entries are indexed between two pauses while the index is built in the background. */
const INDEX_BATCH = 40;

/** The saved index is written once entries have not changed for this long (and after a rebuild). */
const SAVE_DELAY_MS = 10_000;

const NOT_FOUND =
  'This journal entry no longer exists. It may have been deleted in another window or by restoring a backup.';

/** Orders ISO dates and times (the same format on both sides) without the cost of a collator. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Newest first; same day: last edited first. */
const newestFirst = (a: JournalSummary, b: JournalSummary): number =>
  byCodeUnits(b.date, a.date) || byCodeUnits(b.updatedAt, a.updatedAt);

function matches(s: JournalSummary, f: JournalFilter): boolean {
  if (f.tag && !s.tags.includes(f.tag)) return false;
  if (f.leaderId && s.leaderId !== f.leaderId) return false;
  if (f.from && s.date < f.from) return false;
  if (f.to && s.date > f.to) return false;
  return true;
}

/**
 * What the index needs of a catalog entry; the text is read only when asked for (a saved
 * entry decodes it then). A class: its getter is shared, where an object literal with a
 * getter is built slowly, and tens of thousands are made at unlock.
 */
class CatalogIndexed implements IndexedEntry {
  constructor(private readonly c: CatalogEntry) {}
  get id(): string {
    return this.c.summary.id;
  }
  get year(): string {
    return this.c.part;
  }
  get title(): string {
    return this.c.summary.title;
  }
  get text(): string {
    return this.c.text;
  }
  get tags(): string[] {
    return this.c.summary.tags;
  }
}
const toIndexed = (c: CatalogEntry): IndexedEntry => new CatalogIndexed(c);

/** Builds the journal service: entries sharded per month, a catalog of summaries and a search index in memory. */
export function createJournalService(
  ctx: ServiceContext,
  deps: { leaders: LeadersService },
): JournalService {
  const open = (part: string) => ctx.store().open(journalShard, part);
  /** Existing parts, oldest first (see `sortParts`). */
  const parts = () => sortParts(ctx.store().parts(journalShard.kind));
  const versionOf = (part: string) => ctx.store().shardVersion?.(journalShard.kind, part) ?? null;
  const newCatalog = (): JournalCatalog => createJournalCatalog(open, parts, versionOf);
  let catalog: JournalCatalog = newCatalog();
  let index: JournalSearchIndex = createJournalSearchIndex();
  let generation = 0;
  let warming: Promise<void> = Promise.resolve();
  /** Reading the saved catalog after unlock; whole-journal reads wait for it. */
  let cataloguing: Promise<void> = Promise.resolve();
  /** Then loading the saved search index; searches wait for it. */
  let restoring: Promise<void> = Promise.resolve();
  /**
   * Entries created, changed or deleted after the saved catalog was taken and before the
   * saved index was loaded: the index is brought up to date for them once loaded. Null when
   * no saved index is being loaded.
   */
  let changedMeanwhile: Set<string> | null = null;
  /** The saved file the catalog reads its texts from (they are wiped at lock). */
  let savedFile: OpenedSavedIndex | null = null;
  /** Loading the whole saved search index (every postings block), once started. */
  let completing: Promise<void> | null = null;
  /** True when the catalog or index changed since they were last saved. */
  let unsaved = false;
  let saveTimer: unknown = null;

  /** Notes a change to save: the next unlock then finds the index as it is now. */
  function markUnsaved(): void {
    unsaved = true;
    if (saveTimer !== null) ctx.deps.timers.clearTimeout(saveTimer);
    const gen = generation;
    saveTimer = ctx.deps.timers.setTimeout(() => {
      saveTimer = null;
      if (gen === generation) void saveIndex().catch(() => undefined);
    }, SAVE_DELAY_MS);
  }

  /** What the saved file gave the catalog, for the index to be loaded next. */
  interface SavedState {
    opened: OpenedSavedIndex;
    forIndex: { year: string; source: object | null; entries: () => IndexedEntry[] }[];
  }

  /**
   * Takes the catalog saved by an earlier session on this computer: every part whose shard
   * is still the version it was made from is used as it is; the others are re-read and
   * re-indexed afterwards. Anything unreadable is simply rebuilt.
   */
  async function restoreCatalog(gen: number): Promise<SavedState | null> {
    const derived = ctx.store().derived;
    if (!derived) return null;
    // Only the catalog and the dictionary now: blocks and texts are read as they are needed.
    const pieces = await derived.readPieces(SAVED_INDEX_FILE, SAVED_INDEX_EAGER_PIECES);
    if (gen !== generation) return null;
    const opened = pieces ? decodeSavedIndex(pieces) : null;
    if (!opened) {
      unsaved = true;
      return null;
    }
    savedFile = opened;
    const existing = new Set(parts());
    if (opened.parts.length !== existing.size) unsaved = true;
    const forIndex = opened.parts.map((p) => {
      const current = p.version !== null && versionOf(p.part)?.version === p.version;
      const token = current && p.version ? catalog.adopt(p.part, p.version, p) : null;
      if (!token || !p.indexed) unsaved = true;
      return {
        year: p.part,
        source: p.indexed ? token : null,
        entries: () => (p.entries() ?? []).map(toIndexed),
      };
    });
    changedMeanwhile = new Set();
    return { opened, forIndex };
  }

  /**
   * Reads the saved search index's dictionary (its postings are read as searches need them,
   * and all of them once the first screen has been served), then catches up with what changed
   * since the catalog was taken. Letting waiting requests run first.
   */
  async function restoreIndex(gen: number, state: SavedState): Promise<void> {
    try {
      await yieldToOthers();
      if (gen !== generation) return;
      const saved = state.opened.dictionary();
      if (saved === null) throw new Error('unreadable index');
      index.restoreSaved(saved, state.forIndex);
      const existing = new Set(parts());
      for (const p of state.opened.parts) if (!existing.has(p.part)) index.forget(p.part);
      for (const id of changedMeanwhile ?? []) {
        const c = catalog.get(id);
        const token = c ? catalog.token(c.part) : undefined;
        if (c && token && index.isCurrent(c.part, token)) index.upsert(toIndexed(c));
        else index.remove(id);
      }
    } catch {
      if (gen !== generation) return;
      index = createJournalSearchIndex();
      unsaved = true;
    } finally {
      if (gen === generation) changedMeanwhile = null;
    }
  }

  /**
   * Loads the whole saved search index (every postings block), a few blocks at a time; when
   * one cannot be read, the index is rebuilt from the shards instead.
   */
  function completeIndex(): Promise<void> {
    if (!index.isPartial()) return Promise.resolve();
    const gen = generation;
    const target = index;
    // Stops at lock: nothing more of the index is decrypted once the vault is locked.
    const pause = async (): Promise<void> => {
      await yieldToOthers();
      if (gen !== generation) throw new Error('locked');
    };
    // The rest of the saved file in one read first, rather than block by block.
    const file = savedFile;
    completing ??= (file ? file.loadAll() : Promise.resolve())
      .then(() => target.loadFull(pause))
      .catch(() => {
        if (gen !== generation || index !== target) return;
        index = createJournalSearchIndex();
        unsaved = true;
      })
      .finally(() => {
        if (gen !== generation) return;
        completing = null;
        // The index holds every block now: only the texts are still read from the file.
        savedFile?.compact();
      });
    return completing;
  }

  /** Loads every part and removes the stale copy of any entry found in two parts. */
  async function loadAll(gently = false): Promise<void> {
    const gen = generation;
    const duplicates = await catalog.all({ gently, stillWanted: () => gen === generation });
    for (const d of duplicates) {
      (await open(d.stalePart)).change((data) => {
        const keep = catalog.locate(d.id);
        if (keep !== d.stalePart) data.entries = data.entries.filter((e) => e.id !== d.id);
      });
    }
  }

  /**
   * Indexes every loaded part whose shard is not indexed yet (or was reloaded). Gently:
   * a few entries at a time, letting other work run in between, so requests are never
   * held up for long while the index is built after unlock.
   */
  async function indexAll(gently = false): Promise<void> {
    const gen = generation;
    for (const [part, source] of catalog.loadedParts()) {
      if (index.isCurrent(part, source)) continue;
      if (index.isPartial()) {
        await completeIndex();
        if (gen !== generation) return;
        if (index.isCurrent(part, source)) continue;
      }
      unsaved = true;
      const ids = [...catalog.entries()].filter((c) => c.part === part).map((c) => c.summary.id);
      if (!gently) {
        index.setYear(
          part,
          source,
          ids.flatMap((id) => toIndexedById(id)),
        );
        continue;
      }
      index.beginYear(part);
      for (let i = 0; i < ids.length; i += INDEX_BATCH) {
        // Read each entry as it is now: it may have been edited or deleted meanwhile.
        index.addToYear(ids.slice(i, i + INDEX_BATCH).flatMap((id) => toIndexedById(id)));
        await yieldToOthers();
        // Locked, or a search indexed this part at once in the meantime.
        if (gen !== generation || !index.isBuilding(part)) return;
      }
      index.finishYear(part, source);
    }
  }

  const toIndexedById = (id: string): IndexedEntry[] => {
    const c = catalog.get(id);
    return c ? [toIndexed(c)] : [];
  };

  ctx.onUnlock(() => {
    const gen = generation;
    // The saved catalog at once, then the saved index; the newest part (the top of the list) too.
    const saved = restoreCatalog(gen).catch(() => null);
    // Resolves to nothing: the saved file's bytes are not kept alive by it.
    cataloguing = saved.then(() => undefined);
    // Requests that waited for the catalog (a list, "on this day") are answered first.
    restoring = saved
      .then((state) => (state ? restoreIndex(gen, state) : undefined))
      .catch(() => undefined);
    const first = cataloguing
      .then(() => {
        const newest = parts().at(-1);
        return newest ? catalog.ensure(newest) : undefined;
      })
      .then(
        () => undefined,
        () => undefined,
      );
    // Every part not saved (or changed since) once the first screen has been served.
    warming = Promise.all([restoring, first])
      .then(
        () => new Promise<void>((resolve) => ctx.deps.timers.setTimeout(resolve, WARM_UP_DELAY_MS)),
      )
      .then(async () => {
        if (gen !== generation) return;
        await completeIndex();
        if (gen !== generation) return;
        await loadAll(true);
        if (gen === generation) await indexAll(true);
        if (gen === generation && unsaved) await saveIndex();
      })
      .catch(() => undefined);
  });
  ctx.onLock(() => {
    generation++;
    if (saveTimer !== null) ctx.deps.timers.clearTimeout(saveTimer);
    saveTimer = null;
    unsaved = false;
    cataloguing = Promise.resolve();
    restoring = Promise.resolve();
    changedMeanwhile = null;
    completing = null;
    savedFile?.wipe();
    savedFile = null;
    catalog = newCatalog();
    index = createJournalSearchIndex();
  });

  /**
   * Writes the catalog and index as they are now, each part with the version of the shard
   * it stands for (none when the part has changes not yet on disk: it is re-read next time).
   */
  async function saveIndex(opts: { ifChanged?: boolean } = {}): Promise<boolean> {
    await restoring;
    if (opts.ifChanged && !unsaved) return true;
    const store = ctx.store();
    const derived = store.derived;
    if (!derived) return false;
    const gen = generation;
    await store.flush();
    if (gen !== generation) return false;
    const savedParts: SavedPart[] = catalog.snapshot().map((s) => {
      const now = versionOf(s.part);
      const version =
        s.source === null
          ? now?.version === s.version
            ? s.version
            : null
          : now && now.data === s.source
            ? now.version
            : null;
      return {
        part: s.part,
        version,
        indexed: index.isCurrent(s.part, s.token),
        entries: s.entries,
      };
    });
    const pieces = encodeSavedIndex(savedParts, index.toJSON());
    unsaved = false;
    const written = derived.writePieces(SAVED_INDEX_FILE, pieces);
    for (const p of pieces) p.fill(0);
    if (!(await written)) unsaved = true;
    return !unsaved;
  }

  /** Finds the shard holding an entry, loading every part if needed. */
  async function locate(id: string) {
    let part = catalog.locate(id);
    if (!part) {
      await cataloguing;
      await loadAll();
      part = catalog.locate(id);
    }
    if (!part) throw new AppError('not-found', NOT_FOUND);
    const h = await catalog.part(part);
    const entry = h.data.entries.find((e) => e.id === id);
    if (!entry) throw new AppError('not-found', NOT_FOUND);
    return { part, h, entry };
  }

  /** Keeps the search index in step with one saved entry, when its part is indexed (or being indexed). */
  function reindex(c: CatalogEntry): void {
    changedMeanwhile?.add(c.summary.id);
    const token = catalog.token(c.part);
    if ((token && index.isCurrent(c.part, token)) || index.isBuilding(c.part))
      index.upsert(toIndexed(c));
    markUnsaved();
  }

  async function checkLeader(leaderId: string | null | undefined): Promise<void> {
    if (leaderId) await deps.leaders.get(leaderId);
  }

  function validate(candidate: unknown): JournalEntry {
    const parsed = JournalEntry.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(
        'invalid-input',
        `This entry could not be saved: ${issue?.path.join('.') || 'a field'} ${issue?.message ?? 'is not valid'}.`,
      );
    }
    return { ...parsed.data, body: sanitizeRichText(parsed.data.body) };
  }

  async function create(draft: Partial<JournalDraft>): Promise<JournalEntry> {
    await checkLeader(draft.leaderId);
    const now = ctx.nowIso();
    const entry = validate({
      date: ctx.today(),
      ...draft,
      id: ctx.newId(),
      createdAt: now,
      updatedAt: now,
    });
    const part = periodOf(entry.date);
    const h = await catalog.part(part);
    h.change((d) => {
      d.entries.push(entry);
    });
    reindex(catalog.put(part, entry));
    return entry;
  }

  async function update(id: string, patch: Partial<JournalDraft>): Promise<JournalEntry> {
    if (patch.leaderId !== undefined) await checkLeader(patch.leaderId);
    const { part, h, entry } = await locate(id);
    const next = validate({
      ...entry,
      ...patch,
      id,
      createdAt: entry.createdAt,
      updatedAt: ctx.nowIso(),
    });
    // An entry of a year part (an older vault) always moves to its month part when saved.
    const nextPart = periodOf(next.date);
    if (nextPart === part) {
      h.change((d) => {
        d.entries = d.entries.map((e) => (e.id === id ? next : e));
      });
      reindex(catalog.put(part, next));
      return next;
    }
    // Moving to another part: write the new copy first; a crash in between leaves two copies, and the older one is dropped on the next load.
    const target = await catalog.part(nextPart);
    target.change((d) => {
      d.entries.push(next);
    });
    h.change((d) => {
      d.entries = d.entries.filter((e) => e.id !== id);
    });
    index.remove(id);
    reindex(catalog.put(nextPart, next));
    return next;
  }

  async function remove(id: string): Promise<null> {
    const { h } = await locate(id);
    h.change((d) => {
      d.entries = d.entries.filter((e) => e.id !== id);
    });
    catalog.drop(id);
    index.remove(id);
    changedMeanwhile?.add(id);
    markUnsaved();
    return null;
  }

  async function list(filter: JournalFilter = {}): Promise<JournalSummary[]> {
    const out: JournalSummary[] = [];
    if (filter.from || filter.to) {
      // A date range reads only the parts it covers (recent wins must not load ten years),
      // from the saved catalog when there is one (it is read at unlock, quicker than a shard).
      await cataloguing;
      for (const part of parts()) {
        if (!periodOverlaps(part, filter.from, filter.to)) continue;
        await catalog.ensure(part);
        for (const c of catalog.partEntries(part))
          if (matches(c.summary, filter)) out.push(c.summary);
      }
      return out.sort(newestFirst);
    }
    await cataloguing;
    await loadAll();
    for (const c of catalog.entries()) if (matches(c.summary, filter)) out.push(c.summary);
    return out.sort(newestFirst);
  }

  async function listNewest(
    filter: JournalFilter,
    limit: number,
  ): Promise<{ entries: JournalSummary[]; complete: boolean }> {
    const out: JournalSummary[] = [];
    let complete = true;
    // Newest part first: every entry of a part is newer than every entry of the parts after
    // it, except within a year that has a year part (an older vault), read first of its
    // year; the months of that year are all read before stopping.
    let openYear = '';
    for (const part of [...parts()].reverse()) {
      if (filter.to && periodStart(part) > filter.to) continue;
      if (!periodOverlaps(part, filter.from)) break;
      if (out.length >= limit && part.slice(0, 4) !== openYear) {
        complete = false;
        break;
      }
      if (isYearPart(part)) openYear = part;
      await catalog.ensure(part);
      for (const c of catalog.partEntries(part))
        if (matches(c.summary, filter)) out.push(c.summary);
    }
    out.sort(newestFirst);
    if (out.length > limit) complete = false;
    return { entries: out.slice(0, limit), complete };
  }

  async function search(query: string, limit = 50): Promise<SearchHit[]> {
    await restoring;
    // The saved index read in pieces answers as it is, unless entries changed since.
    if (index.needsFull()) await completeIndex();
    await loadAll();
    await indexAll();
    if (unsaved && saveTimer === null) markUnsaved();
    let matches: IndexMatch[];
    try {
      matches = index.search(query, limit);
    } catch (err) {
      // A postings block of the saved index that cannot be read: the index is rebuilt.
      if (!index.isPartial()) throw err;
      index = createJournalSearchIndex();
      unsaved = true;
      await indexAll();
      matches = index.search(query, limit);
    }
    const hits: SearchHit[] = [];
    for (const m of matches) {
      const c = catalog.get(m.id);
      if (!c) continue;
      const { snippet, ranges } = snippetAround(c.text, m.terms);
      hits.push({
        entry: c.summary,
        score: m.score,
        titleRanges: matchRanges(c.summary.title, m.terms),
        snippet,
        snippetRanges: ranges,
      });
    }
    return hits;
  }

  async function tags(): Promise<{ tag: string; count: number }[]> {
    await cataloguing;
    await loadAll();
    const counts = new Map<string, number>();
    for (const c of catalog.entries())
      for (const t of c.summary.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
    return [...counts]
      .map(([tag, count]) => ({ tag, count }))
      .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  }

  /** Entries of this day in earlier years: reads only that month of each year (and older year parts). */
  async function onThisDay(date: string = ctx.today()): Promise<JournalSummary[]> {
    const monthDay = date.slice(5);
    const year = date.slice(0, 4);
    const month = date.slice(5, 7);
    const out: JournalSummary[] = [];
    // With a saved catalog every part is at hand (the index need not be loaded); without, only
    // these few shards are read.
    await cataloguing;
    for (const part of parts()) {
      if (part.slice(0, 4) >= year) continue;
      if (!isYearPart(part) && part.slice(5, 7) !== month) continue;
      await catalog.ensure(part);
      for (const c of catalog.partEntries(part))
        if (c.summary.date.slice(5) === monthDay && c.summary.date.slice(0, 4) < year)
          out.push(c.summary);
    }
    return out.sort(newestFirst);
  }

  async function exportRange(
    filter: JournalFilter,
  ): Promise<{ path: string | null; count: number }> {
    const chosen = (await list(filter)).reverse();
    if (chosen.length === 0)
      throw new AppError(
        'not-found',
        'No entries match this range, so there is nothing to export.',
      );
    const entries: JournalEntry[] = [];
    for (const s of chosen) entries.push((await locate(s.id)).entry);
    const saved = await exportJournalRange(ctx, entries, {
      filter,
      leaderNames: await deps.leaders.names(),
    });
    return { path: saved.path, count: entries.length };
  }

  async function get(id: string): Promise<JournalEntry> {
    return (await locate(id)).entry;
  }

  const handlers: Handlers['journal'] = {
    list: async ({ limit, ...filter }) =>
      limit ? listNewest(filter, limit) : { entries: await list(filter), complete: true },
    get: ({ id }) => get(id),
    create,
    update: ({ id, patch }) => update(id, patch),
    delete: ({ id }) => remove(id),
    tags,
    onThisDay: ({ date }) => onThisDay(date),
    search: async ({ query, limit }) => ({ hits: await search(query, limit) }),
    prompts: () => [...REFLECTION_PROMPTS],
    exportRange,
  };

  return { handlers, list, listNewest, get, search, ready: () => warming, saveIndex };
}
