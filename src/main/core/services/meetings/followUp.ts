import type { ActionOwner } from '../../../../shared/domain/meeting';
import type { Settings } from '../../../../shared/domain/settings';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import { heldAt } from '../../../../shared/meetingOutcome';
import { dateInZone, formatDay, formatMeetingWhen } from './dates';

/** What a follow-up message says, shared by the plain-text copy and the .docx. */
export interface FollowUpContent {
  title: string;
  when: string;
  greeting: string;
  intro: string;
  decisions: { topic: string; decision: string }[];
  actions: { text: string; owner: string; due: string | null; done: boolean }[];
  closing: string;
  /** The export author's name, to sign with (empty when not set). */
  signature: string;
}

/** The name an owner goes by in a message to the leader. */
export function ownerLabel(owner: ActionOwner, leaderName: string, author: string): string {
  if (owner.kind === 'me') return author.trim() || 'Me';
  if (owner.kind === 'leader') return leaderName;
  return owner.name;
}

/**
 * Assembles the follow-up of a meeting: the decisions recorded on agenda items and the
 * action items agreed in it (dropped ones left out), each with its owner and date.
 */
export function buildFollowUp(
  view: MeetingView,
  opts: { author: string; dateFormat: Settings['dateFormat']; today: string },
): FollowUpContent {
  // The day the meeting took place: its own, or the day it was held when that came first.
  const met = dateInZone(heldAt(view.meeting), view.timeZone);
  const when = met === opts.today ? 'today' : `on ${formatDay(met, opts.dateFormat)}`;
  const firstName = view.leaderName.trim().split(/\s+/)[0] || view.leaderName;
  const decisions = view.meeting.agenda
    .filter((i) => i.decision.trim().length > 0)
    .map((i) => ({ topic: i.text, decision: i.decision.trim() }));
  const actions = view.actions
    .filter((a) => a.status !== 'dropped')
    .map((a) => ({
      text: a.text,
      owner: ownerLabel(a.owner, view.leaderName, opts.author),
      due: a.due ? formatDay(a.due, opts.dateFormat) : null,
      done: a.status === 'done',
    }));
  return {
    title: `Follow-up: 1:1 with ${view.leaderName}`,
    when: formatMeetingWhen(view.meeting.start, view.timeZone, opts.dateFormat),
    greeting: `Hi ${firstName},`,
    intro:
      decisions.length || actions.length
        ? `Thanks for your time ${when}. Here is what we agreed, so we both have it in writing.`
        : `Thanks for your time ${when}. We did not record any decisions or action items this time.`,
    decisions,
    actions,
    closing: 'If I missed or misread anything, tell me and I will put it right.',
    signature: opts.author.trim(),
  };
}

/** The follow-up as a plain-text message, ready to paste into mail or chat. */
export function followUpToText(c: FollowUpContent): string {
  const lines = [`${c.title} (${c.when})`, '', c.greeting, '', c.intro];
  if (c.decisions.length) {
    lines.push('', 'Decisions');
    for (const d of c.decisions) lines.push(`- ${d.topic}: ${d.decision}`);
  }
  if (c.actions.length) {
    lines.push('', 'Action items');
    for (const a of c.actions) {
      const due = a.due ? `by ${a.due}` : 'no date set';
      lines.push(`- ${a.text} (${a.owner}, ${due})${a.done ? ' (done)' : ''}`);
    }
  }
  lines.push('', c.closing);
  if (c.signature) lines.push('', c.signature);
  return lines.join('\n');
}
