import type { Meeting, PrepSuggestion } from '../../../../shared/domain/meeting';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import { addItem, makeItem, sectionFor } from './agenda';
import { dateInZone, formatDay } from './dates';
import type { MeetingsEnv } from './env';
import { meetingYear } from './meetingsShard';
import { publicSuggestion, runPrep } from './prep/runPrep';
import type { PrepInput, RuleSuggestion } from './prep/types';
import { buildView, followUpsOf } from './meetingView';

type PrepHandlers = Pick<
  Handlers['meetings'],
  'suggestions' | 'acceptSuggestion' | 'dismissSuggestion'
>;

/** Gathers what the prep rules look at for one meeting. */
export async function gatherPrepInput(env: MeetingsEnv, meeting: Meeting): Promise<PrepInput> {
  const { ctx } = env;
  const series = await env.findSeries(meeting.seriesId);
  const timeZone = series?.timeZone ?? 'UTC';
  const fromYear = String(Number(meetingYear(meeting.occurrenceKey)) - 2);
  const previous = (await env.repo.ofSeries(meeting.seriesId, fromYear))
    .filter((m) => m.occurrenceKey < meeting.occurrenceKey)
    .reverse();
  const lastHeld = previous.find((m) => m.status === 'held');
  const today = ctx.today();
  const dateFormat = ctx.settings();
  const [name, goals, actions, wins, goodwill] = await Promise.all([
    env.leaderName(meeting.leaderId),
    env.leaders.goals(meeting.leaderId),
    env.actions.forLeader(meeting.leaderId),
    env.wins?.({
      leaderId: meeting.leaderId,
      since: lastHeld ? dateInZone(lastHeld.start, timeZone) : null,
      until: today,
    }) ?? [],
    env.goodwill?.(meeting.leaderId) ?? null,
  ]);
  const views = actions.map((a) => env.actions.view(a));
  return {
    today,
    now: ctx.nowIso(),
    meeting,
    meetingDate: dateInZone(meeting.start, timeZone),
    leader: { id: meeting.leaderId, name, goals },
    actions: views,
    followUps: followUpsOf(meeting, previous[0] ?? null, views),
    previous,
    wins,
    feedbackNudgeMeetings: ctx.settings().feedbackNudgeMeetings,
    goodwill,
    formatDate: (d) => formatDay(d, dateFormat),
  };
}

/** Builds the prep assistant's handlers: list, accept onto the agenda, dismiss for this meeting. */
export function prepHandlers(env: MeetingsEnv): PrepHandlers {
  async function current(meeting: Meeting): Promise<RuleSuggestion[]> {
    return runPrep(await gatherPrepInput(env, meeting));
  }

  return {
    suggestions: async ({ meetingId }): Promise<PrepSuggestion[]> =>
      (await current(await env.repo.get(meetingId))).map(publicSuggestion),
    acceptSuggestion: ({ meetingId, suggestionId }) =>
      env.serial(async () => {
        const meeting = await env.repo.get(meetingId);
        const s = (await current(meeting)).find((x) => x.id === suggestionId);
        if (!s)
          throw new AppError(
            'not-found',
            'This suggestion is no longer offered; the agenda may already have it.',
          );
        if (s.advisory)
          throw new AppError(
            'invalid-input',
            'This suggestion is a note to keep in mind; it does not go on the agenda.',
          );
        const item = makeItem({
          id: env.ctx.newId(),
          sectionId: sectionFor(meeting, s.section).id,
          text: s.text,
          origin: s.effect?.origin ?? 'assistant',
          carriedFromId: s.effect?.carriedFromId ?? null,
          carryCount: s.effect?.carryCount ?? 0,
          suggestionId: s.id,
        });
        return buildView(env, await env.repo.update(meetingId, (m) => addItem(m, item)));
      }),
    dismissSuggestion: ({ meetingId, suggestionId }) =>
      env.serial(async () => {
        await env.repo.update(meetingId, (m) =>
          m.dismissedSuggestions.includes(suggestionId)
            ? m
            : { ...m, dismissedSuggestions: [...m.dismissedSuggestions, suggestionId] },
        );
        return null;
      }),
  };
}
