import type { GoodwillCategory, LedgerKind } from '../../../../shared/domain/goodwill';
import { AppError } from '../../errors';
import type { Handlers } from '../../ipc/dispatch';
import type { ServiceContext } from '../context';
import type { LedgerBook } from './ledgerBook';

type CategoryHandlers = Pick<
  Handlers['goodwill'],
  'categories' | 'createCategory' | 'renameCategory' | 'archiveCategory'
>;

const GONE = 'This category no longer exists. Reload the list and try again.';
const KIND_WORD: Record<LedgerKind, string> = { deposit: 'deposit', withdrawal: 'withdrawal' };

/** The goodwill categories: editable, never deleted (lines keep the category they were written with). */
export function categoryHandlers(ctx: ServiceContext, book: LedgerBook): CategoryHandlers {
  async function checkUnique(name: string, kind: LedgerKind, exceptId?: string): Promise<void> {
    const key = name.trim().toLocaleLowerCase();
    const clash = (await book.summary()).data.categories.find(
      (c) => c.kind === kind && c.id !== exceptId && c.name.trim().toLocaleLowerCase() === key,
    );
    if (clash)
      throw new AppError(
        'conflict',
        `There is already a ${KIND_WORD[kind]} category called “${clash.name}”.`,
      );
  }

  async function modify(
    id: string,
    fn: (c: GoodwillCategory) => GoodwillCategory,
  ): Promise<GoodwillCategory> {
    const h = await book.summary();
    const current = h.data.categories.find((c) => c.id === id);
    if (!current) throw new AppError('not-found', GONE);
    const next = fn(current);
    h.change((d) => {
      d.categories = d.categories.map((c) => (c.id === id ? next : c));
    });
    ctx.changed('goodwill');
    return next;
  }

  return {
    categories: async () => [...(await book.summary()).data.categories],
    createCategory: async ({ name, kind }) => {
      await checkUnique(name, kind);
      const category: GoodwillCategory = {
        id: ctx.newId(),
        name: name.trim(),
        kind,
        archived: false,
      };
      (await book.summary()).change((d) => {
        d.categories.push(category);
      });
      ctx.changed('goodwill');
      return category;
    },
    renameCategory: async ({ id, name }) => {
      const current = (await book.summary()).data.categories.find((c) => c.id === id);
      if (!current) throw new AppError('not-found', GONE);
      await checkUnique(name, current.kind, id);
      return modify(id, (c) => ({ ...c, name: name.trim() }));
    },
    archiveCategory: ({ id, archived }) => modify(id, (c) => ({ ...c, archived })),
  };
}
