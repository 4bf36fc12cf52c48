import type { GoodwillCategory } from '../../../../shared/domain/goodwill';

/** Id of the category the app uses when it proposes a withdrawal for a missed commitment. */
export const MISSED_COMMITMENT_CATEGORY = 'wd-missed';

/**
 * The categories a new vault starts with, drawn from the practice "goodwill is a bank
 * account": small, steady investments, and the things that draw on the account.
 */
export const DEFAULT_CATEGORIES: readonly GoodwillCategory[] = [
  { id: 'dep-early', name: 'Delivered ahead of time', kind: 'deposit', archived: false },
  {
    id: 'dep-outside-lane',
    name: 'Fixed something outside my lane',
    kind: 'deposit',
    archived: false,
  },
  { id: 'dep-credit', name: 'Gave credit to others', kind: 'deposit', archived: false },
  { id: 'dep-confidence', name: 'Kept something in confidence', kind: 'deposit', archived: false },
  {
    id: 'dep-their-goal',
    name: 'Moved one of their goals forward',
    kind: 'deposit',
    archived: false,
  },
  {
    id: 'dep-anticipated',
    name: 'Saw a need coming and covered it',
    kind: 'deposit',
    archived: false,
  },
  { id: 'dep-informed', name: 'Kept them ahead of the news', kind: 'deposit', archived: false },
  { id: 'dep-kept-word', name: 'Did what I said I would', kind: 'deposit', archived: false },
  { id: 'wd-ask', name: 'Asked for something', kind: 'withdrawal', archived: false },
  {
    id: MISSED_COMMITMENT_CATEGORY,
    name: 'Let a commitment slip',
    kind: 'withdrawal',
    archived: false,
  },
  { id: 'wd-escalated', name: 'Went over or around them', kind: 'withdrawal', archived: false },
  {
    id: 'wd-surprise',
    name: 'Caught them off guard with bad news',
    kind: 'withdrawal',
    archived: false,
  },
  { id: 'wd-rescue', name: 'Needed them to step in', kind: 'withdrawal', archived: false },
  {
    id: 'wd-public-pushback',
    name: 'Pushed back in front of others',
    kind: 'withdrawal',
    archived: false,
  },
];
