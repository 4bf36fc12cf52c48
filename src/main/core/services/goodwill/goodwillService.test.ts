import { describe, it, expect } from 'vitest';
import { LedgerEntry } from '../../../../shared/domain/goodwill';
import { ledgerShard } from './goodwillShard';
import { MISSED_COMMITMENT_CATEGORY } from './defaultCategories';
import { actionItem, createGoodwillHarness } from './testing';

const DAY = 86_400_000;

async function setup() {
  const h = createGoodwillHarness('2026-03-10T09:00:00.000Z');
  const dana = await h.leaders.create({ name: 'Dana Reyes' });
  const sam = await h.leaders.create({ name: 'Sam Ortiz' });
  const g = h.goodwill.handlers;
  const deposit = (leaderId: string, date: string, points: number, note = '') =>
    g.add({
      leaderId,
      date,
      kind: 'deposit',
      points,
      categoryId: 'dep-early',
      note,
      meetingId: null,
      journalEntryId: null,
    });
  const withdrawal = (leaderId: string, date: string, points: number, note = '') =>
    g.add({
      leaderId,
      date,
      kind: 'withdrawal',
      points,
      categoryId: 'wd-ask',
      note,
      meetingId: null,
      journalEntryId: null,
    });
  return { ...h, dana, sam, g, deposit, withdrawal };
}

