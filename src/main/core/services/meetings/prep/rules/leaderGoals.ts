import { quote, suggest } from '../suggest';
import type { PrepRule } from '../types';

/** How many goals to propose at once: enough to steer the updates, few enough to read. */
const MAX_GOALS = 2;

/**
 * The leader's stated goals ("Vision & goals" on their profile), to align updates with.
 * Goals raised least recently come first, so over a few meetings each one gets its turn.
 */
export const leaderGoalsRule: PrepRule = (input) => {
  const lastRaised = new Map<string, number>();
  input.previous.forEach((m, age) => {
    for (const i of m.agenda) {
      if (i.suggestionId?.startsWith('goal:') && !lastRaised.has(i.suggestionId))
        lastRaised.set(i.suggestionId, age);
    }
  });
  const onAgenda = new Set(input.meeting.agenda.map((i) => i.suggestionId));
  return (
    input.leader.goals
      .map((g, order) => ({ g, order, age: lastRaised.get(`goal:${g.id}`) ?? Infinity }))
      .filter(({ g }) => !onAgenda.has(`goal:${g.id}`))
      // Never raised first, then the longest ago; ties keep the profile's order.
      .sort((a, b) => b.age - a.age || a.order - b.order)
      .slice(0, MAX_GOALS)
      .map(({ g }) =>
        suggest(
          'leader-goals',
          `goal:${g.id}`,
          'updates',
          `Progress toward: ${g.text}`,
          `${input.leader.name} named ${quote(g.text)} among their goals; tying your update to it shows your work serves what they care about.`,
          { subject: g.text },
        ),
      )
  );
};
