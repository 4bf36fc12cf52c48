import { useEffect, useMemo, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { JournalSummary } from '../../../../shared/domain/journal';
import { Link } from '../../lib/router';
import { MOOD_WORDS, dayParts, rowText, toRows } from './journalText';

const MONTH_HEIGHT = 34;
const ENTRY_HEIGHT = 78;

/** The list of entries, newest first, grouped by month; only the visible rows are drawn, so it stays smooth at thousands of entries. */
export function JournalList({
  entries,
  selectedId,
}: {
  entries: readonly JournalSummary[];
  selectedId: string | null;
}): ReactNode {
  const rows = useMemo(() => toRows(entries), [entries]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (i) => (rows[i].kind === 'month' ? MONTH_HEIGHT : ENTRY_HEIGHT),
    getItemKey: (i) => rows[i].key,
    overscan: 8,
  });
  const entryIndexes = useMemo(
    () => rows.flatMap((r, i) => (r.kind === 'entry' ? [i] : [])),
    [rows],
  );
  const pendingFocus = useRef<number | null>(null);

  // Bring the open entry into view when it is chosen from elsewhere (search, On this day).
  useEffect(() => {
    if (!selectedId) return;
    const i = rows.findIndex((r) => r.kind === 'entry' && r.entry.id === selectedId);
    if (i >= 0) virtualizer.scrollToIndex(i, { align: 'auto' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  useEffect(() => {
    if (pendingFocus.current === null) return;
    const el = scroller.current?.querySelector<HTMLElement>(
      `[data-row="${pendingFocus.current}"] a`,
    );
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  });

  /** Arrow keys move between entries, Home/End jump to the first and last. */
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const current = Number(
      (document.activeElement?.closest('[data-row]') as HTMLElement | null)?.dataset.row ?? -1,
    );
    const pos = entryIndexes.indexOf(current);
    let next: number | null = null;
    if (e.key === 'ArrowDown') next = entryIndexes[Math.min(entryIndexes.length - 1, pos + 1)];
    if (e.key === 'ArrowUp') next = entryIndexes[Math.max(0, pos - 1)];
    if (e.key === 'Home') next = entryIndexes[0];
    if (e.key === 'End') next = entryIndexes[entryIndexes.length - 1];
    if (next === null || next === undefined) return;
    e.preventDefault();
    pendingFocus.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    const el = scroller.current?.querySelector<HTMLElement>(`[data-row="${next}"] a`);
    if (el) {
      el.focus();
      pendingFocus.current = null;
    }
  };

  return (
    <div ref={scroller} className="journal-scroller" onKeyDown={onKeyDown}>
      <div
        role="list"
        aria-label={`Entries, ${entries.length}`}
        className="journal-rows"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index];
          const style = { transform: `translateY(${v.start}px)`, height: v.size };
          if (row.kind === 'month') {
            return (
              <div
                key={v.key}
                data-row={v.index}
                className="journal-month"
                style={style}
                role="presentation"
                aria-hidden="true"
              >
                {row.label}
              </div>
            );
          }
          const e = row.entry;
          const { day, weekday } = dayParts(e.date);
          const text = rowText(e);
          const selected = e.id === selectedId;
          return (
            <div
              key={v.key}
              data-row={v.index}
              role="listitem"
              className="journal-row-wrap"
              style={style}
            >
              <Link
                to={`/journal/${e.id}`}
                className={`journal-row${selected ? ' is-selected' : ''}`}
                aria-current={selected ? 'true' : undefined}
              >
                <span className="journal-row-date" aria-hidden="true">
                  <span className="journal-row-day">{day}</span>
                  <span className="journal-row-weekday">{weekday}</span>
                </span>
                <span className="journal-row-main">
                  <span className={`journal-row-title${text.untitled ? ' is-untitled' : ''}`}>
                    <span className="visually-hidden">{e.date}: </span>
                    {text.heading}
                  </span>
                  {(text.preview || !text.untitled) && (
                    <span className="journal-row-excerpt">
                      <span className="visually-hidden">, </span>
                      {text.preview || 'No text yet.'}
                    </span>
                  )}
                  {(e.tags.length > 0 || e.mood) && (
                    <span className="journal-row-meta">
                      {e.mood && (
                        <span className={`journal-mood-tag mood-${e.mood}`}>
                          <span className="journal-mood-dot" aria-hidden="true" />
                          <span className="visually-hidden">Mood </span>
                          {MOOD_WORDS[e.mood]}
                        </span>
                      )}
                      {e.tags.slice(0, 4).map((t) => (
                        <span key={t} className="journal-tag">
                          #{t}
                        </span>
                      ))}
                    </span>
                  )}
                </span>
              </Link>
            </div>
          );
        })}
      </div>
    </div>
  );
}
