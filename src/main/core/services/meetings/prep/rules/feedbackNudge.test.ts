import { describe, it, expect } from 'vitest';
import { fixtureInput, fixtureItem, fixtureMeeting } from '../prepFixtures';
import { runPrep } from '../runPrep';
import { feedbackNudgeRule } from './feedbackNudge';

const held = (
  id: string,
  day: string,
  agenda = [fixtureItem(`${id}-u`, 'updates', { status: 'discussed' })],
) => fixtureMeeting(id, `2026-${day}T09:00:00.000Z`, { status: 'held', agenda });

describe('prep rule: feedback nudge', () => {
  it('nudges when no feedback was discussed in the last N held meetings, naming N and the leader', () => {
    const out = feedbackNudgeRule(
      fixtureInput({ previous: [held('a', '03-02'), held('b', '02-16'), held('c', '02-02')] }),
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ id: 'feedback-nudge', section: 'feedback' });
    expect(out[0].reason).toContain('last 3 1:1s with Dana');
  });

  it('stays quiet when feedback was discussed in one of them', () => {
    const withFeedback = held('b', '02-16', [
      fixtureItem('f', 'feedback', { status: 'discussed' }),
    ]);
    expect(
      feedbackNudgeRule(
        fixtureInput({ previous: [held('a', '03-02'), withFeedback, held('c', '02-02')] }),
      ),
    ).toEqual([]);
  });

  it('counts a feedback item only if it was actually discussed', () => {
    const skippedOver = held('b', '02-16', [fixtureItem('f', 'feedback', { status: 'deferred' })]);
    expect(
      feedbackNudgeRule(
        fixtureInput({ previous: [held('a', '03-02'), skippedOver, held('c', '02-02')] }),
      ),
    ).toHaveLength(1);
  });

  it('waits until N meetings were held, and follows the setting', () => {
    const two = [held('a', '03-02'), held('b', '02-16')];
    expect(feedbackNudgeRule(fixtureInput({ previous: two }))).toEqual([]);
    expect(
      feedbackNudgeRule(fixtureInput({ previous: two, feedbackNudgeMeetings: 2 })),
    ).toHaveLength(1);
  });

  it('stays quiet when this agenda already has a feedback item', () => {
    const input = fixtureInput({
      previous: [held('a', '03-02'), held('b', '02-16'), held('c', '02-02')],
    });
    const meeting = { ...input.meeting, agenda: [fixtureItem('q', 'feedback')] };
    expect(feedbackNudgeRule({ ...input, meeting })).toEqual([]);
  });

  it('does not repeat its question when the agenda already asks it elsewhere', () => {
    const input = fixtureInput({
      previous: [held('a', '03-02'), held('b', '02-16'), held('c', '02-02')],
    });
    const [s] = feedbackNudgeRule(input);
    const meeting = { ...input.meeting, agenda: [fixtureItem('q', 'updates', { text: s.text })] };
    expect(runPrep({ ...input, meeting }, [feedbackNudgeRule])).toEqual([]);
  });
});
