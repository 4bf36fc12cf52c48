import type { ActionView } from '../../../../../../shared/ipc/areas/actions';
import { quote, suggest } from '../suggest';
import type { PrepInput, PrepRule, RuleSuggestion } from '../types';

/** Items about an action item carry the follow-up badge on the agenda and name the item they are about. */
const about = (a: ActionView) => ({
  effect: { origin: 'action' as const },
  actionId: a.id,
  subject: a.text,
});

/** Who owns an item, in a sentence. */
function ownerName(item: ActionView, leaderName: string): string {
  if (item.owner.kind === 'me') return 'You';
  if (item.owner.kind === 'leader') return leaderName;
  return item.owner.name;
}

/** The start of the last held meeting in the series, or null. */
function lastHeldAt(input: PrepInput): string | null {
  const held = input.previous.find((m) => m.status === 'held');
  return held ? (held.closedAt ?? held.start) : null;
}

/**
 * Open and overdue action items: overdue ones of any owner come back as follow-ups,
 * your own items due by this meeting as progress to report, and your items finished
 * since the last 1:1 as a loop to close out loud.
 */
export const actionItemsRule: PrepRule = (input) => {
  const out: RuleSuggestion[] = [];
  const name = input.leader.name;
  const since = lastHeldAt(input);
  for (const a of input.actions) {
    if (a.meetingId === input.meeting.id) continue;
    const due = a.due ? input.formatDate(a.due) : '';
    if (a.status === 'open' && a.overdue) {
      const who = ownerName(a, name);
      if (a.owner.kind === 'me') {
        out.push(
          suggest(
            'action-items',
            `overdue-action:${a.id}`,
            'followups',
            `New date for: ${a.text}`,
            `You committed to ${quote(a.text)} by ${due} and it is still open; raising it before you are asked keeps their trust.`,
            about(a),
          ),
        );
      } else {
        out.push(
          suggest(
            'action-items',
            `overdue-action:${a.id}`,
            'followups',
            `Check on: ${a.text} (${who})`,
            `${who} took on ${quote(a.text)}, due ${due}, and it is still open.`,
            about(a),
          ),
        );
      }
    } else if (
      a.status === 'open' &&
      a.owner.kind === 'me' &&
      a.due &&
      a.due <= input.meetingDate
    ) {
      out.push(
        suggest(
          'action-items',
          `due-action:${a.id}`,
          'followups',
          `Progress on: ${a.text}`,
          `It is yours and due ${due}, on or before this meeting; say where it stands.`,
          about(a),
        ),
      );
    } else if (
      a.status === 'done' &&
      a.owner.kind === 'me' &&
      a.completedAt &&
      (!since || a.completedAt > since)
    ) {
      out.push(
        suggest(
          'action-items',
          `done-action:${a.id}`,
          'wins',
          `Done: ${a.text}`,
          `You finished it on ${input.formatDate(a.completedAt.slice(0, 10))}, ${since ? 'after your last 1:1' : `before your first 1:1 with ${name}`}; closing the loop shows you do what you said.`,
          { actionId: a.id, subject: a.text },
        ),
      );
    }
  }
  return out;
};
