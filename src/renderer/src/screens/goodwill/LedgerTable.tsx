import type { ReactNode } from 'react';
import { BookOpen, CalendarClock, Pencil, Trash2, TriangleAlert } from 'lucide-react';
import type { GoodwillCategory, LedgerLine } from '../../../../shared/domain/goodwill';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { IconButton, TableScroll } from '../../ui';
import { signedPoints } from './goodwillText';

/** The lines of one year, newest first, each with the running balance after it. */
export function LedgerTable({
  lines,
  categories,
  leaderNames,
  onEdit,
  onDelete,
}: {
  lines: LedgerLine[];
  categories: Map<string, GoodwillCategory>;
  /** Set when the table shows every leader: a column names each line's leader. */
  leaderNames?: Map<string, string>;
  onEdit: (line: LedgerLine) => void;
  onDelete: (line: LedgerLine) => void;
}): ReactNode {
  const { dateFormat } = useSettings();
  return (
    <TableScroll label="Ledger">
      <table className="goodwill-ledger">
        <caption className="visually-hidden">
          Ledger lines, newest first, with the running balance after each line
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {leaderNames && <th scope="col">Leader</th>}
            <th scope="col">What happened</th>
            <th scope="col" className="num">
              Points
            </th>
            <th scope="col" className="num">
              Balance
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const category = categories.get(l.categoryId)?.name ?? 'Category removed';
            const when = formatDate(l.date, dateFormat);
            return (
              <tr key={l.id}>
                <td className="goodwill-date">{when}</td>
                {leaderNames && <td>{leaderNames.get(l.leaderId) ?? '—'}</td>}
                <td>
                  <div className="goodwill-what">
                    <span className="goodwill-category">
                      {l.actionItemId && (
                        <TriangleAlert
                          size={13}
                          aria-hidden="true"
                          className="goodwill-missed-icon"
                        />
                      )}
                      {category}
                    </span>
                    {l.note && <span className="goodwill-note">{l.note}</span>}
                    {(l.meetingId || l.journalEntryId) && (
                      <span className="goodwill-links">
                        {l.meetingId && (
                          <Link to={`/meetings/${l.meetingId}`} className="goodwill-link">
                            <CalendarClock size={12} aria-hidden="true" /> 1:1
                          </Link>
                        )}
                        {l.journalEntryId && (
                          <Link to={`/journal/${l.journalEntryId}`} className="goodwill-link">
                            <BookOpen size={12} aria-hidden="true" /> Journal entry
                          </Link>
                        )}
                      </span>
                    )}
                  </div>
                </td>
                <td className={`num goodwill-points ${l.kind}`}>
                  {signedPoints(l.signed)}
                  <span className="visually-hidden">
                    {l.kind === 'deposit' ? ' deposit' : ' withdrawal'}
                  </span>
                </td>
                <td className="num goodwill-running">{signedPoints(l.balanceAfter)}</td>
                <td className="goodwill-row-actions">
                  <IconButton
                    label={`Edit the line of ${when}: ${category}`}
                    icon={<Pencil size={14} />}
                    onClick={() => onEdit(l)}
                  />
                  <IconButton
                    label={`Delete the line of ${when}: ${category}`}
                    icon={<Trash2 size={14} />}
                    onClick={() => onDelete(l)}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
