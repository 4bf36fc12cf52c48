import type { AgendaTemplate, Meeting, Series } from '../../../../shared/domain/meeting';
import type { Occurrence } from '../../../../shared/recurrence';
import type { ServiceContext } from '../context';

/** A new, empty meeting for one occurrence, its sections copied from the template. */
export function newMeeting(
  ctx: ServiceContext,
  series: Series,
  template: AgendaTemplate,
  occ: Occurrence,
): Meeting {
  const now = ctx.nowIso();
  return {
    id: ctx.newId(),
    seriesId: series.id,
    leaderId: series.leaderId,
    occurrenceKey: occ.key,
    start: occ.start,
    durationMinutes: series.durationMinutes,
    status: occ.status === 'skipped' ? 'skipped' : 'scheduled',
    moved: occ.moved,
    sections: template.sections.map((s) => ({ ...s })),
    agenda: [],
    prepNotes: null,
    notes: null,
    dismissedSuggestions: [],
    closedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}
