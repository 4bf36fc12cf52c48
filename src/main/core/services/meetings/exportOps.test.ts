import { describe, it, expect } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { docxText, docxXml } from '../../export/testing/docxXml';
import { PREP_NOTES_HEADING } from '../../export/agendaDocx';
import { plainToRichText } from '../../../../shared/domain/richtext';
import { BIWEEKLY_DANA, createWorld } from './testSupport';

const FIRST = '2026-03-02T09:00:00.000Z';

async function heldMeeting() {
  const w = createWorld('2026-03-02T09:40:00.000Z');
  w.settings.exportAuthor = 'Alex Kim';
  const { series } = await w.api.createSeries(BIWEEKLY_DANA);
  const m = (await w.api.open({ seriesId: series.id, key: FIRST })).meeting;
  const v = await w.api.agendaAdd({ meetingId: m.id, sectionId: 'asks', text: 'Vendor choice' });
  const item = v.meeting.agenda[0];
  await w.api.agendaUpdate({ meetingId: m.id, itemId: item.id, decision: 'Go with vendor B' });
  await w.api.agendaSetStatus({ meetingId: m.id, itemId: item.id, status: 'discussed' });
  await w.api.agendaAdd({ meetingId: m.id, sectionId: 'updates', text: 'Churn numbers' });
  await w.actionsApi.create({
    text: 'Sign the contract',
    leaderId: 'dana',
    meetingId: m.id,
    due: '2026-03-13',
  });
  await w.actionsApi.create({
    text: 'Tell finance',
    leaderId: 'dana',
    meetingId: m.id,
    owner: { kind: 'leader' },
  });
  await w.actionsApi.create({
    text: 'Review terms',
    leaderId: 'dana',
    meetingId: m.id,
    owner: { kind: 'other', name: 'Priya' },
    due: '2026-03-10',
  });
  await w.api.saveNotes({
    meetingId: m.id,
    prepNotes: plainToRichText('SECRET-PREP Dana seems stretched'),
    notes: plainToRichText('We agreed fast.'),
  });
  await w.api.close({ id: m.id, early: true });
  return { w, meetingId: m.id };
}

describe('follow-up and agenda exports', () => {
  it('assembles the follow-up with decisions and action items, owners and dates', async () => {
    const { w, meetingId } = await heldMeeting();
    const { text } = await w.api.followUpText({ meetingId });
    expect(text).toContain('Follow-up: 1:1 with Dana Reyes (Monday, 2 March 2026, 10:00)');
    expect(text).toContain('Hi Dana,');
    expect(text).toContain('What we discussed\n- Vendor choice: Go with vendor B');
    expect(text).toContain('- Sign the contract (Alex Kim, by 13 March 2026)');
    expect(text).toContain('- Tell finance (Dana Reyes, no date set)');
    expect(text).toContain('- Review terms (Priya, by 10 March 2026)');
    expect(text).not.toContain('Churn numbers');
    // Meeting notes are private until the user ticks them.
    expect(text).not.toContain('We agreed fast.');
    const withNotes = await w.api.followUpText({
      meetingId,
      sections: ['discussed', 'actions', 'meetingNotes'],
    });
    expect(withNotes.body).toContain('Notes\nWe agreed fast.');
    expect(withNotes.subject).toBe('Follow-up: 1:1 with Dana Reyes (Monday, 2 March 2026, 10:00)');
    expect(withNotes.body.startsWith('Hi Dana,')).toBe(true);
  });

  it('signs the follow-up with the user name and role, and names their action items after them', async () => {
    const { w, meetingId } = await heldMeeting();
    w.settings.userName = 'Alexandra Kim';
    w.settings.userRole = 'Engineering Manager';
    const { body } = await w.api.followUpText({ meetingId });
    expect(body).toContain('- Sign the contract (Alexandra Kim, by 13 March 2026)');
    expect(body.endsWith('Alexandra Kim\nEngineering Manager')).toBe(true);
    expect(body).not.toContain('(Me,');
  });

  it('follows the date format setting', async () => {
    const { w, meetingId } = await heldMeeting();
    w.settings.dateFormat = 'iso';
    expect((await w.api.followUpText({ meetingId })).text).toContain('by 2026-03-13');
  });

  it('exports the follow-up as .docx with a heading, a list of decisions and a table of actions', async () => {
    const { w, meetingId } = await heldMeeting();
    w.dialogs.save = join(await w.tempDir(), 'follow-up');
    const { path } = await w.api.exportFollowUp({ meetingId });
    expect(path).toMatch(/follow-up\.docx$/);
    const bytes = new Uint8Array(await readFile(path ?? ''));
    const xml = await docxXml(bytes);
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('<w:tbl>');
    const text = await docxText(bytes);
    expect(text).toContain('Vendor choice: Go with vendor B');
    expect(text).toContain('Sign the contract');
    expect(text).toContain('Priya');
  });

  it('exports the agenda without meeting notes or prep notes unless ticked, and without a trace of them', async () => {
    const { w, meetingId } = await heldMeeting();
    const dir = await w.tempDir();
    w.dialogs.save = join(dir, 'agenda.docx');
    await w.api.exportAgenda({ meetingId });
    const plain = await docxText(new Uint8Array(await readFile(join(dir, 'agenda.docx'))));
    expect(plain).toContain('Asks & decisions');
    expect(plain).toContain('Vendor choice');
    expect(plain).toContain('Decision: Go with vendor B');
    expect(plain).toContain('Churn numbers');
    expect(plain).not.toContain('We agreed fast.');
    expect(plain).not.toContain('SECRET-PREP');
    expect(plain).not.toContain(PREP_NOTES_HEADING);
    expect(plain).not.toMatch(/private|left out|prep/i);
    w.dialogs.save = join(dir, 'agenda-private.docx');
    await w.api.exportAgenda({ meetingId, sections: ['items', 'meetingNotes', 'prepNotes'] });
    const full = await docxText(new Uint8Array(await readFile(join(dir, 'agenda-private.docx'))));
    expect(full).toContain(PREP_NOTES_HEADING);
    expect(full).toContain('SECRET-PREP Dana seems stretched');
    expect(full).toContain('We agreed fast.');
  });

  it('puts open follow-ups of earlier meetings in the next agenda as a table', async () => {
    const { w } = await heldMeeting();
    const [series] = await w.api.listSeries({});
    const next = await w.api.open({ seriesId: series.series.id, key: '2026-03-16T09:00:00.000Z' });
    const dir = await w.tempDir();
    w.dialogs.save = join(dir, 'next.docx');
    await w.api.exportAgenda({ meetingId: next.meeting.id });
    const bytes = new Uint8Array(await readFile(join(dir, 'next.docx')));
    const text = await docxText(bytes);
    expect(text).toMatch(/Follow-ups[\s\S]*Action item[\s\S]*Sign the contract/);
    expect(await docxXml(bytes)).toContain('<w:tbl>');
  });

  it('returns no path and writes nothing when the save dialog is cancelled', async () => {
    const { w, meetingId } = await heldMeeting();
    w.dialogs.save = null;
    expect(await w.api.exportAgenda({ meetingId })).toEqual({ path: null });
  });
});
