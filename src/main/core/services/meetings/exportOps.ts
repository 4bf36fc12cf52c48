import type { Handlers } from '../../ipc/dispatch';
import { buildAgendaDocx } from '../../export/agendaDocx';
import { buildFollowUpDocx } from '../../export/followUpDocx';
import { saveExport } from '../../export/saveExport';
import type { MeetingsEnv } from './env';
import { dateInZone } from './dates';
import { buildFollowUp, followUpToText, type FollowUpContent } from './followUp';
import { buildView } from './meetingView';

type ExportHandlers = Pick<
  Handlers['meetings'],
  'followUpText' | 'exportAgenda' | 'exportFollowUp'
>;

/** Builds the handlers for the follow-up message and the Word exports of a meeting. */
export function exportHandlers(env: MeetingsEnv): ExportHandlers {
  const { ctx } = env;
  const author = (): string => ctx.settings().exportAuthor;

  async function followUp(
    meetingId: string,
  ): Promise<{ content: FollowUpContent; fileBase: string }> {
    const view = await buildView(env, await env.repo.get(meetingId));
    const content = buildFollowUp(view, {
      author: author(),
      dateFormat: ctx.settings().dateFormat,
      today: ctx.today(),
    });
    return { content, fileBase: `${view.title} ${dateInZone(view.meeting.start, view.timeZone)}` };
  }

  return {
    followUpText: async ({ meetingId }) => ({
      text: followUpToText((await followUp(meetingId)).content),
    }),
    exportFollowUp: async ({ meetingId }) => {
      const { content, fileBase } = await followUp(meetingId);
      const bytes = await buildFollowUpDocx(content, { author: author() });
      return saveExport(ctx.deps.shell, {
        title: 'Save the follow-up',
        defaultName: `${fileBase} - follow-up.docx`,
        bytes,
      });
    },
    exportAgenda: async ({ meetingId, includePrivate }) => {
      const view = await buildView(env, await env.repo.get(meetingId));
      const bytes = await buildAgendaDocx(view, {
        includePrivate,
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
