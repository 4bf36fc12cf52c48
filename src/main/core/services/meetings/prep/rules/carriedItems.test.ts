import { describe, it, expect } from 'vitest';
import { fixtureInput, fixtureItem, fixtureMeeting } from '../prepFixtures';
import { runPrep } from '../runPrep';
import { carriedItemsRule } from './carriedItems';

describe('prep rule: carried-over items', () => {
  it('brings back undiscussed items of a past meeting that was never closed, keyed by the original item', () => {
    const unclosed = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      agenda: [
        fixtureItem('a', 'asks', { text: 'Budget for the offsite' }),
        fixtureItem('b', 'updates', { status: 'discussed' }),
      ],
    });
    const out = carriedItemsRule(fixtureInput({ previous: [unclosed] }));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      id: 'uncarried:a',
      section: 'asks',
      text: 'Budget for the offsite',
    });
    expect(out[0].reason).toContain('never closed');
    expect(out[0].effect).toEqual({ origin: 'carried', carriedFromId: 'a', carryCount: 1 });
  });

  it('stays quiet about items already carried somewhere, and about meetings still to come', () => {
    const unclosed = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      agenda: [fixtureItem('a', 'asks')],
    });
    const upcoming = fixtureMeeting('m2b', '2026-03-13T09:00:00.000Z', {
      agenda: [fixtureItem('u', 'asks')],
    });
    const input = fixtureInput({ previous: [upcoming, unclosed] });
    const meeting = {
      ...input.meeting,
      agenda: [
        fixtureItem('copy', 'asks', { origin: 'carried', carriedFromId: 'a', carryCount: 1 }),
      ],
    };
    expect(carriedItemsRule({ ...input, meeting })).toEqual([]);
  });

  it('ignores held meetings: closing already carried their items', () => {
    const held = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      status: 'held',
      agenda: [fixtureItem('a', 'asks')],
    });
    expect(carriedItemsRule(fixtureInput({ previous: [held] }))).toEqual([]);
  });

  it('asks to settle an item that has waited through two meetings or more', () => {
    const input = fixtureInput();
    const meeting = {
      ...input.meeting,
      agenda: [
        fixtureItem('x', 'updates', {
          text: 'Team offsite',
          origin: 'carried',
          carriedFromId: 'w',
          carryCount: 2,
        }),
      ],
    };
    const [s] = carriedItemsRule({ ...input, meeting });
    expect(s).toMatchObject({
      id: 'stale:x',
      section: 'asks',
      text: 'Decide or let go: Team offsite',
    });
    expect(s.reason).toContain('2 times');
  });

  it('does not bring back an item the agenda already holds in other words, but still asks to settle a stale one', () => {
    const unclosed = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      agenda: [fixtureItem('a', 'asks', { text: 'Budget for the offsite' })],
    });
    const input = fixtureInput({ previous: [unclosed] });
    const meeting = {
      ...input.meeting,
      agenda: [
        fixtureItem('typed', 'updates', { text: 'budget for the  offsite' }),
        fixtureItem('x', 'updates', {
          text: 'Team offsite',
          origin: 'carried',
          carriedFromId: 'w',
          carryCount: 2,
        }),
      ],
    };
    expect(runPrep({ ...input, meeting }, [carriedItemsRule]).map((s) => s.id)).toEqual([
      'stale:x',
    ]);
  });
});
