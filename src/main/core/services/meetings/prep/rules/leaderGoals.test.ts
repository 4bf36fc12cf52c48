import { describe, it, expect } from 'vitest';
import { fixtureInput, fixtureItem, fixtureMeeting } from '../prepFixtures';
import { runPrep } from '../runPrep';
import { leaderGoalsRule } from './leaderGoals';

const goals = [
  { id: 'g1', text: 'Cut churn by half' },
  { id: 'g2', text: 'Launch in Spain' },
  { id: 'g3', text: 'Hire a data lead' },
];

describe('prep rule: the leader’s goals', () => {
  it('proposes aligning updates with two of the leader’s goals, quoting them', () => {
    const out = leaderGoalsRule(fixtureInput({ leader: { id: 'dana', name: 'Dana', goals } }));
    expect(out.map((s) => s.text)).toEqual([
      'Progress toward: Cut churn by half',
      'Progress toward: Launch in Spain',
    ]);
    expect(out[0]).toMatchObject({ id: 'goal:g1', section: 'updates' });
    expect(out[0].reason).toContain('Dana named “Cut churn by half”');
  });

  it('rotates: goals raised recently give way to the ones not raised yet', () => {
    const last = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      status: 'held',
      agenda: [
        fixtureItem('a', 'updates', { suggestionId: 'goal:g1' }),
        fixtureItem('b', 'updates', { suggestionId: 'goal:g2' }),
      ],
    });
    const out = leaderGoalsRule(
      fixtureInput({ leader: { id: 'dana', name: 'Dana', goals }, previous: [last] }),
    );
    expect(out.map((s) => s.id)).toEqual(['goal:g3', 'goal:g1']);
  });

  it('has nothing to say when the profile lists no goals', () => {
    expect(leaderGoalsRule(fixtureInput())).toEqual([]);
  });

  it('does not propose a goal the agenda already raises, in any section', () => {
    const input = fixtureInput({ leader: { id: 'dana', name: 'Dana', goals } });
    const meeting = {
      ...input.meeting,
      agenda: [fixtureItem('t', 'asks', { text: 'Progress toward: cut churn by half' })],
    };
    expect(runPrep({ ...input, meeting }, [leaderGoalsRule]).map((s) => s.id)).toEqual(['goal:g2']);
  });
});
