import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { X } from 'lucide-react';

/** Normalises typed text into a tag: lower case, no leading "#", no spaces at the ends. */
export function toTag(text: string): string {
  return text.trim().replace(/^#+/, '').trim().toLowerCase().slice(0, 40);
}

/**
 * Tags as removable chips, and a text box that completes from the tags already in
 * use (a combobox: ↑/↓ choose, Enter or comma adds, Backspace on empty removes the last).
 */
export function TagInput({
  tags,
  known,
  onChange,
}: {
  tags: string[];
  known: { tag: string; count: number }[];
  onChange: (tags: string[]) => void;
}): ReactNode {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const id = useId();
  const q = toTag(text);
  const suggestions = useMemo(
    () =>
      known
        .filter((k) => !tags.includes(k.tag) && (!q || k.tag.startsWith(q) || k.tag.includes(q)))
        .slice(0, 8),
    [known, tags, q],
  );
  const showList = open && suggestions.length > 0 && text.length > 0;

  const add = (tag: string): void => {
    const t = toTag(tag);
    if (t && !tags.includes(t) && tags.length < 30) onChange([...tags, t]);
    setText('');
    setActive(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown' && suggestions.length) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % suggestions.length);
    } else if (e.key === 'ArrowUp' && suggestions.length) {
      e.preventDefault();
      setActive((a) => (a - 1 + suggestions.length) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === ',') {
      if (!text.trim()) return;
      e.preventDefault();
      add(showList ? suggestions[active].tag : text);
    } else if (e.key === 'Escape' && showList) {
      e.preventDefault();
      setOpen(false);
    } else if (e.key === 'Backspace' && !text && tags.length) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="journal-tags">
      <ul className="journal-tag-chips" aria-label="Tags">
        {tags.map((t) => (
          <li key={t} className="journal-chip">
            #{t}
            <button
              type="button"
              aria-label={`Remove tag ${t}`}
              onClick={() => onChange(tags.filter((x) => x !== t))}
            >
              <X size={12} aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <div className="journal-tag-box">
        <input
          role="combobox"
          aria-label="Add a tag"
          aria-expanded={showList}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={showList ? `${id}-${active}` : undefined}
          className="journal-tag-input"
          placeholder={tags.length ? 'Add tag' : 'Add tags, e.g. win'}
          value={text}
          onChange={(e) => {
            setText(e.target.value.replace(',', ''));
            setOpen(true);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => {
            if (text.trim()) add(text);
            setOpen(false);
          }}
        />
        <ul
          id={`${id}-list`}
          role="listbox"
          aria-label="Tags in use"
          className="journal-tag-suggest"
          hidden={!showList}
        >
          {suggestions.map((s, i) => (
            <li
              key={s.tag}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                add(s.tag);
              }}
            >
              #{s.tag} <span className="faint">{s.count}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
