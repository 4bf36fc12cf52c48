import { useCallback, useMemo, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { IcsCandidate } from '../../../../shared/ipc/areas/meetings';
import { TextField } from '../../ui';
import { IcsCandidateRow, type IcsPick } from './IcsCandidateRow';

/** A first guess at a row's height; each drawn row is then measured. */
const ROW_ESTIMATE = 150;
/** Above this many series a search field helps find one. */
const FIND_FROM = 8;

const matches = (c: IcsCandidate, words: string[]): boolean => {
  const hay = [c.title, c.organiser ?? '', ...c.attendees].join(' ').toLowerCase();
  return words.every((w) => hay.includes(w));
};

/**
 * The series of a calendar file, one row each with a labelled checkbox. Only the rows in view
 * (and a few beyond) are drawn, so a file with hundreds of series opens at once; tabbing onto a
 * row past the drawn ones scrolls it into view and draws the next. Each row says its place in
 * the whole list to screen readers.
 */
export function IcsCandidateList({
  series,
  picks,
  leaders,
  onChange,
}: {
  series: readonly IcsCandidate[];
  picks: Readonly<Record<string, IcsPick>>;
  leaders: readonly LeaderSummary[];
  onChange: (key: string, pick: IcsPick) => void;
}): ReactNode {
  const [query, setQuery] = useState('');
  const indexed = useMemo(() => series.map((c, i) => ({ c, i })), [series]);
  const shown = useMemo(() => {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    return words.length ? indexed.filter(({ c }) => matches(c, words)) : indexed;
  }, [indexed, query]);
  const scroller = useRef<HTMLDivElement>(null);
  // The row holding focus and its neighbours are always drawn, so Tab and Shift+Tab, however
  // fast, move to the next series instead of leaving the list at the last drawn row.
  const [focused, setFocused] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range): number[] => {
      const drawn = new Set(defaultRangeExtractor(range));
      if (focused !== null)
        for (let i = focused - 2; i <= focused + 2; i++)
          if (i >= 0 && i < range.count) drawn.add(i);
      return [...drawn].sort((a, b) => a - b);
    },
    [focused],
  );
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (i) => shown[i].c.key,
    overscan: 4,
    rangeExtractor,
  });
  const onFocus = (e: FocusEvent<HTMLUListElement>): void => {
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (row) setFocused(Number(row.dataset.index));
  };

  return (
    <div className="stack">
      {series.length >= FIND_FROM && (
        <TextField
          label="Find a series"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          hint="By title, organiser or attendee."
        />
      )}
      {/* Said as the list narrows, for those who do not see it. */}
      <p role="status" className={query.trim() ? 'muted' : 'visually-hidden'}>
        {!query.trim()
          ? ''
          : shown.length === 0
            ? `No series matches “${query.trim()}”.`
            : `${shown.length} of ${series.length} series match.`}
      </p>
      <div ref={scroller} className="ics-candidates-scroller">
        <ul
          className="ics-candidates"
          aria-label="Series in the file"
          style={{ height: virtualizer.getTotalSize() }}
          onFocus={onFocus}
        >
          {virtualizer.getVirtualItems().map((v) => {
            const { c, i } = shown[v.index];
            const idBase = `ics-series-${i}`;
            return (
              <li
                key={v.key}
                ref={virtualizer.measureElement}
                data-index={v.index}
                className="ics-candidate-slot"
                aria-labelledby={`${idBase}-title`}
                aria-posinset={v.index + 1}
                aria-setsize={shown.length}
                style={{ transform: `translateY(${v.start}px)` }}
              >
                <div className="ics-candidate">
                  <IcsCandidateRow
                    c={c}
                    idBase={idBase}
                    pick={picks[c.key]}
                    leaders={leaders}
                    onChange={(p) => onChange(c.key, p)}
                  />
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
