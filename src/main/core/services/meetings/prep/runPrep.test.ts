import { describe, it, expect } from 'vitest';
import { fixtureAction, fixtureInput, fixtureItem } from './prepFixtures';
import { publicSuggestion, runPrep } from './runPrep';
import { suggest } from './suggest';
import type { PrepRule } from './types';

describe('prep assistant', () => {
  const overdue = fixtureAction('a', { due: '2026-03-01', overdue: true });

  it('hides a suggestion dismissed for this meeting', () => {
    const input = fixtureInput({ actions: [overdue] });
    expect(runPrep(input).map((s) => s.id)).toContain('overdue-action:a');
    const meeting = { ...input.meeting, dismissedSuggestions: ['overdue-action:a'] };
    expect(runPrep({ ...input, meeting }).map((s) => s.id)).not.toContain('overdue-action:a');
  });

  it('hides a suggestion already accepted onto the agenda', () => {
    const input = fixtureInput({ actions: [overdue] });
    const meeting = {
      ...input.meeting,
      agenda: [fixtureItem('i', 'followups', { suggestionId: 'overdue-action:a' })],
    };
    expect(runPrep({ ...input, meeting })).toEqual([]);
  });

  it('takes extra rules (the goodwill bank adds its own) and lists each id once', () => {
    const lowBalance: PrepRule = (i) =>
      i.goodwill?.low
        ? [
            suggest(
              'goodwill',
              'goodwill-low',
              'asks',
              'Make a deposit before the ask',
              'The balance is low.',
              { advisory: true },
            ),
          ]
        : [];
    const twice: PrepRule = () => [
      suggest('x', 'same', 'updates', 'A', 'r'),
      suggest('x', 'same', 'updates', 'B', 'r'),
    ];
    const out = runPrep(fixtureInput({ goodwill: { balance: -3, low: true } }), [
      lowBalance,
      twice,
    ]);
    expect(out.map((s) => [s.id, s.advisory])).toEqual([
      ['goodwill-low', true],
      ['same', false],
    ]);
  });

  it('shows the UI only the public fields of a suggestion', () => {
    const [s] = runPrep(fixtureInput({ actions: [overdue] }));
    expect(Object.keys(publicSuggestion(s)).sort()).toEqual([
      'advisory',
      'id',
      'reason',
      'rule',
      'section',
      'text',
    ]);
  });
});
