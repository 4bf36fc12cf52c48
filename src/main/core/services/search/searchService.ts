import type { Handlers } from '../../ipc/dispatch';
import type { ContentHit, SearchKind } from '../../../../shared/ipc/areas/search';
import { SearchKind as Kinds } from '../../../../shared/ipc/areas/search';
import type { SearchHit } from '../../../../shared/ipc/areas/journal';
import type { ServiceContext } from '../context';
import { actionsShard } from '../actions/actionsShard';
import { dashboardShard } from '../dashboard/dashboardShard';
import { goodwillShard, ledgerShard } from '../goodwill/goodwillShard';
import { leadersShard } from '../leaders/leadersShard';
import { meetingsShard, seriesShard } from '../meetings/meetingsShard';
import { matchRanges, snippetAround } from '../journal/searchText';
import { yieldToOthers } from '../journal/journalCatalog';
import { createContentIndex, type ContentMatch, type ContentSource } from './contentIndex';
import {
  actionSource,
  ledgerYearSource,
  leaderSource,
  meetingSource,
  projectSource,
} from './contentSources';

/** What search needs of the journal: its own full-text search, and when its loading after unlock is done. */
export interface SearchDeps {
  journal: {
    search(query: string, limit?: number): Promise<SearchHit[]>;
    ready(): Promise<void>;
  };
}

/** Records indexed between two pauses while the index is built in the background. */
const WARM_BATCH = 50;

/** The palette's search over everything in the vault. */
export interface SearchService {
  handlers: Handlers['search'];
  everything(query: string, perKind?: number): Promise<{ kind: SearchKind; hits: ContentHit[] }[]>;
  /** Resolves when the index built in the background after unlock is done. */
  ready(): Promise<void>;
  /** How many records the content index holds (journal entries aside). */
  indexed(): number;
}

/** Builds the search service: one content index over the vault's shards, the journal's own index beside it. */
export function createSearchService(ctx: ServiceContext, deps: SearchDeps): SearchService {
  const index = createContentIndex();
  let generation = 0;
  ctx.onLock(() => {
    generation++;
    index.clear();
  });
  // Once the journal has finished its own loading after unlock (so neither the first screen
  // nor the first journal search waits for this), the index is built a few records at a
  // time, letting requests run in between: the palette's first search then finds it ready.
  let warming: Promise<void> = Promise.resolve();
  ctx.onUnlock(() => {
    const gen = generation;
    warming = deps.journal
      .ready()
      .then(() => warm(gen))
      .catch(() => undefined);
  });

  async function warm(gen: number): Promise<void> {
    if (gen !== generation) return;
    const all = await sources();
    for (let i = 0; i < all.length; i += WARM_BATCH) {
      await yieldToOthers();
      if (gen !== generation) return;
      index.sync(all.slice(i, i + WARM_BATCH), 'some');
    }
  }

  /** Every record of the vault but journal entries, as the index's sources. */
  async function sources(): Promise<ContentSource[]> {
    const store = ctx.store();
    const leaders = (await store.open(leadersShard)).data.leaders;
    const names = new Map(leaders.map((l) => [l.id, l.name]));
    const out: ContentSource[] = leaders.map(leaderSource);
    const series = new Map((await store.open(seriesShard)).data.series.map((s) => [s.id, s]));
    for (const year of store.parts(meetingsShard.kind))
      for (const m of (await store.open(meetingsShard, year)).data.meetings)
        out.push(meetingSource(m, series.get(m.seriesId), names.get(m.leaderId) ?? ''));
    for (const a of (await store.open(actionsShard)).data.items)
      out.push(actionSource(a, a.leaderId ? names.get(a.leaderId) : undefined));
    const categories = new Map(
      (await store.open(goodwillShard)).data.categories.map((c) => [c.id, c.name]),
    );
    const namesStamp = [...names.values(), ...categories.values()].join('|');
    for (const year of store.parts(ledgerShard.kind)) {
      const { data } = await store.open(ledgerShard, year);
      out.push(ledgerYearSource(year, data.revision, data.entries, names, categories, namesStamp));
    }
    for (const p of (await store.open(dashboardShard)).data.projects)
      out.push(projectSource(p, p.leaderId ? names.get(p.leaderId) : undefined));
    return out;
  }

  function toHit(m: ContentMatch): ContentHit {
    const { doc } = m;
    const terms = new Set(m.terms);
    const inBody = snippetAround(doc.body, terms);
    const showBody = inBody.ranges.length > 0;
    return {
      kind: doc.kind,
      key: doc.key,
      title: doc.title,
      titleRanges: matchRanges(doc.title, terms),
      detail: showBody ? inBody.snippet : doc.context,
      detailRanges: showBody ? inBody.ranges : matchRanges(doc.context, terms),
      date: doc.date,
      route: doc.route,
    };
  }

  function journalHit(h: SearchHit): ContentHit {
    return {
      kind: 'journal',
      key: `journal:${h.entry.id}`,
      title: h.entry.title || 'Untitled entry',
      titleRanges: h.entry.title ? h.titleRanges : [],
      detail: h.snippet,
      detailRanges: h.snippetRanges,
      date: h.entry.date,
      route: `/journal/${h.entry.id}`,
    };
  }

  async function everything(
    query: string,
    perKind = 5,
  ): Promise<{ kind: SearchKind; hits: ContentHit[] }[]> {
    if (!query.trim()) return [];
    const [journalHits, all] = await Promise.all([
      deps.journal.search(query, perKind),
      sources().then((s) => {
        index.sync(s);
        return index.search(query);
      }),
    ]);
    const byKind = new Map<SearchKind, ContentHit[]>();
    for (const m of all) {
      const list = byKind.get(m.doc.kind) ?? [];
      if (list.length < perKind) list.push(toHit(m));
      byKind.set(m.doc.kind, list);
    }
    byKind.set('journal', journalHits.map(journalHit));
    return Kinds.options
      .map((kind) => ({ kind, hits: byKind.get(kind) ?? [] }))
      .filter((g) => g.hits.length > 0);
  }

  return {
    handlers: {
      everything: async ({ query, perKind }) => ({ groups: await everything(query, perKind) }),
    },
    everything,
    ready: () => warming,
    indexed: () => index.size(),
  };
}
