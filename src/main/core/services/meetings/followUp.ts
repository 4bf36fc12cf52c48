import type { ActionOwner } from '../../../../shared/domain/meeting';
import { richTextToPlain, type RichDoc } from '../../../../shared/domain/richtext';
import type { Settings } from '../../../../shared/domain/settings';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import { heldAt } from '../../../../shared/meetingOutcome';
import { dateInZone, formatDay, formatMeetingWhen } from './dates';

/** What a follow-up message says, shared by the plain-text copy, the mail and the .docx. */
export interface FollowUpContent {
  title: string;
  when: string;
  greeting: string;
  intro: string;
  /** What was discussed: every item ticked as discussed or given a decision, in agenda order. */
  discussed: { topic: string; decision: string }[];
  actions: { text: string; owner: string; due: string | null; done: boolean }[];
  /** The meeting notes, only when the user chose to send them. */
  notes: RichDoc;
  closing: string;
  /** The user's name, then their role, to sign with (empty when not set). */
  signature: string[];
}

/** The name an owner goes by in a message to the leader: the user's own name for their items. */
export function ownerLabel(owner: ActionOwner, leaderName: string, me: string): string {
  if (owner.kind === 'me') return me.trim() || 'Me';
  if (owner.kind === 'leader') return leaderName;
  return owner.name;
}

/** Who the user is, as the follow-up signs and names them. */
export interface Signer {
  name: string;
  role: string;
}

/**
 * Assembles the follow-up of a meeting: what was discussed (titles and decisions), the
 * action items agreed in it (dropped ones left out) with owner and date, and the meeting
 * notes when asked for.
 */
export function buildFollowUp(
  view: MeetingView,
  opts: {
    me: Signer;
    dateFormat: Settings['dateFormat'];
    sections: ReadonlySet<string>;
    today: string;
  },
): FollowUpContent {
  // The day the meeting took place: its own, or the day it was held when that came first.
  const met = dateInZone(heldAt(view.meeting), view.timeZone);
  const when = met === opts.today ? 'today' : `on ${formatDay(met, opts.dateFormat)}`;
  const firstName = view.leaderName.trim().split(/\s+/)[0] || view.leaderName;
  const discussed = opts.sections.has('discussed')
    ? view.meeting.agenda
        .filter((i) => i.status === 'discussed' || i.decision.trim().length > 0)
        .map((i) => ({ topic: i.text, decision: i.decision.trim() }))
    : [];
  const actions = opts.sections.has('actions')
    ? view.actions
        .filter((a) => a.status !== 'dropped')
        .map((a) => ({
          text: a.text,
          owner: ownerLabel(a.owner, view.leaderName, opts.me.name),
          due: a.due ? formatDay(a.due, opts.dateFormat) : null,
          done: a.status === 'done',
        }))
    : [];
  const notes =
    opts.sections.has('meetingNotes') && richTextToPlain(view.meeting.notes).trim()
      ? view.meeting.notes
      : null;
  return {
    title: `Follow-up: 1:1 with ${view.leaderName}`,
    when: formatMeetingWhen(view.meeting.start, view.timeZone, opts.dateFormat),
    greeting: `Hi ${firstName},`,
    intro:
      discussed.length || actions.length
        ? `Thanks for your time ${when}. Here is what we covered and agreed, so we both have it in writing.`
        : `Thanks for your time ${when}. We did not record any decisions or action items this time.`,
    discussed,
    actions,
    notes,
    closing: 'If I missed or misread anything, tell me and I will put it right.',
    signature: [opts.me.name.trim(), opts.me.role.trim()].filter(Boolean),
  };
}

/** The body of the follow-up as plain text, ready for a mail or a chat message. */
export function followUpBody(c: FollowUpContent): string {
  const lines = [c.greeting, '', c.intro];
  if (c.discussed.length) {
    lines.push('', 'What we discussed');
    for (const d of c.discussed)
      lines.push(d.decision ? `- ${d.topic}: ${d.decision}` : `- ${d.topic}`);
  }
  if (c.actions.length) {
    lines.push('', 'Action items');
    for (const a of c.actions) {
      const due = a.due ? `by ${a.due}` : 'no date set';
      lines.push(`- ${a.text} (${a.owner}, ${due})${a.done ? ' (done)' : ''}`);
    }
  }
  const notes = richTextToPlain(c.notes).trim();
  if (notes) lines.push('', 'Notes', notes);
  lines.push('', c.closing);
  if (c.signature.length) lines.push('', ...c.signature);
  return lines.join('\n');
}

/** The subject line of the follow-up mail. */
export function followUpSubject(c: FollowUpContent): string {
  return `${c.title} (${c.when})`;
}

/** The follow-up as a plain-text message, ready to paste into mail or chat. */
export function followUpToText(c: FollowUpContent): string {
  return `${followUpSubject(c)}\n\n${followUpBody(c)}`;
}
