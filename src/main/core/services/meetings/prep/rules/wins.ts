import { quote, suggest } from '../suggest';
import type { PrepRule } from '../types';

/**
 * Wins logged in the journal since the last 1:1 with this leader (or, before the first one,
 * the wins the journal holds for them): progress they should see.
 * A win already put on (or dismissed from) an earlier agenda is not proposed again.
 */
export const winsRule: PrepRule = (input) => {
  const raised = new Set<string>();
  for (const m of [input.meeting, ...input.previous])
    for (const i of m.agenda) if (i.suggestionId) raised.add(i.suggestionId);
  for (const m of input.previous) for (const id of m.dismissedSuggestions) raised.add(id);
  const when = input.previous.some((m) => m.status === 'held')
    ? 'after your last 1:1'
    : `before your first 1:1 with ${input.leader.name}`;
  return input.wins
    .filter((w) => !raised.has(`win:${w.id}`))
    .map((w) =>
      suggest(
        'wins',
        `win:${w.id}`,
        'wins',
        w.title || `Win of ${input.formatDate(w.date)}`,
        `You logged ${w.title ? quote(w.title) : 'a win'} on ${input.formatDate(w.date)}, ${when}; make the progress visible.`,
        { subject: w.title || null },
      ),
    );
};
