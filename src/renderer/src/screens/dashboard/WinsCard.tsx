import type { ReactNode } from 'react';
import { PiggyBank, Trophy } from 'lucide-react';
import type { DashboardWin } from '../../../../shared/ipc/areas/dashboard';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Card, Spinner } from '../../ui';

const MAX = 8;

/** Recent wins: journal entries tagged as a win, and goodwill deposits, newest first. */
export function WinsCard({
  wins,
  error,
  days,
  showLeader,
}: {
  wins: DashboardWin[] | undefined;
  error: string | null;
  days: number;
  showLeader: boolean;
}): ReactNode {
  const { dateFormat } = useSettings();
  return (
    <Card
      className="dash-card dash-wins"
      title={
        <span className="row">
          <Trophy size={16} aria-hidden="true" /> Recent wins
        </span>
      }
    >
      <p className="dash-card-sub" data-testid={wins || error ? 'wins-ready' : 'wins-loading'}>
        Last {days} days
      </p>
      {error ? (
        <p className="dash-empty">{error}</p>
      ) : !wins ? (
        <div className="dash-wins-loading">
          <Spinner label="Loading recent wins" />
        </div>
      ) : wins.length === 0 ? (
        <div className="dash-empty">
          <p>
            No wins logged lately. Tag a journal entry “win” and it shows here, ready for your next
            update.
          </p>
          <Link to="/journal/new">Write an entry</Link>
        </div>
      ) : (
        <ul className="list dash-win-list">
          {wins.slice(0, MAX).map((w) => (
            <li key={`${w.kind}:${w.id}`} className={`dash-win is-${w.kind}`}>
              <span className="dash-win-icon" aria-hidden="true">
                {w.kind === 'journal' ? <Trophy size={14} /> : <PiggyBank size={14} />}
              </span>
              <div className="dash-win-text">
                {w.kind === 'journal' ? (
                  <Link to={`/journal/${w.id}`}>{w.title || 'Untitled win'}</Link>
                ) : (
                  <span>{w.title}</span>
                )}
                <span className="dash-win-meta">
                  {formatDate(w.date, dateFormat)}
                  {showLeader && w.leaderName ? ` · ${w.leaderName}` : ''}
                  {w.kind === 'deposit' ? ` · goodwill +${w.points ?? 0}` : ''}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
