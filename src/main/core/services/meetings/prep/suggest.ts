import type { SectionKind } from '../../../../../shared/domain/meeting';
import type { RuleSuggestion, SuggestionEffect } from './types';

/** Builds a suggestion with the defaults every rule shares. */
export function suggest(
  rule: string,
  id: string,
  section: SectionKind,
  text: string,
  reason: string,
  extra: {
    advisory?: boolean;
    effect?: SuggestionEffect;
    actionId?: string;
    subject?: string | null;
  } = {},
): RuleSuggestion {
  return {
    id,
    rule,
    section,
    text: text.slice(0, 500),
    reason,
    advisory: extra.advisory ?? false,
    effect: extra.effect,
    actionId: extra.actionId,
    subject: extra.subject === undefined ? text : extra.subject,
  };
}

/** Quotes a user's text inside a sentence, shortened when long. */
export function quote(text: string, max = 80): string {
  const t = text.trim();
  return `“${t.length > max ? `${t.slice(0, max - 1)}…` : t}”`;
}
