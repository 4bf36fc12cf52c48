import { GOODWILL_RECENT_DAYS } from '../../../../shared/domain/goodwill';

/**
 * When an ask is likely to land badly. The rule is deliberately simple so it can be
 * explained in one sentence: the account is empty or overdrawn, or the last
 * `GOODWILL_RECENT_DAYS` days added less than `MIN_RECENT_POINTS` net points.
 */
export const LOW_BALANCE_RULE = {
  recentDays: GOODWILL_RECENT_DAYS,
  /** Net points the recent window should add before an ask. */
  minRecentPoints: 2,
  /** A balance at or below this is empty. */
  emptyAt: 0,
} as const;

/** The standing with a leader, judged by the low-balance rule. */
export interface Standing {
  hasLedger: boolean;
  balance: number;
  recent: number;
  low: boolean;
  message: string;
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/** Judges whether an ask now would draw on an account that is too thin, and says why. */
export function assessStanding(input: {
  leaderName: string;
  hasLedger: boolean;
  balance: number;
  recent: number;
}): Standing {
  const { leaderName, hasLedger, balance, recent } = input;
  const days = LOW_BALANCE_RULE.recentDays;
  if (!hasLedger) {
    return {
      hasLedger,
      balance,
      recent,
      low: false,
      message: `Nothing is recorded in your goodwill ledger with ${leaderName} yet.`,
    };
  }
  if (balance <= LOW_BALANCE_RULE.emptyAt) {
    return {
      hasLedger,
      balance,
      recent,
      low: true,
      message: `Your goodwill with ${leaderName} stands at ${signed(balance)}. Make a deposit or two before you ask for something.`,
    };
  }
  if (recent < LOW_BALANCE_RULE.minRecentPoints) {
    return {
      hasLedger,
      balance,
      recent,
      low: true,
      message: `The last ${days} days added ${signed(recent)} to your goodwill with ${leaderName}: the account is thin. Make a deposit before your next ask.`,
    };
  }
  return {
    hasLedger,
    balance,
    recent,
    low: false,
    message: `Your goodwill with ${leaderName} is ${signed(balance)}, with ${signed(recent)} over the last ${days} days: there is room for an ask.`,
  };
}
