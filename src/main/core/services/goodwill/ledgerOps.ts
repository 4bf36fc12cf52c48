import { LedgerEntry, type LedgerPatch } from '../../../../shared/domain/goodwill';
import type { LedgerPage } from '../../../../shared/ipc/areas/goodwill';
import type { z } from 'zod';
import type { LedgerDraft } from '../../../../shared/domain/goodwill';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import { ledgerYear } from './goodwillShard';
import type { LedgerBook } from './ledgerBook';
import { leaderTotals, withRunningBalance } from './ledgerMath';

type LedgerHandlers = Pick<Handlers['goodwill'], 'list' | 'add' | 'update' | 'delete'>;

const GONE =
  'This ledger line no longer exists. It may have been deleted in another window or by restoring a backup.';

/** What ledger changes check against: which leaders exist. */
export interface LedgerOpsDeps {
  leaderIds(): Promise<Set<string>>;
}

/** Lines of the ledger: list a year with running balances, add, change, delete. */
export function ledgerHandlers(
  ctx: ServiceContext,
  book: LedgerBook,
  deps: LedgerOpsDeps,
): LedgerHandlers & { addEntry(e: LedgerEntry): Promise<LedgerEntry> } {
  /** Checks a line against the leaders and categories, and its date against today. */
  async function validate(candidate: unknown): Promise<LedgerEntry> {
    const parsed = LedgerEntry.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new AppError(
        'invalid-input',
        `This line could not be saved: ${issue?.path.join('.') || 'a field'} ${issue?.message ?? 'is not valid'}.`,
      );
    }
    const e = parsed.data;
    if (!(await deps.leaderIds()).has(e.leaderId))
      throw new AppError('not-found', 'The leader of this line no longer exists.');
    const category = (await book.summary()).data.categories.find((c) => c.id === e.categoryId);
    if (!category)
      throw new AppError(
        'not-found',
        'The category of this line no longer exists. Pick another one.',
      );
    if (category.kind !== e.kind) {
      throw new AppError(
        'invalid-input',
        `“${category.name}” is a ${category.kind} category; pick a ${e.kind} category for this line.`,
      );
    }
    if (e.date > ctx.today())
      throw new AppError('invalid-input', 'A ledger line cannot be dated in the future.');
    return e;
  }

  async function addEntry(entry: LedgerEntry): Promise<LedgerEntry> {
    const e = await validate(entry);
    await book.write(ledgerYear(e.date), (entries) => [...entries, e]);
    ctx.changed('goodwill');
    return e;
  }

  async function add(draft: z.output<typeof LedgerDraft>): Promise<LedgerEntry> {
    return addEntry({
      ...draft,
      id: ctx.newId(),
      actionItemId: null,
      createdAt: ctx.nowIso(),
      updatedAt: null,
    });
  }

  async function update(id: string, patch: LedgerPatch): Promise<LedgerEntry> {
    const found = await book.find(id);
    if (!found) throw new AppError('not-found', GONE);
    const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    const next = await validate({ ...found.entry, ...defined, id, updatedAt: ctx.nowIso() });
    const to = ledgerYear(next.date);
    if (to === found.year) {
      await book.write(to, (entries) => entries.map((e) => (e.id === id ? next : e)));
    } else {
      // Into the new year first: a crash in between leaves two copies, and the check after unlock keeps the newer.
      await book.write(to, (entries) => [...entries, next]);
      await book.write(found.year, (entries) => entries.filter((e) => e.id !== id));
    }
    ctx.changed('goodwill');
    return next;
  }

  async function remove(id: string): Promise<null> {
    const found = await book.find(id);
    if (!found) throw new AppError('not-found', GONE);
    await book.write(found.year, (entries) => entries.filter((e) => e.id !== id));
    ctx.changed('goodwill');
    return null;
  }

  async function list(leaderId: string | undefined, year: string | undefined): Promise<LedgerPage> {
    const totals = (await book.summary()).data.years;
    const years = Object.entries(totals)
      .filter(([, t]) =>
        leaderId
          ? (t.leaders[leaderId]?.count ?? 0) > 0
          : Object.values(t.leaders).some((l) => l.count > 0),
      )
      .map(([y]) => y)
      .sort()
      .reverse();
    const shown = year ?? years[0] ?? null;
    if (!shown) return { year: null, years, lines: [] };
    const h = await book.year(shown);
    const entries = (h?.data.entries ?? []).filter((e) => !leaderId || e.leaderId === leaderId);
    // Totals were just brought up to date by opening the year; read them again for the opening balances.
    const fresh = (await book.summary()).data.years;
    const lines = withRunningBalance(entries, (id) => leaderTotals(fresh, id, shown).balance);
    return { year: shown, years, lines: lines.reverse() };
  }

  return {
    addEntry,
    list: ({ leaderId, year }) => list(leaderId, year),
    add,
    update: ({ id, patch }) => update(id, patch),
    delete: ({ id }) => remove(id),
  };
}
