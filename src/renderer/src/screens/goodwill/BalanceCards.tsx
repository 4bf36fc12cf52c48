import type { ReactNode } from 'react';
import type { LeaderBalance } from '../../../../shared/domain/goodwill';
import { Link } from '../../lib/router';
import { balanceTone, signedPoints } from './goodwillText';

/** One card per leader: the balance, what the recent weeks added, and a word when it is thin. */
export function BalanceCards({
  balances,
  selected,
}: {
  balances: LeaderBalance[];
  selected: string | null;
}): ReactNode {
  return (
    <nav className="goodwill-accounts" aria-label="Accounts by leader">
      <ul className="list">
        {balances.map((b) => {
          const tone = balanceTone(b.balance, b.low && b.entries > 0);
          return (
            <li key={b.leaderId}>
              <Link
                to={`/goodwill/${b.leaderId}`}
                className={`goodwill-account${b.leaderId === selected ? ' is-selected' : ''}`}
                aria-current={b.leaderId === selected ? 'page' : undefined}
              >
                <span className="goodwill-account-name">{b.leaderName}</span>
                <span className={`goodwill-account-balance goodwill-tone-${tone}`}>
                  {signedPoints(b.balance)}
                  <span className="visually-hidden"> points</span>
                </span>
                <span className="goodwill-account-meta">
                  {b.entries === 0
                    ? 'No lines yet'
                    : `${signedPoints(b.recent)} in the last 60 days`}
                  {b.entries > 0 && b.low && <span className="goodwill-low-dot"> · thin</span>}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
