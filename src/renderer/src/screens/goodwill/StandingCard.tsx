import type { ReactNode } from 'react';
import { Minus, Plus } from 'lucide-react';
import type { LeaderBalance } from '../../../../shared/domain/goodwill';
import { api, useApiData } from '../../lib/api';
import { Button, Card } from '../../ui';
import { balanceTone, signedPoints } from './goodwillText';

/** The account with one leader at a glance, and whether it can take an ask right now. */
export function StandingCard({
  balance,
  onRecord,
}: {
  balance: LeaderBalance;
  onRecord: (kind: 'deposit' | 'withdrawal') => void;
}): ReactNode {
  const { data } = useApiData(
    () => api.goodwill.checkBeforeAsk({ leaderId: balance.leaderId }),
    [balance.leaderId],
    { areas: ['goodwill'] },
  );
  const tone = balanceTone(balance.balance, balance.low && balance.entries > 0);
  return (
    <Card className="goodwill-standing" title="Before you ask">
      <div className="goodwill-standing-figures">
        <div>
          <span className={`goodwill-big goodwill-tone-${tone}`}>
            {signedPoints(balance.balance)}
          </span>
          <span className="goodwill-figure-label">balance</span>
        </div>
        <div>
          <span className="goodwill-mid">{signedPoints(balance.recent)}</span>
          <span className="goodwill-figure-label">last 60 days</span>
        </div>
        <div>
          <span className="goodwill-mid">
            {balance.deposits}
            <span className="faint"> / </span>
            {balance.withdrawals}
          </span>
          <span className="goodwill-figure-label">in / out</span>
        </div>
      </div>
      {data && <p className={`goodwill-verdict${data.low ? ' is-low' : ''}`}>{data.message}</p>}
      <div className="row wrap">
        <Button size="sm" icon={<Plus size={14} />} onClick={() => onRecord('deposit')}>
          Deposit
        </Button>
        <Button size="sm" icon={<Minus size={14} />} onClick={() => onRecord('withdrawal')}>
          Withdrawal
        </Button>
      </div>
    </Card>
  );
}
