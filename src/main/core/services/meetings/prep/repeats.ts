import type { AgendaItem } from '../../../../../shared/domain/meeting';
import type { PrepInput, RuleSuggestion } from './types';

/** The words the rules put before what a suggestion is about ("Progress on: …"). */
const RULE_PREFIXES = [
  'progress on',
  'new date for',
  'check on',
  'done',
  'progress toward',
  'decide or let go',
];

/** Suggestion ids about an action item: `overdue-action:<id>`, `due-action:<id>`, `done-action:<id>`. */
const ACTION_SUGGESTION = /^(?:overdue|due|done)-action:(.+)$/;

/**
 * Text as compared for repeats: case, accents, punctuation and spacing ignored, and a
 * rule's leading words ("Progress on:") dropped, so "Progress on: Send the risk register"
 * and "send the risk-register" are the same item.
 */
export function normaliseAgendaText(text: string): string {
  let t = text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  for (const prefix of RULE_PREFIXES) {
    if (t.startsWith(`${prefix}:`)) {
      t = t.slice(prefix.length + 1);
      break;
    }
  }
  return t
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** The action item an agenda item came from, when it was accepted from (or carried with) an action suggestion. */
export function sourceActionId(item: Pick<AgendaItem, 'suggestionId'>): string | null {
  return item.suggestionId?.match(ACTION_SUGGESTION)?.[1] ?? null;
}

/**
 * Decides whether a suggestion repeats what the meeting already holds: an agenda item in any
 * section with the same normalised text or from the same action item, or, for a follow-up,
 * an action item the screen already lists under Follow-ups.
 */
export function repeatsAgenda(input: PrepInput): (s: RuleSuggestion) => boolean {
  const texts = new Set<string>();
  const actionIds = new Set<string>();
  for (const item of input.meeting.agenda) {
    texts.add(normaliseAgendaText(item.text));
    const actionId = sourceActionId(item);
    if (actionId) actionIds.add(actionId);
  }
  const listedIds = new Set(input.followUps.map((a) => a.id));
  const listedTexts = new Set(
    input.followUps.filter((a) => a.status === 'open').map((a) => normaliseAgendaText(a.text)),
  );
  return (s) => {
    if (s.actionId && actionIds.has(s.actionId)) return true;
    if (s.section === 'followups' && s.actionId && listedIds.has(s.actionId)) return true;
    if (s.subject == null) return false;
    const subject = normaliseAgendaText(s.subject);
    if (!subject) return false;
    return texts.has(subject) || (s.section === 'followups' && listedTexts.has(subject));
  };
}