describe('goodwill ledger', () => {
  it('keeps a balance per leader: deposits minus withdrawals', async () => {
    const { goodwill, dana, sam, deposit, withdrawal } = await setup();
    await deposit(dana.id, '2026-03-01', 3);
    await deposit(dana.id, '2026-03-02', 2);
    await withdrawal(dana.id, '2026-03-05', 4);
    await deposit(sam.id, '2026-02-01', 1);
    const balances = await goodwill.balances();
    const byName = Object.fromEntries(balances.map((b) => [b.leaderName, b]));
    expect(byName['Dana Reyes']).toMatchObject({
      balance: 1,
      deposits: 5,
      withdrawals: 4,
      entries: 3,
      lastDate: '2026-03-05',
    });
    expect(byName['Sam Ortiz']).toMatchObject({ balance: 1, entries: 1 });
  });

  it('shows every line with the running balance, newest first, carrying the balance over from earlier years', async () => {
    const { g, dana, sam, deposit, withdrawal } = await setup();
    await deposit(dana.id, '2025-11-03', 4);
    await withdrawal(dana.id, '2025-12-01', 1);
    await deposit(sam.id, '2026-01-05', 5);
    await deposit(dana.id, '2026-01-10', 2);
    await withdrawal(dana.id, '2026-02-14', 3);
    const page = await g.list({ leaderId: dana.id });
    expect(page.year).toBe('2026');
    expect(page.years).toEqual(['2026', '2025']);
    expect(page.lines.map((l) => [l.date, l.signed, l.balanceAfter])).toEqual([
      ['2026-02-14', -3, 2],
      ['2026-01-10', 2, 5],
    ]);
    const older = await g.list({ leaderId: dana.id, year: '2025' });
    expect(older.lines.map((l) => l.balanceAfter)).toEqual([3, 4]);
    const everyone = await g.list({});
    expect(everyone.lines.map((l) => l.balanceAfter)).toEqual([2, 5, 5]);
  });

  it('refuses lines that do not add up: wrong kind of category, a future date, an unknown leader', async () => {
    const { g, dana } = await setup();
    const base = {
      leaderId: dana.id,
      date: '2026-03-01',
      points: 2,
      note: '',
      meetingId: null,
      journalEntryId: null,
    };
    await expect(g.add({ ...base, kind: 'deposit', categoryId: 'wd-ask' })).rejects.toThrow(
      /withdrawal category/,
    );
    await expect(
      g.add({ ...base, kind: 'deposit', categoryId: 'dep-early', date: '2026-04-01' }),
    ).rejects.toThrow(/future/);
    await expect(
      g.add({ ...base, kind: 'deposit', categoryId: 'dep-early', leaderId: 'nobody' }),
    ).rejects.toThrow(/leader/);
    expect((await g.list({})).lines).toEqual([]);
  });

  it('moves a line to another year when its date changes, and deleting it takes its points away', async () => {
    const { g, goodwill, dana, deposit } = await setup();
    const a = await deposit(dana.id, '2026-02-01', 3);
    await deposit(dana.id, '2026-02-02', 1);
    await g.update({ id: a.id, patch: { date: '2025-12-30', points: 5 } });
    expect((await g.list({ leaderId: dana.id, year: '2025' })).lines.map((l) => l.id)).toEqual([
      a.id,
    ]);
    expect((await goodwill.balances()).find((b) => b.leaderId === dana.id)?.balance).toBe(6);
    await g.delete({ id: a.id });
    expect((await goodwill.balances()).find((b) => b.leaderId === dana.id)?.balance).toBe(1);
    await expect(g.delete({ id: a.id })).rejects.toThrow(/no longer exists/);
  });

  it('recomputes totals a crash left behind, and keeps the newer copy of a line found in two years', async () => {
    const { ctx, goodwill, dana, deposit, reopen } = await setup();
    const a = await deposit(dana.id, '2026-02-01', 3);
    // As if the app stopped after writing the year but before the summary: the year changed behind the totals' back.
    const year = await ctx.memory.open(ledgerShard, '2026');
    year.change((d) => {
      d.entries.push(
        LedgerEntry.parse({ ...a, id: 'extra', points: 2, createdAt: '2026-02-02T00:00:00.000Z' }),
      );
      d.revision += 1;
    });
    const copy = await ctx.memory.open(ledgerShard, '2025');
    copy.change((d) => {
      d.entries.push(LedgerEntry.parse({ ...a, date: '2025-12-01', updatedAt: null }));
      d.revision += 1;
    });
    const again = reopen();
    ctx.unlock();
    await new Promise((r) => setTimeout(r, 3100));
    await again.settled();
    const page = await again.handlers.list({ leaderId: dana.id });
    expect(page.lines.map((l) => l.balanceAfter)).toEqual([5, 2]);
    expect((await again.handlers.list({ leaderId: dana.id, year: '2025' })).lines).toEqual([]);
    expect((await goodwill.balances()).find((b) => b.leaderId === dana.id)?.balance).toBe(5);
  }, 10_000);

  it('draws the balance over time: line by line for the year, month by month for all time', async () => {
    const { g, dana, deposit, withdrawal } = await setup();
    await deposit(dana.id, '2024-06-15', 2);
    await deposit(dana.id, '2026-01-10', 3);
    await withdrawal(dana.id, '2026-01-10', 1);
    await deposit(dana.id, '2026-03-01', 1);
    const year = (await g.series({ leaderId: dana.id, span: 'year' })).points;
    expect(year[0]).toEqual({ date: '2025-03-11', balance: 2 });
    expect(year.slice(1)).toEqual([
      { date: '2026-01-10', balance: 4, moved: true },
      { date: '2026-03-01', balance: 5, moved: true },
      { date: '2026-03-10', balance: 5 },
    ]);
    const all = (await g.series({ leaderId: dana.id, span: 'all' })).points;
    expect(all[0]).toEqual({ date: '2024-06-30', balance: 2, moved: true });
    expect(all.at(-1)).toEqual({ date: '2026-03-10', balance: 5, moved: true });
    expect(all.filter((p) => p.moved).map((p) => p.date.slice(0, 7))).toEqual([
      '2024-06',
      '2026-01',
      '2026-03',
    ]);
    expect(all).toHaveLength(22);
  });
  it('starts the chart of a ledger younger than a year a week before its first line, and draws nothing without lines', async () => {
    const { g, dana, sam, deposit } = await setup();
    await deposit(dana.id, '2026-02-20', 2);
    expect((await g.series({ leaderId: dana.id, span: 'year' })).points).toEqual([
      { date: '2026-02-13', balance: 0 },
      { date: '2026-02-20', balance: 2, moved: true },
      { date: '2026-03-10', balance: 2 },
    ]);
    expect((await g.series({ leaderId: sam.id, span: 'year' })).points).toEqual([]);
  });
});

describe('goodwill categories', () => {
  it('starts with deposits and withdrawals drawn from the practices, and lets the user add, rename and archive', async () => {
    const { g } = await setup();
    const initial = await g.categories(undefined);
    expect(initial.filter((c) => c.kind === 'deposit').length).toBeGreaterThanOrEqual(5);
    expect(
      initial.some((c) => c.id === MISSED_COMMITMENT_CATEGORY && c.kind === 'withdrawal'),
    ).toBe(true);
    const c = await g.createCategory({ name: 'Covered for them in a meeting', kind: 'deposit' });
    await expect(
      g.createCategory({ name: 'covered for them in a meeting ', kind: 'deposit' }),
    ).rejects.toThrow(/already/);
    await g.renameCategory({ id: c.id, name: 'Covered for them' });
    await g.archiveCategory({ id: c.id, archived: true });
    const after = (await g.categories(undefined)).find((x) => x.id === c.id);
    expect(after).toMatchObject({ name: 'Covered for them', archived: true });
  });
});

