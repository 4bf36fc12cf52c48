import { carriedSourceIds } from '../../carryOver';
import { undiscussed } from '../../agenda';
import { quote, suggest } from '../suggest';
import type { PrepRule, RuleSuggestion } from '../types';

/**
 * Carried-over items: closing a meeting carries its undiscussed items automatically, but a
 * meeting that was never closed keeps them. This rule brings those back (keyed by the
 * original item, so an item is never carried twice), and flags items that have already
 * waited through several meetings.
 */
export const carriedItemsRule: PrepRule = (input) => {
  const out: RuleSuggestion[] = [];
  const carried = carriedSourceIds([input.meeting, ...input.previous]);
  for (const m of input.previous) {
    // A past meeting still marked scheduled was never closed; an upcoming one is simply not due yet.
    if (m.status !== 'scheduled' || m.start >= input.now) continue;
    const when = input.formatDate(m.start.slice(0, 10));
    for (const item of undiscussed(m)) {
      if (carried.has(item.id)) continue;
      const kind = m.sections.find((s) => s.id === item.sectionId)?.kind ?? 'updates';
      out.push(
        suggest(
          'carried-items',
          `uncarried:${item.id}`,
          kind,
          item.text,
          `It was on the agenda of your 1:1 on ${when}, which was never closed, and was not marked discussed.`,
          {
            effect: { origin: 'carried', carriedFromId: item.id, carryCount: item.carryCount + 1 },
          },
        ),
      );
    }
  }
  for (const item of input.meeting.agenda) {
    if (item.origin !== 'carried' || item.status === 'discussed' || item.carryCount < 2) continue;
    out.push(
      suggest(
        'carried-items',
        `stale:${item.id}`,
        'asks',
        `Decide or let go: ${item.text}`,
        `${quote(item.text)} has been carried over ${item.carryCount} times without being discussed; settle it or drop it.`,
        // It is about this very agenda item, so it never counts as repeating it.
        { subject: null },
      ),
    );
  }
  return out;
};
