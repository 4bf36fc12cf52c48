import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Plus } from 'lucide-react';

/** The quiet "add an item" line at the bottom of a section: type and press Enter. */
export function AddItemField({
  sectionTitle,
  onAdd,
  inputRef,
}: {
  sectionTitle: string;
  onAdd: (text: string) => Promise<void>;
  inputRef?: React.RefObject<HTMLInputElement | null>;
}): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    const t = text.trim();
    if (!t) return;
    setText('');
    await onAdd(t);
  };
  return (
    <form className="meetings-add" onSubmit={(e) => void submit(e)}>
      <Plus size={14} aria-hidden="true" />
      <label htmlFor={id} className="visually-hidden">
        Add an item to {sectionTitle}
      </label>
      <input
        id={id}
        ref={inputRef}
        className="meetings-add-input"
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={`Add to ${sectionTitle}…`}
        maxLength={500}
      />
    </form>
  );
}
