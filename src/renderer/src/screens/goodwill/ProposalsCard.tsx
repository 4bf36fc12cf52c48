import { useState, type ReactNode } from 'react';
import { TriangleAlert } from 'lucide-react';
import type { WithdrawalProposal } from '../../../../shared/domain/goodwill';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Button, Card, useToast } from '../../ui';
import { signedPoints } from './goodwillText';

/**
 * Missed commitments: for each action item you own that went overdue, the withdrawal it
 * costs, to record or dismiss with one click. Missed commitments cost trust whether or
 * not anyone writes them down; this keeps the ledger honest.
 */
export function ProposalsCard({
  proposals,
  showLeader,
  onChanged,
}: {
  proposals: WithdrawalProposal[];
  showLeader: boolean;
  onChanged: () => void;
}): ReactNode {
  const { dateFormat } = useSettings();
  const toast = useToast();
  const [busy, setBusy] = useState<string | null>(null);
  if (proposals.length === 0) return null;

  const act = async (p: WithdrawalProposal, accept: boolean): Promise<void> => {
    setBusy(p.actionItemId);
    try {
      if (accept) {
        await api.goodwill.acceptProposal({ actionItemId: p.actionItemId });
        toast(`Recorded a withdrawal of ${p.points} with ${p.leaderName}.`);
      } else {
        await api.goodwill.dismissProposal({ actionItemId: p.actionItemId });
        toast('Dismissed. It will not be proposed again.');
      }
      onChanged();
    } catch (e) {
      toast(errorMessage(e), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card
      className="goodwill-proposals"
      title={
        <span className="row">
          <TriangleAlert size={16} aria-hidden="true" /> Missed commitments
        </span>
      }
    >
      <p className="goodwill-proposals-intro">
        These action items of yours are past their date. A missed commitment costs trust whether or
        not anyone writes it down.
      </p>
      <ul className="list goodwill-proposal-list" aria-label="Proposed withdrawals">
        {proposals.map((p) => (
          <li key={p.actionItemId} className="goodwill-proposal">
            <div className="goodwill-proposal-text">
              <span className="goodwill-proposal-title">{p.text}</span>
              <span className="goodwill-proposal-meta">
                {showLeader && `${p.leaderName} · `}due {formatDate(p.due, dateFormat)} ·{' '}
                {p.daysOverdue} {p.daysOverdue === 1 ? 'day' : 'days'} late
              </span>
            </div>
            <span className="goodwill-proposal-cost" aria-hidden="true">
              {signedPoints(-p.points)}
            </span>
            <div className="row">
              <Button
                size="sm"
                variant="primary"
                disabled={busy === p.actionItemId}
                onClick={() => void act(p, true)}
                aria-label={`Record a withdrawal of ${p.points} for “${p.text}”`}
              >
                Record
              </Button>
              <Button
                size="sm"
                variant="ghost"
                disabled={busy === p.actionItemId}
                onClick={() => void act(p, false)}
                aria-label={`Dismiss the proposal for “${p.text}”`}
              >
                Dismiss
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
