import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ArrowDown, ArrowUp, Check, Gavel, GripVertical, Hourglass, Trash2 } from 'lucide-react';
import type { AgendaItem } from '../../../../shared/domain/meeting';
import { Badge, IconButton } from '../../ui';
// Imported on its own (not through the ui index) so the menu library loads with this screen only.
import { MenuButton, type MenuEntry } from '../../ui/MenuButton';

/** What a row can ask its agenda to do. */
export interface ItemHandlers {
  setStatus: (item: AgendaItem, status: AgendaItem['status']) => void;
  update: (item: AgendaItem, patch: { text?: string; decision?: string }) => void;
  remove: (item: AgendaItem) => void;
  /** Alt+ArrowUp / Alt+ArrowDown: one step up or down, across sections at the edges. */
  step: (item: AgendaItem, by: -1 | 1) => void;
}

function OriginBadges({ item }: { item: AgendaItem }): ReactNode {
  return (
    <>
      {item.origin === 'carried' && (
        <Badge tone="warning" title="Not discussed last time; carried over automatically">
          Carried over{item.carryCount > 1 ? ` ×${item.carryCount}` : ''}
        </Badge>
      )}
      {item.origin === 'assistant' && <Badge tone="accent">From prep</Badge>}
      {item.origin === 'action' && <Badge tone="accent">Follow-up</Badge>}
      {item.status === 'deferred' && <Badge>Deferred</Badge>}
    </>
  );
}

/** One agenda item: drag handle, discussed box, editable text, badges saying where it came from, decision, defer, delete. */
export function AgendaItemRow({
  item,
  handlers,
  readOnly,
}: {
  item: AgendaItem;
  handlers: ItemHandlers;
  readOnly: boolean;
}): ReactNode {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: readOnly,
  });
  const [text, setText] = useState(item.text);
  const [decision, setDecision] = useState(item.decision);
  const [showDecision, setShowDecision] = useState(item.decision.length > 0);
  const discussed = item.status === 'discussed';
  const deferred = item.status === 'deferred';

  const decisionRef = useRef<HTMLInputElement>(null);
  const focusDecision = useRef(false);
  useEffect(() => {
    if (showDecision && focusDecision.current) decisionRef.current?.focus();
    focusDecision.current = false;
  }, [showDecision]);

  useEffect(() => setText(item.text), [item.text]);
  useEffect(() => setDecision(item.decision), [item.decision]);

  const saveText = (): void => {
    const t = text.trim();
    if (!t) setText(item.text);
    else if (t !== item.text) handlers.update(item, { text: t });
  };
  const saveDecision = (): void => {
    if (decision.trim() !== item.decision) handlers.update(item, { decision: decision.trim() });
  };
  const onKey = (e: KeyboardEvent<HTMLLIElement>): void => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') || readOnly) return;
    e.preventDefault();
    handlers.step(item, e.key === 'ArrowUp' ? -1 : 1);
  };
  const onFieldKey = (e: KeyboardEvent<HTMLInputElement>, revert: () => void): void => {
    if (e.key === 'Enter') e.currentTarget.blur();
    if (e.key === 'Escape') {
      revert();
      e.currentTarget.blur();
    }
  };

  const entries: MenuEntry[] = [
    {
      label: discussed ? 'Mark not discussed' : 'Mark discussed',
      icon: <Check size={14} />,
      onSelect: () => handlers.setStatus(item, discussed ? 'open' : 'discussed'),
    },
    {
      label: deferred ? 'Bring back to this 1:1' : 'Defer to the next 1:1',
      icon: <Hourglass size={14} />,
      onSelect: () => handlers.setStatus(item, deferred ? 'open' : 'deferred'),
    },
    {
      label: showDecision ? 'Hide the decision' : 'Record a decision',
      icon: <Gavel size={14} />,
      onSelect: () => {
        focusDecision.current = !showDecision;
        setShowDecision((v) => !v);
      },
    },
    ...(readOnly
      ? []
      : [
          {
            label: 'Move up',
            icon: <ArrowUp size={14} />,
            onSelect: () => handlers.step(item, -1),
          },
          {
            label: 'Move down',
            icon: <ArrowDown size={14} />,
            onSelect: () => handlers.step(item, 1),
          },
        ]),
    {
      label: 'Delete',
      icon: <Trash2 size={14} />,
      danger: true,
      onSelect: () => handlers.remove(item),
    },
  ];

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`meetings-item${discussed ? ' is-discussed' : ''}${deferred ? ' is-deferred' : ''}${isDragging ? ' is-dragging' : ''}`}
      onKeyDown={onKey}
    >
      {!readOnly && (
        <button
          type="button"
          id={`agenda-handle-${item.id}`}
          className="meetings-handle"
          {...attributes}
          {...listeners}
          aria-label={`Reorder “${item.text}”. Space to pick up and arrows to move, or Alt+Up and Alt+Down.`}
        >
          <GripVertical size={15} aria-hidden="true" />
        </button>
      )}
      <input
        type="checkbox"
        className="meetings-item-check"
        checked={discussed}
        onChange={(e) => handlers.setStatus(item, e.target.checked ? 'discussed' : 'open')}
        aria-label={`Discussed: ${item.text}`}
      />
      <div className="meetings-item-body">
        <div className="meetings-item-line">
          <input
            className="meetings-item-text"
            value={text}
            aria-label="Agenda item"
            maxLength={500}
            onChange={(e) => setText(e.target.value)}
            onBlur={saveText}
            onKeyDown={(e) => onFieldKey(e, () => setText(item.text))}
          />
          <span className="meetings-item-badges">
            <OriginBadges item={item} />
          </span>
        </div>
        {showDecision && (
          <div className="meetings-decision">
            <Gavel size={13} aria-hidden="true" />
            <input
              ref={decisionRef}
              className="meetings-decision-input"
              value={decision}
              placeholder="What was decided?"
              aria-label={`Decision on “${item.text}”`}
              maxLength={500}
              onChange={(e) => setDecision(e.target.value)}
              onBlur={saveDecision}
              onKeyDown={(e) => onFieldKey(e, () => setDecision(item.decision))}
            />
          </div>
        )}
      </div>
      <div className="meetings-item-tools">
        <IconButton
          label={deferred ? `Bring back “${item.text}”` : `Defer “${item.text}” to the next 1:1`}
          icon={<Hourglass size={15} />}
          aria-pressed={deferred}
          onClick={() => handlers.setStatus(item, deferred ? 'open' : 'deferred')}
        />
        <IconButton
          label={`Decision on “${item.text}”`}
          icon={<Gavel size={15} />}
          aria-pressed={showDecision}
          onClick={() => setShowDecision((s) => !s)}
        />
        <IconButton
          label={`Delete “${item.text}”`}
          icon={<Trash2 size={15} />}
          onClick={() => handlers.remove(item)}
        />
      </div>
      <MenuButton
        className="meetings-item-menu"
        label={`More for “${item.text}”`}
        entries={entries}
      />
    </li>
  );
}
