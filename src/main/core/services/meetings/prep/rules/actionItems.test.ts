import { describe, it, expect } from 'vitest';
import { fixtureAction, fixtureInput, fixtureItem, fixtureMeeting } from '../prepFixtures';
import { runPrep } from '../runPrep';
import { actionItemsRule } from './actionItems';

describe('prep rule: open and overdue action items', () => {
  it('asks you to give a new date for your own overdue item, and says why', () => {
    const [s] = actionItemsRule(
      fixtureInput({
        actions: [fixtureAction('a', { text: 'Send the plan', due: '2026-03-05', overdue: true })],
      }),
    );
    expect(s).toMatchObject({
      id: 'overdue-action:a',
      section: 'followups',
      text: 'New date for: Send the plan',
    });
    expect(s.reason).toContain('2026-03-05');
    expect(s.effect?.origin).toBe('action');
  });

  it('proposes checking on the leader’s overdue item, naming them', () => {
    const [s] = actionItemsRule(
      fixtureInput({
        actions: [
          fixtureAction('b', { owner: { kind: 'leader' }, due: '2026-03-01', overdue: true }),
        ],
      }),
    );
    expect(s.text).toBe('Check on: Action b (Dana)');
    expect(s.reason).toMatch(/^Dana took on/);
  });

  it('proposes reporting progress on your item due by the meeting, but not one due later', () => {
    const out = actionItemsRule(
      fixtureInput({
        actions: [
          fixtureAction('soon', { due: '2026-03-16' }),
          fixtureAction('later', { due: '2026-03-30' }),
        ],
      }),
    );
    expect(out.map((s) => s.id)).toEqual(['due-action:soon']);
  });

  it('proposes mentioning what you finished since the last 1:1, as a win', () => {
    const last = fixtureMeeting('m2', '2026-03-02T09:00:00.000Z', {
      status: 'held',
      closedAt: '2026-03-02T09:30:00.000Z',
    });
    const out = actionItemsRule(
      fixtureInput({
        previous: [last],
        actions: [
          fixtureAction('new', { status: 'done', completedAt: '2026-03-09T10:00:00.000Z' }),
          fixtureAction('old', { status: 'done', completedAt: '2026-02-20T10:00:00.000Z' }),
        ],
      }),
    );
    expect(out.map((s) => [s.id, s.section])).toEqual([['done-action:new', 'wins']]);
  });

  it('leaves out items agreed in this very meeting and dropped items', () => {
    const input = fixtureInput();
    const out = actionItemsRule({
      ...input,
      actions: [
        fixtureAction('here', { meetingId: input.meeting.id, due: '2026-03-01', overdue: true }),
        fixtureAction('gone', { status: 'dropped', due: '2026-03-01' }),
      ],
    });
    expect(out).toEqual([]);
  });

  it('does not repeat an action item already under Follow-ups or already on the agenda', () => {
    const due = fixtureAction('risk', { text: 'Send the risk register', due: '2026-03-16' });
    const only = (fields: Parameters<typeof fixtureInput>[0]) =>
      runPrep(fixtureInput({ actions: [due], ...fields }), [actionItemsRule]).map((s) => s.id);
    expect(only({})).toEqual(['due-action:risk']);
    // Listed by the meeting screen under Follow-ups.
    expect(only({ followUps: [due] })).toEqual([]);
    // Typed by the user in another section, in other words of case and punctuation.
    const typed = fixtureInput().meeting;
    expect(
      only({
        meeting: {
          ...typed,
          agenda: [fixtureItem('t', 'updates', { text: 'send the risk-register.' })],
        },
      }),
    ).toEqual([]);
    // Carried from the last meeting as another suggestion about the same action item.
    expect(
      only({
        meeting: {
          ...typed,
          agenda: [
            fixtureItem('c', 'followups', {
              text: 'New date for: Send the risk register',
              origin: 'carried',
              suggestionId: 'overdue-action:risk',
            }),
          ],
        },
      }),
    ).toEqual([]);
  });

  it('speaks of a first 1:1 when none was held yet', () => {
    const [s] = actionItemsRule(
      fixtureInput({
        actions: [fixtureAction('d', { status: 'done', completedAt: '2026-03-09T10:00:00.000Z' })],
      }),
    );
    expect(s.reason).toContain('before your first 1:1 with Dana');
    expect(s.reason).not.toContain('last 1:1');
  });
});
