import { describe, it, expect } from 'vitest';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

describe('agenda templates', () => {
  it('starts with a default template built on the practices of leading up', async () => {
    const w = createWorld();
    const [t] = await w.api.listTemplates(undefined);
    expect(t.sections.map((s) => s.kind)).toEqual([
      'followups',
      'updates',
      'wins',
      'asks',
      'feedback',
      'help',
      'thanks',
    ]);
    expect(t.sections.every((s) => s.prompt.length > 10)).toBe(true);
  });

  it('builds a new series’ meetings from the template it names', async () => {
    const w = createWorld('2026-03-01T06:00:00.000Z');
    const t = await w.api.createTemplate({
      name: 'Skip-level',
      sections: [{ title: 'Team pulse', kind: 'updates' }, { title: 'Career' }],
    });
    expect(t.sections.map((s) => s.kind)).toEqual(['updates', 'other']);
    const { series } = await w.api.createSeries({ ...BIWEEKLY_DANA, templateId: t.id });
    const m = await w.api.open({ seriesId: series.id, key: '2026-03-02T09:00:00.000Z' });
    expect(m.meeting.sections.map((s) => s.title)).toEqual(['Team pulse', 'Career']);
  });

  it('edits a template without touching meetings already prepared', async () => {
    const w = createWorld('2026-03-01T06:00:00.000Z');
    const t = await w.api.createTemplate({ name: 'Short', sections: [{ title: 'Updates' }] });
    const { series } = await w.api.createSeries({ ...BIWEEKLY_DANA, templateId: t.id });
    const m = await w.api.open({ seriesId: series.id, key: '2026-03-02T09:00:00.000Z' });
    await w.api.updateTemplate({ id: t.id, sections: [{ title: 'Updates' }, { title: 'Asks' }] });
    expect((await w.api.get({ id: m.meeting.id })).meeting.sections).toHaveLength(1);
    const n = await w.api.open({ seriesId: series.id, key: '2026-03-16T09:00:00.000Z' });
    expect(n.meeting.sections.map((s) => s.title)).toEqual(['Updates', 'Asks']);
  });

  it('deletes a template (its series fall back to the first one) but never the last one', async () => {
    const w = createWorld();
    const t = await w.api.createTemplate({ name: 'Short', sections: [{ title: 'Updates' }] });
    const { series } = await w.api.createSeries({ ...BIWEEKLY_DANA, templateId: t.id });
    await w.api.deleteTemplate({ id: t.id });
    expect((await w.api.listSeries({}))[0].series.templateId).toBeNull();
    const [only] = await w.api.listTemplates(undefined);
    await expect(w.api.deleteTemplate({ id: only.id })).rejects.toThrow(/at least one template/);
    expect(series.templateId).toBe(t.id);
  });
});
