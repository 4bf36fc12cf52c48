import type { PrepRule } from '../types';
import { actionItemsRule } from './actionItems';
import { carriedItemsRule } from './carriedItems';
import { feedbackNudgeRule } from './feedbackNudge';
import { goodwillBeforeAskRule } from './goodwillBeforeAsk';
import { leaderGoalsRule } from './leaderGoals';
import { winsRule } from './wins';

/** Every rule of the prep assistant, in the order their suggestions are listed. Add a rule by adding it here. */
export const prepRules: PrepRule[] = [
  actionItemsRule,
  carriedItemsRule,
  winsRule,
  leaderGoalsRule,
  feedbackNudgeRule,
  goodwillBeforeAskRule,
];
