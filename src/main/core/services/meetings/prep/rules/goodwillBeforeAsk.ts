import { quote, suggest } from '../suggest';
import type { PrepRule, RuleSuggestion } from '../types';

/** The balance with its sign, as a sentence shows it. */
const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0');

/**
 * The goodwill bank's rule: when the account with this leader is low (empty, overdrawn,
 * or little added lately), a warning in the asks section — naming the asks already on
 * the agenda — and an offer of help to put something back in first.
 */
export const goodwillBeforeAskRule: PrepRule = (input) => {
  const g = input.goodwill;
  if (!g?.low) return [];
  const name = input.leader.name;
  const askSections = new Set(
    input.meeting.sections.filter((s) => s.kind === 'asks').map((s) => s.id),
  );
  const asks = input.meeting.agenda.filter(
    (i) => askSections.has(i.sectionId) && i.status !== 'discussed',
  );
  const out: RuleSuggestion[] = [];
  if (asks.length) {
    const which = asks.length === 1 ? quote(asks[0].text) : `${asks.length} asks`;
    out.push(
      suggest(
        'goodwill',
        'goodwill-low',
        'asks',
        `Goodwill with ${name} is low: weigh ${asks.length === 1 ? 'this ask' : 'these asks'}`,
        `Your goodwill balance with ${name} is ${signed(g.balance)} and little went in lately; ${which} will draw on it. A deposit first, or a smaller ask, lands better.`,
        { advisory: true, subject: null },
      ),
    );
  } else {
    out.push(
      suggest(
        'goodwill',
        'goodwill-low',
        'asks',
        `Goodwill with ${name} is low: hold asks for now`,
        `Your goodwill balance with ${name} is ${signed(g.balance)} and little went in lately. Put something back before you ask for anything.`,
        { advisory: true, subject: null },
      ),
    );
  }
  out.push(
    suggest(
      'goodwill',
      'goodwill-deposit',
      'help',
      'What could I take off your plate this week?',
      `Offering help is a deposit: with the account with ${name} running low, it is the best way to open.`,
    ),
  );
  return out;
};
