import type { PrepSuggestion } from '../../../../../shared/domain/meeting';
import { repeatsAgenda } from './repeats';
import { prepRules } from './rules';
import type { PrepInput, PrepRule, RuleSuggestion } from './types';

/**
 * Runs the rules and keeps what is still worth proposing: not dismissed for this meeting,
 * not already accepted onto its agenda, not repeating an item the meeting already holds
 * (see `repeatsAgenda`), each id once.
 */
export function runPrep(input: PrepInput, rules: PrepRule[] = prepRules): RuleSuggestion[] {
  const hidden = new Set(input.meeting.dismissedSuggestions);
  for (const item of input.meeting.agenda) if (item.suggestionId) hidden.add(item.suggestionId);
  const repeats = repeatsAgenda(input);
  const out: RuleSuggestion[] = [];
  for (const rule of rules) {
    for (const s of rule(input)) {
      if (hidden.has(s.id) || repeats(s)) continue;
      hidden.add(s.id);
      out.push(s);
    }
  }
  return out;
}

/** The public part of a suggestion (what the UI shows). */
export function publicSuggestion(s: RuleSuggestion): PrepSuggestion {
  return {
    id: s.id,
    rule: s.rule,
    section: s.section,
    text: s.text,
    reason: s.reason,
    advisory: s.advisory,
  };
}