describe('proposed withdrawals for missed commitments', () => {
  it('proposes a withdrawal only for open items I own, tied to a leader, past their date', async () => {
    const { g, dana, actions } = await setup();
    actions.push(
      actionItem({
        id: 'mine-late',
        text: 'Send the budget',
        due: '2026-03-01',
        leaderId: dana.id,
      }),
      actionItem({
        id: 'mine-due-today',
        text: 'Draft the plan',
        due: '2026-03-10',
        leaderId: dana.id,
      }),
      actionItem({
        id: 'theirs-late',
        text: 'Approve hires',
        due: '2026-02-01',
        leaderId: dana.id,
        owner: { kind: 'leader' },
      }),
      actionItem({
        id: 'mine-done',
        text: 'Book room',
        due: '2026-02-01',
        leaderId: dana.id,
        status: 'done',
      }),
      actionItem({ id: 'mine-no-leader', text: 'Clean inbox', due: '2026-02-01' }),
      actionItem({
        id: 'mine-very-late',
        text: 'Write the review',
        due: '2026-01-15',
        leaderId: dana.id,
      }),
    );
    const proposals = await g.proposals({});
    expect(proposals.map((p) => p.actionItemId)).toEqual(['mine-very-late', 'mine-late']);
    expect(proposals[0]).toMatchObject({
      daysOverdue: 54,
      points: 3,
      leaderName: 'Dana Reyes',
      date: '2026-01-16',
    });
    expect(proposals[1]).toMatchObject({
      daysOverdue: 9,
      points: 2,
      categoryId: MISSED_COMMITMENT_CATEGORY,
    });
  });

  it('accepting records the withdrawal once; dismissing is remembered after a restart', async () => {
    const { g, goodwill, dana, actions, reopen } = await setup();
    actions.push(
      actionItem({ id: 'a1', text: 'Send the budget', due: '2026-03-06', leaderId: dana.id }),
      actionItem({ id: 'a2', text: 'Share the roadmap', due: '2026-03-08', leaderId: dana.id }),
    );
    const entry = await g.acceptProposal({ actionItemId: 'a1' });
    expect(entry).toMatchObject({
      kind: 'withdrawal',
      points: 1,
      date: '2026-03-07',
      actionItemId: 'a1',
      note: 'Missed: Send the budget',
    });
    expect((await goodwill.balances()).find((b) => b.leaderId === dana.id)?.balance).toBe(-1);
    await expect(g.acceptProposal({ actionItemId: 'a1' })).rejects.toThrow(/no longer open/);
    await g.dismissProposal({ actionItemId: 'a2' });
    expect(await reopen().handlers.proposals({})).toEqual([]);
  });
});

describe('check before an ask', () => {
  it('says nothing is recorded yet for a leader without a ledger, and does not warn', async () => {
    const { goodwill, dana } = await setup();
    expect(await goodwill.check(dana.id)).toMatchObject({ hasLedger: false, low: false });
    expect(await goodwill.balanceFor(dana.id)).toBeNull();
  });

  it('warns when the account is empty or overdrawn', async () => {
    const { goodwill, dana, deposit, withdrawal } = await setup();
    await deposit(dana.id, '2026-03-01', 3);
    await withdrawal(dana.id, '2026-03-02', 3);
    const c = await goodwill.check(dana.id);
    expect(c).toMatchObject({ low: true, balance: 0 });
    expect(c.message).toMatch(/Dana Reyes stands at 0/);
  });

  it('warns when the recent window added too little, even on a healthy all-time balance', async () => {
    const { ctx, goodwill, dana, deposit } = await setup();
    await deposit(dana.id, '2025-12-01', 5);
    await deposit(dana.id, '2026-02-05', 5);
    expect(await goodwill.check(dana.id)).toMatchObject({ low: false, balance: 10, recent: 5 });
    ctx.advance(60 * DAY);
    const later = await goodwill.check(dana.id);
    expect(later).toMatchObject({ low: true, balance: 10, recent: 0 });
    expect(later.message).toMatch(/last 60 days/);
    await deposit(dana.id, ctx.today(), 2);
    expect(await goodwill.balanceFor(dana.id)).toEqual({ balance: 12, low: false });
  });
});
