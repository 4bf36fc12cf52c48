import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { FileDown, Filter, NotebookPen, Plus, Search } from 'lucide-react';
import type { JournalDraft, JournalEntry, JournalSummary } from '../../../../shared/domain/journal';
import { richTextToPlain } from '../../../../shared/domain/richtext';
import type { JournalFilter, SearchHit } from '../../../../shared/ipc/areas/journal';
import { api, errorMessage, onEvent, useApiData } from '../../lib/api';
import { afterPaint } from '../../lib/firstScreen';
import { useRoute } from '../../lib/router';
import { Alert, Badge, Button, EmptyState, IconButton, Spinner, useToast } from '../../ui';
import { routeQuery } from '../leaders/query';
import { EntryEditor } from './EntryEditor';
import { ExportJournalDialog } from './ExportJournalDialog';
import { JournalFilters } from './JournalFilters';
import { JournalList } from './JournalList';
import { newestFirst } from './journalText';
import { SearchResults } from './SearchResults';
import { StartPanel } from './StartPanel';
import './journal.css';

/** How many entries the list asks for first: more than a screenful, little enough to arrive at once. */
const FIRST_SCREEN = 120;

/** Today as YYYY-MM-DD in local time. */
function localToday(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The list's summary of a just-saved entry. */
function summaryOf(e: JournalEntry): JournalSummary {
  const flat = richTextToPlain(e.body).replace(/\s+/g, ' ').trim();
  return {
    id: e.id,
    date: e.date,
    title: e.title,
    tags: e.tags,
    leaderId: e.leaderId,
    mood: e.mood,
    excerpt: flat.length > 160 ? `${flat.slice(0, 160).trimEnd()}…` : flat,
    updatedAt: e.updatedAt,
  };
}

/** The journal: entries on the left (list or search results), the open entry or a place to start on the right. */
export function JournalScreen(): ReactNode {
  const { path, segments, navigate } = useRoute();
  const query = routeQuery(path);
  const openId = segments[1] && segments[1] !== 'new' ? segments[1] : null;
  const [filter, setFilter] = useState<JournalFilter>({});
  const [showFilters, setShowFilters] = useState(false);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [entries, setEntries] = useState<JournalSummary[] | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const toast = useToast();
  const filterKey = JSON.stringify(filter);

  const [complete, setComplete] = useState(true);
  const [listError, setListError] = useState<string | null>(null);
  // Tags need every year: asked for once the first screen of the list is painted.
  const listShown = entries !== null;
  const tags = useApiData(
    () => (listShown ? api.journal.tags() : Promise.resolve([])),
    [listShown],
    { areas: ['journal'] },
  );
  const leaders = useApiData(() => api.leaders.list({ includeArchived: true }), [], {
    areas: ['leaders'],
  });
  const loadSeq = useRef(0);
  /** Entries saved here since the list was asked for: they win over an older answer. */
  const savedHere = useRef(new Map<string, JournalSummary | null>());

  // The first screen of the list comes from the newest years only; the rest follows once it is painted.
  const loadList = useCallback(() => {
    const seq = ++loadSeq.current;
    const fresh = (): boolean => seq === loadSeq.current;
    const apply = (list: JournalSummary[], done: boolean): void => {
      const patched = list
        .filter((s) => savedHere.current.get(s.id) !== null)
        .map((s) => savedHere.current.get(s.id) ?? s);
      const added = [...savedHere.current.values()].filter(
        (s): s is JournalSummary => s !== null && !list.some((x) => x.id === s.id),
      );
      setEntries(done ? [...patched, ...added].sort(newestFirst) : patched);
      setComplete(done);
      setListError(null);
    };
    const fail = (e: unknown): void => {
      if (fresh()) setListError(errorMessage(e));
    };
    savedHere.current.clear();
    api.journal.list({ ...filter, limit: FIRST_SCREEN }).then((first) => {
      if (!fresh()) return;
      apply(first.entries, first.complete);
      if (first.complete) return;
      afterPaint(() => {
        if (!fresh()) return;
        api.journal.list(filter).then((all) => fresh() && apply(all.entries, true), fail);
      });
    }, fail);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filterKey]);
  useEffect(loadList, [loadList]);
  useEffect(
    () => onEvent('dataChanged', ({ area }) => (area === 'journal' || area === '*') && loadList()),
    [loadList],
  );

  // Search as the user types, a moment after the last key.
  const q = text.trim();
  useEffect(() => {
    if (!q) {
      setHits(null);
      return;
    }
    setHits(null);
    let stale = false;
    const t = setTimeout(() => {
      api.journal.search({ query: q, limit: 100 }).then(
        (r) => !stale && setHits(r.hits),
        () => !stale && setHits([]),
      );
    }, 120);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [q]);

  useEffect(() => {
    if (query.has('filters')) setShowFilters(true);
    if (!query.has('search')) return;
    // After the command palette has closed and handed focus back.
    const t = setTimeout(() => searchRef.current?.focus(), 30);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  const onSaved = useCallback(
    (e: JournalEntry) => {
      const summary = summaryOf(e);
      savedHere.current.set(e.id, summary);
      setEntries((cur) => cur && [summary, ...cur.filter((s) => s.id !== e.id)].sort(newestFirst));
      if (e.tags.some((t) => !tags.data?.some((k) => k.tag === t))) tags.reload();
    },
    [tags],
  );
  const onCreate = useCallback(
    async (draft: Partial<JournalDraft>) => {
      const e = await api.journal.create(draft);
      const summary = summaryOf(e);
      savedHere.current.set(e.id, summary);
      setEntries((cur) => (cur ? [summary, ...cur].sort(newestFirst) : cur));
      if (draft.tags?.length) tags.reload();
      navigate(`/journal/${e.id}?new`);
    },
    [navigate, tags],
  );
  // "New journal entry" (button, palette, tray) lands here: start a blank entry and write in it at once.
  const creatingNew = segments[1] === 'new';
  const started = useRef(false);
  useEffect(() => {
    if (!creatingNew) {
      started.current = false;
      return;
    }
    if (started.current) return;
    started.current = true;
    onCreate(filter.leaderId ? { leaderId: filter.leaderId } : {}).catch((e: unknown) => {
      toast(errorMessage(e), 'error');
      navigate('/journal');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [creatingNew]);
  const onDiscarded = useCallback((id: string) => {
    savedHere.current.set(id, null);
    setEntries((cur) => cur && cur.filter((s) => s.id !== id));
  }, []);
  const onDeleted = useCallback(
    (id: string) => {
      savedHere.current.set(id, null);
      setEntries((cur) => cur && cur.filter((s) => s.id !== id));
      tags.reload();
      navigate('/journal');
    },
    [navigate, tags],
  );

  const filterCount = Object.keys(filter).length;
  const leaderList = useMemo(() => leaders.data ?? [], [leaders.data]);
  const activeLeaders = useMemo(() => leaderList.filter((l) => !l.archived), [leaderList]);

  let left: ReactNode;
  if (q) left = <SearchResults hits={hits} query={q} selectedId={openId} />;
  else if (listError) left = <Alert tone="danger">{listError}</Alert>;
  else if (!entries)
    left = (
      <div className="journal-loading">
        <Spinner label="Loading entries" />
      </div>
    );
  else if (entries.length === 0)
    left = (
      <p className="journal-empty-list muted">
        {filterCount
          ? 'No entry matches these filters.'
          : 'No entries yet. Your first one is a click away.'}
      </p>
    );
  else
    left = (
      <>
        <JournalList entries={entries} selectedId={openId} />
        {!complete && (
          <p className="journal-more" role="status">
            Loading older entries…
          </p>
        )}
      </>
    );

  return (
    <div className="journal">
      <section className="journal-side" aria-labelledby="journal-heading">
        <div className="journal-side-head">
          <div className="row">
            <h1 id="journal-heading">Journal</h1>
            {entries && complete && <span className="faint journal-count">{entries.length}</span>}
            <div className="spacer" />
            <IconButton
              label="Export journal (.docx)"
              icon={<FileDown size={16} />}
              onClick={() => navigate(openId ? `/journal/${openId}?export` : '/journal?export')}
            />
            <Button
              variant="primary"
              size="sm"
              icon={<Plus size={14} />}
              onClick={() => navigate('/journal/new')}
            >
              New entry
            </Button>
          </div>
          <div className="journal-search">
            <Search size={15} aria-hidden="true" />
            <input
              ref={searchRef}
              type="search"
              className="journal-search-input"
              aria-label="Search the journal"
              placeholder="Search entries"
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') setText('');
              }}
            />
            <IconButton
              label="Filters"
              aria-expanded={showFilters}
              aria-pressed={filterCount > 0}
              icon={
                <span className="row journal-filter-icon">
                  <Filter size={15} />
                  {filterCount > 0 && <Badge tone="accent">{filterCount}</Badge>}
                </span>
              }
              onClick={() => setShowFilters((s) => !s)}
            />
          </div>
          {showFilters && (
            <JournalFilters
              filter={filter}
              tags={tags.data ?? []}
              leaders={leaderList}
              onChange={setFilter}
            />
          )}
        </div>
        {left}
      </section>
      <section className="journal-main" aria-label={openId ? 'Open entry' : 'Start writing'}>
        {openId ? (
          <EntryEditor
            key={openId}
            id={openId}
            leaders={activeLeaders}
            knownTags={tags.data ?? []}
            onSaved={onSaved}
            onDeleted={onDeleted}
            deleteRequested={query.has('delete')}
            onDeleteDismissed={() => navigate(`/journal/${openId}`)}
            fresh={query.has('new')}
            onDiscarded={onDiscarded}
          />
        ) : creatingNew ? (
          <Spinner label="Starting a new entry" />
        ) : entries && entries.length === 0 && !filterCount ? (
          <>
            <EmptyState icon={<NotebookPen size={26} />} title="Your journal is empty">
              Write about what happened, what you noticed about the people you work for, and whether
              your actions matched your words. Everything stays encrypted on this computer.
            </EmptyState>
            <StartPanel onCreate={onCreate} />
          </>
        ) : entries ? (
          <StartPanel onCreate={onCreate} leaderId={filter.leaderId} />
        ) : null}
      </section>
      {query.has('export') && (
        <ExportJournalDialog
          filter={filter}
          leaders={leaderList}
          today={localToday()}
          onClose={() => navigate(openId ? `/journal/${openId}` : '/journal')}
        />
      )}
    </div>
  );
}
