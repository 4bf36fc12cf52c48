import { useState, type KeyboardEvent, type ReactNode } from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  arrayMove,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, Lock, NotebookPen, Plus, Trash2 } from 'lucide-react';
import type { ListItem } from '../../../../shared/domain/leader';
import { RichEditor, appMentions } from '../../editor';
import { Badge, Card, IconButton, SentenceInput } from '../../ui';
import { newItemId } from './query';

/** The description of one profile list (from LEADER_LISTS). */
export interface ListDef {
  key: string;
  label: string;
  hint: string;
  private: boolean;
}

/** What a screen reader hears about how to move an item with the keyboard. */
const INSTRUCTIONS: ScreenReaderInstructions = {
  draggable:
    'To move this item, press Space to pick it up, the up and down arrows to move it, Space again to drop it, or Escape to leave it where it was.',
};

/**
 * What a screen reader hears while an item is moved: the item's words and its position, never
 * the drag library's internal ids.
 */
export function listAnnouncements(items: ListItem[], listLabel: string): Announcements {
  const nameOf = (id: UniqueIdentifier): string => {
    const at = items.findIndex((i) => i.id === id);
    return at < 0 ? 'the item' : `“${items[at].text.trim() || `item ${at + 1}`}”`;
  };
  const position = (id: UniqueIdentifier | undefined): string => {
    const at = items.findIndex((i) => i.id === id);
    return `position ${at + 1} of ${items.length} in ${listLabel}`;
  };
  return {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, at ${position(active.id)}.`,
    // Over itself (the moment it is picked up, or back where it started): the pick-up or the
    // last move was said already; saying it again would cut the pick-up short.
    onDragOver: ({ active, over }) =>
      over?.id === active.id
        ? undefined
        : over
          ? `${nameOf(active.id)} would move to ${position(over.id)}.`
          : `${nameOf(active.id)} is not over the list.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `Dropped ${nameOf(active.id)} at ${position(over.id)}.`
        : `Dropped ${nameOf(active.id)}; it stays at ${position(active.id)}.`,
    onDragCancel: ({ active }) =>
      `Left ${nameOf(active.id)} where it was, at ${position(active.id)}.`,
  };
}

function ItemRow({
  item,
  index,
  count,
  listLabel,
  onChange,
  onRemove,
  onMove,
}: {
  item: ListItem;
  index: number;
  count: number;
  listLabel: string;
  onChange: (item: ListItem) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
}): ReactNode {
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: item.id });
  const [noteOpen, setNoteOpen] = useState(false);
  const name = item.text.trim() || `item ${index + 1}`;
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    const to = e.key === 'ArrowUp' ? index - 1 : index + 1;
    if (to >= 0 && to < count) onMove(to);
  };
  return (
    <li
      ref={setNodeRef}
      className={`leaders-item${isDragging ? ' is-dragging' : ''}`}
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      <div className="leaders-item-row">
        <button
          ref={setActivatorNodeRef}
          type="button"
          className="leaders-handle"
          aria-label={`Move “${name}”`}
          {...attributes}
          {...listeners}
        >
          <GripVertical size={15} aria-hidden="true" />
        </button>
        <SentenceInput
          className="leaders-item-text"
          value={item.text}
          aria-label={`${listLabel}, item ${index + 1}`}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          title="Alt+↑ / Alt+↓ moves this item"
          maxLength={500}
          onChange={(e) => onChange({ ...item, text: e.target.value })}
          onKeyDown={onKey}
        />
        <IconButton
          label={
            noteOpen
              ? `Hide note on “${name}”`
              : item.note
                ? `Show note on “${name}”`
                : `Add a note to “${name}”`
          }
          aria-expanded={noteOpen}
          className={item.note ? 'leaders-has-note' : ''}
          icon={<NotebookPen size={15} />}
          onClick={() => setNoteOpen((o) => !o)}
        />
        <IconButton label={`Remove “${name}”`} icon={<Trash2 size={15} />} onClick={onRemove} />
      </div>
      {noteOpen && (
        <div className="leaders-item-note">
          <RichEditor
            minimal
            label={`Note on ${name}`}
            placeholder="Add detail, an example, a source…"
            value={item.note}
            mentionSource={appMentions}
            onChange={(note) => onChange({ ...item, note })}
          />
        </div>
      )}
    </li>
  );
}

/**
 * One list of a profile (vision, strengths, …): short items, each with an optional
 * note; reorder by dragging the handle, by keyboard on the handle (Space, arrows,
 * Space), or with Alt+↑/↓ in an item's text.
 */
export function ProfileList({
  def,
  items,
  onChange,
  children,
}: {
  def: ListDef;
  items: ListItem[];
  onChange: (items: ListItem[]) => void;
  children?: ReactNode;
}): ReactNode {
  const [draft, setDraft] = useState('');
  // Said after a move with Alt+↑/↓, which the drag library does not see.
  const [moved, setMoved] = useState('');
  const sensors = useSensors(
    useSensor(PointerSensor),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const add = (): void => {
    const text = draft.trim();
    if (!text) return;
    onChange([...items, { id: newItemId(), text, note: null }]);
    setDraft('');
  };
  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    if (!over || active.id === over.id) return;
    const from = items.findIndex((i) => i.id === active.id);
    const to = items.findIndex((i) => i.id === over.id);
    if (from >= 0 && to >= 0) onChange(arrayMove(items, from, to));
  };
  return (
    <Card
      className={`leaders-list-card${def.private ? ' is-private' : ''}`}
      title={
        <span className="row">
          {def.label}
          {def.private && (
            <Badge tone="private" title="Never exported unless you tick it">
              <Lock size={11} aria-hidden="true" /> Private
            </Badge>
          )}
        </span>
      }
    >
      <p className="leaders-hint">{def.hint}</p>
      {children}
      {items.length > 0 && (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements: listAnnouncements(items, def.label),
            screenReaderInstructions: INSTRUCTIONS,
          }}
        >
          <SortableContext items={items.map((i) => i.id)} strategy={verticalListSortingStrategy}>
            <ul className="leaders-items" aria-label={def.label}>
              {items.map((item, index) => (
                <ItemRow
                  key={item.id}
                  item={item}
                  index={index}
                  count={items.length}
                  listLabel={def.label}
                  onChange={(next) => onChange(items.map((i) => (i.id === item.id ? next : i)))}
                  onRemove={() => onChange(items.filter((i) => i.id !== item.id))}
                  onMove={(to) => {
                    onChange(arrayMove(items, index, to));
                    setMoved(
                      `Moved “${item.text.trim() || `item ${index + 1}`}” to position ${to + 1} of ${items.length} in ${def.label}.`,
                    );
                  }}
                />
              ))}
            </ul>
          </SortableContext>
        </DndContext>
      )}
      <div className="visually-hidden" aria-live="polite">
        {moved}
      </div>
      <form
        className="leaders-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          className="input"
          value={draft}
          maxLength={500}
          aria-label={`Add to ${def.label}`}
          placeholder="Add an item and press Enter"
          onChange={(e) => setDraft(e.target.value)}
        />
        <IconButton
          label={`Add to ${def.label}`}
          type="submit"
          icon={<Plus size={16} />}
          disabled={!draft.trim()}
        />
      </form>
    </Card>
  );
}
