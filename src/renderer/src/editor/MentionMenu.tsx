import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { MentionItem } from './extensions/richMention/richMention';

/** What the mention menu shows: where, which items, which one is chosen. */
export interface MentionMenuState {
  items: MentionItem[];
  index: number;
  rect: DOMRect | null;
  query: string;
  pick: (item: MentionItem) => void;
}

const KIND_LABEL: Record<MentionItem['kind'], string> = { leader: 'Leader', meeting: '1:1' };

/** The list of people and meetings offered after "@", drawn at the caret. */
export function MentionMenu({ state, id }: { state: MentionMenuState; id: string }): ReactNode {
  const rect = state.rect;
  const top = rect ? Math.min(rect.bottom + 6, window.innerHeight - 240) : 0;
  const left = rect ? Math.min(rect.left, window.innerWidth - 280) : 0;
  return createPortal(
    <div className="rte-mention-menu" style={{ top, left }}>
      {state.items.length === 0 ? (
        <p className="rte-mention-empty">
          {state.query
            ? `No leader or 1:1 matches “${state.query}”.`
            : 'Type a name to mention someone.'}
        </p>
      ) : (
        <ul role="listbox" id={id} aria-label="Mention">
          {state.items.map((item, i) => (
            <li
              key={`${item.kind}:${item.id}`}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === state.index}
              className="rte-mention-option"
              onMouseDown={(e) => {
                e.preventDefault();
                state.pick(item);
              }}
            >
              <span className="rte-mention-label">{item.label}</span>
              <span className="rte-mention-kind">{KIND_LABEL[item.kind]}</span>
            </li>
          ))}
        </ul>
      )}
    </div>,
    document.body,
  );
}
