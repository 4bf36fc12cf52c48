import { useState, type ReactNode } from 'react';
import { Archive, ArchiveRestore, Plus } from 'lucide-react';
import type { GoodwillCategory, LedgerKind } from '../../../../shared/domain/goodwill';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Dialog, IconButton, Spinner, useToast } from '../../ui';

const HEADINGS: Record<LedgerKind, { title: string; hint: string }> = {
  deposit: {
    title: 'Deposits',
    hint: 'What builds trust: delivering, helping, keeping your word.',
  },
  withdrawal: { title: 'Withdrawals', hint: 'What draws on it: asks, slips, surprises.' },
};

/** One category: its name, edited in place (saved when you leave the field), and archive or restore. */
function CategoryRow({
  category,
  onError,
}: {
  category: GoodwillCategory;
  onError: (m: string) => void;
}): ReactNode {
  const [name, setName] = useState(category.name);
  const save = async (): Promise<void> => {
    if (name.trim() === category.name) return;
    if (!name.trim()) {
      setName(category.name);
      return;
    }
    try {
      await api.goodwill.renameCategory({ id: category.id, name });
    } catch (e) {
      setName(category.name);
      onError(errorMessage(e));
    }
  };
  return (
    <li className={`goodwill-category-row${category.archived ? ' is-archived' : ''}`}>
      <input
        className="goodwill-category-input"
        aria-label={`Name of the ${category.kind} category “${category.name}”`}
        value={name}
        maxLength={500}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur();
        }}
      />
      {category.archived && <span className="goodwill-archived-tag">Archived</span>}
      <IconButton
        label={category.archived ? `Restore “${category.name}”` : `Archive “${category.name}”`}
        icon={category.archived ? <ArchiveRestore size={14} /> : <Archive size={14} />}
        onClick={() =>
          void api.goodwill
            .archiveCategory({ id: category.id, archived: !category.archived })
            .catch((e: unknown) => onError(errorMessage(e)))
        }
      />
    </li>
  );
}

function AddCategory({
  kind,
  onError,
}: {
  kind: LedgerKind;
  onError: (m: string) => void;
}): ReactNode {
  const [name, setName] = useState('');
  const add = async (): Promise<void> => {
    if (!name.trim()) return;
    try {
      await api.goodwill.createCategory({ name, kind });
      setName('');
    } catch (e) {
      onError(errorMessage(e));
    }
  };
  return (
    <form
      className="goodwill-category-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <input
        className="input"
        aria-label={`New ${kind} category`}
        placeholder={`New ${kind} category`}
        value={name}
        maxLength={500}
        onChange={(e) => setName(e.target.value)}
      />
      <IconButton type="submit" label={`Add ${kind} category`} icon={<Plus size={15} />} />
    </form>
  );
}

/** Edits the goodwill categories: rename, add, archive. Archived ones stay on the lines that use them. */
export function CategoriesDialog({ onClose }: { onClose: () => void }): ReactNode {
  const { data, error } = useApiData(() => api.goodwill.categories(), [], { areas: ['goodwill'] });
  const toast = useToast();
  const onError = (m: string): void => toast(m, 'error');
  return (
    <Dialog
      open
      wide
      title="Goodwill categories"
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      }
    >
      {error && <Alert tone="danger">{error}</Alert>}
      {!data ? (
        <Spinner label="Loading categories" />
      ) : (
        <div className="goodwill-categories">
          {(['deposit', 'withdrawal'] as const).map((kind) => (
            <section key={kind} aria-labelledby={`goodwill-cat-${kind}`}>
              <h3 id={`goodwill-cat-${kind}`}>{HEADINGS[kind].title}</h3>
              <p className="field-hint">{HEADINGS[kind].hint}</p>
              <ul className="list goodwill-category-list">
                {data
                  .filter((c) => c.kind === kind)
                  .sort((a, b) => Number(a.archived) - Number(b.archived))
                  .map((c) => (
                    <CategoryRow key={`${c.id}:${c.name}`} category={c} onError={onError} />
                  ))}
              </ul>
              <AddCategory kind={kind} onError={onError} />
            </section>
          ))}
        </div>
      )}
    </Dialog>
  );
}
