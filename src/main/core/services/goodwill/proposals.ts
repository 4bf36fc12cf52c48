import type { WithdrawalProposal } from '../../../../shared/domain/goodwill';
import type { ActionView } from '../../../../shared/ipc/areas/actions';
import { MISSED_COMMITMENT_CATEGORY } from './defaultCategories';
import { addDays, daysBetween } from './ledgerMath';

/** Points a missed commitment costs: more the longer it stays late. */
export function pointsForLateness(daysOverdue: number): number {
  if (daysOverdue > 30) return 3;
  if (daysOverdue > 7) return 2;
  return 1;
}

/**
 * Withdrawals to propose: one per open action item the user owns, tied to a leader,
 * past its due date, and not already accepted or dismissed. Most overdue first.
 */
export function proposeWithdrawals(
  actions: readonly ActionView[],
  handled: Readonly<Record<string, unknown>>,
  today: string,
  leaderName: (id: string) => string | undefined,
): WithdrawalProposal[] {
  const out: WithdrawalProposal[] = [];
  for (const a of actions) {
    if (a.owner.kind !== 'me' || a.status !== 'open' || !a.due || a.due >= today || !a.leaderId)
      continue;
    if (handled[a.id] !== undefined) continue;
    const name = leaderName(a.leaderId);
    if (name === undefined) continue;
    const daysOverdue = daysBetween(a.due, today);
    out.push({
      actionItemId: a.id,
      leaderId: a.leaderId,
      leaderName: name,
      text: a.text,
      due: a.due,
      daysOverdue,
      points: pointsForLateness(daysOverdue),
      categoryId: MISSED_COMMITMENT_CATEGORY,
      date: addDays(a.due, 1),
    });
  }
  return out.sort((x, y) => y.daysOverdue - x.daysOverdue || x.text.localeCompare(y.text));
}
