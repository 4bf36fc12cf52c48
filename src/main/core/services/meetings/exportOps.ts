import {
  AGENDA_SECTIONS,
  chosenSections,
  FOLLOW_UP_SECTIONS,
  type SectionChoice,
} from '../../../../shared/domain/exportSections';
import { userDisplayName } from '../../../../shared/domain/settings';
import type { Handlers } from '../../ipc/dispatch';
import { buildAgendaDocx } from '../../export/agendaDocx';
import { buildFollowUpDocx } from '../../export/followUpDocx';
import { saveExport } from '../../export/saveExport';
import type { MeetingsEnv } from './env';
import { dateInZone } from './dates';
import {
  buildFollowUp,
  followUpBody,
  followUpSubject,
  followUpToText,
  type FollowUpContent,
} from './followUp';
import { buildView } from './meetingView';

type ExportHandlers = Pick<
  Handlers['meetings'],
  'followUpText' | 'exportAgenda' | 'exportFollowUp'
>;

/** Builds the handlers for the follow-up message and the Word exports of a meeting. */
export function exportHandlers(env: MeetingsEnv): ExportHandlers {
  const { ctx } = env;
  const author = (): string => userDisplayName(ctx.settings());

  async function followUp(
    meetingId: string,
    sections: SectionChoice,
  ): Promise<{ content: FollowUpContent; fileBase: string }> {
    const view = await buildView(env, await env.repo.get(meetingId));
    const content = buildFollowUp(view, {
      me: { name: author(), role: ctx.settings().userRole },
      dateFormat: ctx.settings().dateFormat,
      sections: chosenSections(FOLLOW_UP_SECTIONS, sections),
      today: ctx.today(),
    });
    return { content, fileBase: `${view.title} ${dateInZone(view.meeting.start, view.timeZone)}` };
  }

  return {
    followUpText: async ({ meetingId, sections }) => {
      const { content } = await followUp(meetingId, sections);
      return {
        text: followUpToText(content),
        subject: followUpSubject(content),
        body: followUpBody(content),
      };
    },
    exportFollowUp: async ({ meetingId, sections }) => {
      const { content, fileBase } = await followUp(meetingId, sections);
      const bytes = await buildFollowUpDocx(content, {
        author: author(),
        leaderNames: await env.leaders.names(),
      });
      return saveExport(ctx.deps.shell, {
        title: 'Save the follow-up',
        defaultName: `${fileBase} - follow-up.docx`,
        bytes,
      });
    },
    exportAgenda: async ({ meetingId, sections }) => {
      const view = await buildView(env, await env.repo.get(meetingId));
      const bytes = await buildAgendaDocx(view, {
        sections: chosenSections(AGENDA_SECTIONS, sections),
        author: author(),
        dateFormat: ctx.settings().dateFormat,
        today: ctx.today(),
        leaderNames: await env.leaders.names(),
      });
      const day = dateInZone(view.meeting.start, view.timeZone);
      return saveExport(ctx.deps.shell, {
        title: 'Save the agenda',
        defaultName: `${view.title} ${day} - agenda.docx`,
        bytes,
      });
    },
  };
}
