import { describe, it, expect } from 'vitest';
import { fixtureInput, fixtureItem, fixtureMeeting } from '../prepFixtures';
import { runPrep } from '../runPrep';
import { goodwillBeforeAskRule } from './goodwillBeforeAsk';
import { prepRules } from './index';

const askSection = (): string =>
  fixtureMeeting('x', '2026-03-16T09:00:00.000Z').sections.find((s) => s.kind === 'asks')?.id ?? '';

describe('prep rule: goodwill before an ask', () => {
  it('stays quiet when the balance is healthy or there is no ledger', () => {
    expect(goodwillBeforeAskRule(fixtureInput({ goodwill: null }))).toEqual([]);
    expect(goodwillBeforeAskRule(fixtureInput({ goodwill: { balance: 9, low: false } }))).toEqual(
      [],
    );
  });

  it('warns in the asks section, naming the ask already on the agenda, and offers help as a deposit', () => {
    const meeting = fixtureMeeting('m3', '2026-03-16T09:00:00.000Z', {
      agenda: [fixtureItem('a', askSection(), { text: 'Budget for a contractor' })],
    });
    const out = goodwillBeforeAskRule(
      fixtureInput({ meeting, goodwill: { balance: -2, low: true } }),
    );
    expect(out[0]).toMatchObject({ id: 'goodwill-low', section: 'asks', advisory: true });
    expect(out[0].reason).toContain('“Budget for a contractor”');
    expect(out[0].reason).toContain('−2');
    expect(out[1]).toMatchObject({ id: 'goodwill-deposit', section: 'help', advisory: false });
  });

  it('advises holding asks when none is on the agenda yet', () => {
    const out = goodwillBeforeAskRule(fixtureInput({ goodwill: { balance: 1, low: true } }));
    expect(out[0].text).toBe('Goodwill with Dana is low: hold asks for now');
  });

  it('is one of the rules the prep assistant runs', () => {
    expect(prepRules).toContain(goodwillBeforeAskRule);
  });

  it('does not offer help again when the agenda already offers it, and keeps the warning', () => {
    const input = fixtureInput({ goodwill: { balance: 1, low: true } });
    const meeting = {
      ...input.meeting,
      agenda: [fixtureItem('h', 'help', { text: 'What could I take off your plate this week' })],
    };
    expect(runPrep({ ...input, meeting }, [goodwillBeforeAskRule]).map((s) => s.id)).toEqual([
      'goodwill-low',
    ]);
  });
});
