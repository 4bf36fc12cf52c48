import type { ReactNode } from 'react';
import type { SearchHit } from '../../../../shared/ipc/areas/journal';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Highlight } from './Highlight';

/** Search results, best first, with the matched words highlighted in the title and in a passage of the text. */
export function SearchResults({
  hits,
  query,
  selectedId,
}: {
  hits: SearchHit[] | null;
  query: string;
  selectedId: string | null;
}): ReactNode {
  const settings = useSettings();
  if (!hits)
    return (
      <p className="journal-search-status" role="status">
        Searching…
      </p>
    );
  return (
    <div className="journal-scroller">
      <p className="journal-search-status" role="status">
        {hits.length === 0
          ? `No entry matches “${query}”.`
          : hits.length === 1
            ? '1 entry found'
            : `${hits.length} entries found`}
      </p>
      <ul className="journal-hits" aria-label="Search results">
        {hits.map((h) => (
          <li key={h.entry.id}>
            <Link
              to={`/journal/${h.entry.id}`}
              className={`journal-hit${h.entry.id === selectedId ? ' is-selected' : ''}`}
              aria-current={h.entry.id === selectedId ? 'true' : undefined}
            >
              <span className="journal-hit-head">
                <span className="journal-hit-title">
                  <Highlight
                    text={h.entry.title || 'Untitled entry'}
                    ranges={h.entry.title ? h.titleRanges : []}
                  />
                </span>
                <span className="faint journal-hit-date">
                  {formatDate(h.entry.date, settings.dateFormat)}
                </span>
              </span>
              {h.snippet && (
                <span className="journal-hit-snippet">
                  <Highlight text={h.snippet} ranges={h.snippetRanges} />
                </span>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
