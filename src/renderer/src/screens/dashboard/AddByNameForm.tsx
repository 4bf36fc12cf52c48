import { Plus } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from '../../ui';

/**
 * The one-field "add" row under a dashboard card's list. `onAdd` answers whether the item
 * was added; only then is the field cleared, so a failed add keeps what was typed.
 */
export function AddByNameForm({
  label,
  buttonLabel,
  autoFocus,
  onAdd,
}: {
  label: string;
  buttonLabel: string;
  /** The palette's "add" commands land here: focus the field once the palette has handed focus back. */
  autoFocus: boolean;
  onAdd: (name: string) => Promise<boolean>;
}): ReactNode {
  const [name, setName] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (!autoFocus) return;
    const t = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(t);
  }, [autoFocus]);
  return (
    <form
      className="dash-add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        void onAdd(name).then((added) => added && setName(''));
      }}
    >
      <input
        className="input"
        aria-label={label}
        placeholder={label}
        value={name}
        maxLength={500}
        ref={ref}
        onChange={(e) => setName(e.target.value)}
      />
      <Button type="submit" size="sm" icon={<Plus size={14} />} disabled={!name.trim()}>
        {buttonLabel}
      </Button>
    </form>
  );
}
