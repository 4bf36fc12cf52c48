import { describe, it, expect } from 'vitest';
import { fixtureInput, fixtureItem, fixtureMeeting } from '../prepFixtures';
import { runPrep } from '../runPrep';
import { winsRule } from './wins';

describe('prep rule: wins since the last 1:1', () => {
  it('proposes each win logged since the last 1:1 under Wins, saying when it was logged', () => {
    const out = winsRule(
      fixtureInput({ wins: [{ id: 'e1', date: '2026-03-09', title: 'Shipped search' }] }),
    );
    expect(out).toEqual([
      expect.objectContaining({
        id: 'win:e1',
        section: 'wins',
        text: 'Shipped search',
        reason: expect.stringContaining('2026-03-09'),
      }),
    ]);
  });

  it('names an untitled win by its date', () => {
    expect(
      winsRule(fixtureInput({ wins: [{ id: 'e2', date: '2026-03-10', title: '' }] }))[0].text,
    ).toBe('Win of 2026-03-10');
  });

  it('does not propose a win already raised in an earlier meeting', () => {
    const earlier = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      status: 'held',
      agenda: [fixtureItem('i', 'wins', { suggestionId: 'win:e1' })],
    });
    expect(
      winsRule(
        fixtureInput({
          previous: [earlier],
          wins: [{ id: 'e1', date: '2026-03-02', title: 'Old' }],
        }),
      ),
    ).toEqual([]);
  });

  it('does not propose again a win dismissed while preparing an earlier meeting', () => {
    const earlier = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      status: 'held',
      dismissedSuggestions: ['win:e1'],
    });
    expect(
      winsRule(
        fixtureInput({
          previous: [earlier],
          wins: [{ id: 'e1', date: '2026-03-02', title: 'Old' }],
        }),
      ),
    ).toEqual([]);
  });

  it('does not repeat a win already on the agenda under another section', () => {
    const input = fixtureInput({
      wins: [{ id: 'e1', date: '2026-03-09', title: 'Shipped search' }],
    });
    const meeting = {
      ...input.meeting,
      agenda: [fixtureItem('u', 'updates', { text: 'Shipped Search!' })],
    };
    expect(runPrep({ ...input, meeting }, [winsRule])).toEqual([]);
  });

  it('says “after your last 1:1” only when one was held, else speaks of the first', () => {
    const wins = [{ id: 'e1', date: '2026-03-09', title: 'Shipped search' }];
    expect(winsRule(fixtureInput({ wins }))[0].reason).toContain('before your first 1:1 with Dana');
    const held = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', { status: 'held' });
    expect(winsRule(fixtureInput({ wins, previous: [held] }))[0].reason).toContain(
      'after your last 1:1',
    );
  });
});
