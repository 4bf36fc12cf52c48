import type { ReactNode } from 'react';
import { PiggyBank } from 'lucide-react';
import type { GoodwillTrend } from '../../../../shared/ipc/areas/dashboard';
import { Link } from '../../lib/router';
import { Card } from '../../ui';
import { signed } from './dashText';
import { Sparkline } from './Sparkline';

/** The goodwill balance with each leader in scope, and its line over the last twelve months. */
export function GoodwillTrendCard({
  trends,
  leaderId,
}: {
  trends: GoodwillTrend[];
  leaderId: string | null;
}): ReactNode {
  return (
    <Card
      className="dash-card dash-goodwill"
      title={
        <span className="row">
          <PiggyBank size={16} aria-hidden="true" /> Goodwill
        </span>
      }
      actions={
        <Link to={leaderId ? `/goodwill/${leaderId}` : '/goodwill'} className="dash-card-link">
          Ledger
        </Link>
      }
    >
      {trends.length === 0 ? (
        <div className="dash-empty">
          <p>Nothing recorded yet. Every deposit you log shows up here as a trend.</p>
          <Link to={leaderId ? `/goodwill/${leaderId}?add=deposit` : '/goodwill?add=deposit'}>
            Record a deposit
          </Link>
        </div>
      ) : (
        <ul className="list dash-trends">
          {trends.map((t) => {
            const values = t.months.map((m) => ({ value: m.balance, moved: m.moved }));
            const moved = t.months.filter((m) => m.moved).length;
            const tone = t.balance < 0 ? 'negative' : t.low ? 'low' : 'good';
            return (
              <li key={t.leaderId} className="dash-trend">
                <div className="dash-trend-text">
                  <span className="dash-trend-name">{t.leaderName}</span>
                  <span className="dash-trend-meta">
                    {signed(t.recent)} in 60 days{t.low ? ' · thin for an ask' : ''}
                  </span>
                </div>
                <Sparkline
                  values={values}
                  label={`Goodwill with ${t.leaderName} over the last 12 months: from ${signed(values[0]?.value ?? 0)} to ${signed(t.balance)}, lines in ${moved} ${moved === 1 ? 'month' : 'months'}`}
                />
                <span className={`dash-trend-balance dash-tone-${tone}`}>{signed(t.balance)}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
