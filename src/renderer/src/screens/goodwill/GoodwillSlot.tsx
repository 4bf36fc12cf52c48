import type { ReactNode } from 'react';
import { api, useApiData } from '../../lib/api';
import { Link } from '../../lib/router';
import { balanceTone, signedPoints } from './goodwillText';
import './goodwill.css';

/** The goodwill balance on a leader's page: the number, the recent trend, a way into the ledger. */
export function GoodwillSlot({
  leaderId,
  leaderName,
}: {
  leaderId: string;
  leaderName: string;
}): ReactNode {
  const { data } = useApiData(() => api.goodwill.balances(), [], { areas: ['goodwill'] });
  const b = data?.find((x) => x.leaderId === leaderId);
  if (!b || b.entries === 0) {
    return (
      <p className="leaders-slot-empty">
        No goodwill recorded with {leaderName} yet.{' '}
        <Link to={`/goodwill/${leaderId}?add=deposit`}>Record a deposit</Link>
      </p>
    );
  }
  return (
    <div className="goodwill-slot-body">
      <div className="goodwill-slot">
        <span className={`goodwill-slot-balance goodwill-tone-${balanceTone(b.balance, b.low)}`}>
          {signedPoints(b.balance)}
        </span>
        <span className="muted">{signedPoints(b.recent)} in the last 60 days</span>
      </div>
      <Link to={`/goodwill/${leaderId}`}>Open the ledger</Link>
    </div>
  );
}
