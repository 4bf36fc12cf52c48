import type { AgendaTemplate, TemplateSection } from '../../../../shared/domain/meeting';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { MeetingsEnv } from './env';

type TemplateHandlers = Pick<
  Handlers['meetings'],
  'listTemplates' | 'createTemplate' | 'updateTemplate' | 'deleteTemplate'
>;

type SectionInput = Omit<TemplateSection, 'id'> & { id?: string };

const GONE = 'This template no longer exists.';

/** Builds the handlers for agenda templates. Changing a template shapes new meetings only. */
export function templateHandlers(env: MeetingsEnv): TemplateHandlers {
  const withIds = (sections: SectionInput[]): TemplateSection[] => {
    const seen = new Set<string>();
    return sections.map((s) => {
      // A duplicated id would merge two sections' items: give the second one its own.
      const id = s.id && !seen.has(s.id) ? s.id : env.ctx.newId();
      seen.add(id);
      return { ...s, id };
    });
  };

  return {
    listTemplates: async () => (await env.seriesData()).data.templates,
    createTemplate: ({ name, sections }) =>
      env.serial(async () => {
        const template: AgendaTemplate = { id: env.ctx.newId(), name, sections: withIds(sections) };
        (await env.seriesData()).change((d) => {
          d.templates.push(template);
        });
        return template;
      }),
    updateTemplate: ({ id, name, sections }) =>
      env.serial(async () => {
        const h = await env.seriesData();
        const old = h.data.templates.find((t) => t.id === id);
        if (!old) throw new AppError('not-found', GONE);
        const next: AgendaTemplate = {
          ...old,
          name: name ?? old.name,
          sections: sections ? withIds(sections) : old.sections,
        };
        h.change((d) => {
          d.templates = d.templates.map((t) => (t.id === id ? next : t));
        });
        return next;
      }),
    deleteTemplate: ({ id }) =>
      env.serial(async () => {
        const h = await env.seriesData();
        if (!h.data.templates.some((t) => t.id === id)) throw new AppError('not-found', GONE);
        if (h.data.templates.length === 1)
          throw new AppError(
            'conflict',
            'Keep at least one template: new meetings need one to start from.',
          );
        h.change((d) => {
          d.templates = d.templates.filter((t) => t.id !== id);
          // Series that used it fall back to the first template.
          d.series = d.series.map((s) => (s.templateId === id ? { ...s, templateId: null } : s));
        });
        return null;
      }),
  };
}
