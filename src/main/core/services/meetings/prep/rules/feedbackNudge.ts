import { suggest } from '../suggest';
import type { PrepRule } from '../types';

/**
 * A nudge to ask for feedback when none was discussed in the last N held meetings of the
 * series (N is the `feedbackNudgeMeetings` setting). Quiet until N meetings were held, and
 * when this agenda already has a feedback item.
 */
export const feedbackNudgeRule: PrepRule = (input) => {
  const n = input.feedbackNudgeMeetings;
  const held = input.previous.filter((m) => m.status === 'held').slice(0, n);
  if (held.length < n) return [];
  const feedbackSections = (m: (typeof held)[number]): Set<string> =>
    new Set(m.sections.filter((s) => s.kind === 'feedback').map((s) => s.id));
  const askedBefore = held.some((m) => {
    const ids = feedbackSections(m);
    return m.agenda.some((i) => ids.has(i.sectionId) && i.status === 'discussed');
  });
  const current = feedbackSections(input.meeting);
  const onAgenda = input.meeting.agenda.some((i) => current.has(i.sectionId));
  if (askedBefore || onAgenda) return [];
  const meetings = n === 1 ? 'your last 1:1' : `your last ${n} 1:1s`;
  return [
    suggest(
      'feedback-nudge',
      'feedback-nudge',
      'feedback',
      'What is one thing I could do differently to make your job easier?',
      `No feedback for you was discussed in ${meetings} with ${input.leader.name}; asking keeps surprises out of your review.`,
    ),
  ];
};
