import { Fragment, useEffect, useRef, useState, type ReactNode } from 'react';
import { GripVertical } from 'lucide-react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { AgendaItem, TemplateSection } from '../../../../shared/domain/meeting';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import { ActionRow } from '../actions/ActionRow';
import { AddItemField } from './AddItemField';
import { AgendaItemRow, type ItemHandlers } from './AgendaItemRow';
import { AskWarning } from '../goodwill/AskWarning';

/** The agenda, section by section: items reorder by drag and drop or with Alt+Up/Down, each move announced. */
export function AgendaBoard({
  view,
  handlers,
  onAdd,
  onMove,
  onActionsChanged,
  firstInputRef,
}: {
  view: MeetingView;
  handlers: Omit<ItemHandlers, 'step'>;
  onAdd: (sectionId: string, text: string) => Promise<void>;
  onMove: (item: AgendaItem, sectionId: string, index: number) => Promise<void>;
  onActionsChanged: () => void;
  firstInputRef: React.RefObject<HTMLInputElement | null>;
}): ReactNode {
  const { meeting } = view;
  const [agenda, setAgenda] = useState(meeting.agenda);
  const [announcement, setAnnouncement] = useState('');
  const refocus = useRef<string | null>(null);
  const [dragging, setDragging] = useState<AgendaItem | null>(null);
  const [preview, setPreview] = useState<DropPlace | null>(null);
  useEffect(() => setAgenda(meeting.agenda), [meeting.agenda]);
  useEffect(() => {
    if (!refocus.current) return;
    document.getElementById(`agenda-handle-${refocus.current}`)?.focus();
    refocus.current = null;
  });

  const sections = meeting.sections;
  const itemsOf = (sectionId: string): AgendaItem[] =>
    agenda.filter((i) => i.sectionId === sectionId);
  const sectionOf = (id: string): TemplateSection | undefined => sections.find((s) => s.id === id);
  const textOf = (id: string | number): string => agenda.find((i) => i.id === id)?.text ?? 'item';
  const readOnly = meeting.status !== 'scheduled';

  /** Moves locally at once (the list must not jump back while saving), then saves and announces. */
  const moveTo = (item: AgendaItem, sectionId: string, index: number): void => {
    const rest = agenda.filter((i) => i.id !== item.id);
    const inSection = rest.filter((i) => i.sectionId === sectionId);
    const clamped = Math.max(0, Math.min(index, inSection.length));
    const moved = { ...item, sectionId };
    const next: AgendaItem[] = [];
    for (const s of sections) {
      const list = rest.filter((i) => i.sectionId === s.id);
      if (s.id === sectionId) list.splice(clamped, 0, moved);
      next.push(...list);
    }
    setAgenda(next);
    refocus.current = item.id;
    setAnnouncement(
      `Moved “${item.text}” to position ${clamped + 1} of ${inSection.length + 1} in ${sectionOf(sectionId)?.title ?? 'the agenda'}.`,
    );
    void onMove(item, sectionId, clamped);
  };

  const step = (item: AgendaItem, by: -1 | 1): void => {
    const list = itemsOf(item.sectionId);
    const index = list.findIndex((i) => i.id === item.id) + by;
    if (index >= 0 && index < list.length) return moveTo(item, item.sectionId, index);
    const s = sections.findIndex((x) => x.id === item.sectionId) + by;
    if (s < 0 || s >= sections.length)
      return setAnnouncement(
        `“${item.text}” is already ${by < 0 ? 'first' : 'last'} on the agenda.`,
      );
    const target = sections[s];
    moveTo(item, target.id, by < 0 ? itemsOf(target.id).length : 0);
  };

  /** Shows a status change at once; the saved meeting replaces it when it arrives. */
  const setStatus: ItemHandlers['setStatus'] = (item, status) => {
    setAgenda((all) => all.map((i) => (i.id === item.id ? { ...i, status } : i)));
    handlers.setStatus(item, status);
  };

  /** Where `item` lands when dropped over `overId` (an item, or a section's list). */
  const dropTarget = (item: AgendaItem, overId: string): DropPlace | null => {
    if (overId.startsWith('section:')) {
      const sectionId = overId.slice(8);
      return { sectionId, index: itemsOf(sectionId).filter((i) => i.id !== item.id).length };
    }
    const target = agenda.find((i) => i.id === overId);
    if (!target) return null;
    const list = itemsOf(target.sectionId).filter((i) => i.id !== item.id);
    const at = list.findIndex((i) => i.id === target.id);
    const from = itemsOf(target.sectionId).findIndex((i) => i.id === item.id);
    return { sectionId: target.sectionId, index: from >= 0 && from <= at ? at + 1 : at };
  };

  const endDrag = (): void => {
    setDragging(null);
    setPreview(null);
  };
  const onDragStart = ({ active }: DragStartEvent): void =>
    setDragging(agenda.find((i) => i.id === active.id) ?? null);
  // Within its own section the list makes room by itself; in another one a placeholder shows where it will land.
  const onDragOver = ({ active, over }: DragOverEvent): void => {
    const item = agenda.find((i) => i.id === active.id);
    const place = item && over && over.id !== active.id ? dropTarget(item, String(over.id)) : null;
    setPreview(place && item && place.sectionId !== item.sectionId ? place : null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent): void => {
    endDrag();
    const item = agenda.find((i) => i.id === active.id);
    if (!item || !over || over.id === active.id) return;
    const place = dropTarget(item, String(over.id));
    if (place) moveTo(item, place.sectionId, place.index);
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up “${textOf(active.id)}”.`,
    onDragOver: ({ active, over }) =>
      over
        ? `“${textOf(active.id)}” is over “${textOf(over.id)}”.`
        : `“${textOf(active.id)}” is not over a place to drop.`,
    onDragEnd: ({ active }) => `Dropped “${textOf(active.id)}”.`,
    onDragCancel: ({ active }) => `Left “${textOf(active.id)}” where it was.`,
  };

  return (
    <section className="card meetings-agenda" aria-labelledby="agenda-title">
      <div className="card-header">
        <h2 id="agenda-title">Agenda</h2>
        <span className="spacer" />
        <span className="faint">
          {agenda.filter((i) => i.status === 'discussed').length} of {agenda.length} discussed
        </span>
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={endDrag}
        accessibility={{ announcements }}
      >
        {sections.map((section, i) => (
          <AgendaSection
            key={section.id}
            section={section}
            items={itemsOf(section.id)}
            handlers={{ ...handlers, setStatus, step }}
            readOnly={readOnly}
            inputRef={i === 0 ? firstInputRef : undefined}
            preview={
              preview?.sectionId === section.id && dragging
                ? { index: preview.index, text: dragging.text }
                : null
            }
            onAdd={(text) => onAdd(section.id, text)}
          >
            {section.kind === 'asks' && !readOnly && (
              <AskWarning leaderId={view.meeting.leaderId} />
            )}
            {section.kind === 'followups' && view.followUps.length > 0 && (
              <ul
                className="actions-list is-plain meetings-followups"
                aria-label="Open action items from earlier 1:1s"
              >
                {view.followUps.map((a) => (
                  <ActionRow
                    key={a.id}
                    item={a}
                    leaderName={view.leaderName}
                    onChanged={onActionsChanged}
                  />
                ))}
              </ul>
            )}
          </AgendaSection>
        ))}
        <DragOverlay>
          {dragging && (
            <div className="meetings-drag-overlay" aria-hidden="true">
              <GripVertical size={15} />
              {dragging.text}
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </section>
  );
}

/** Where a dragged item would land: a section and its position there. */
interface DropPlace {
  sectionId: string;
  index: number;
}

/** The placeholder a section shows where a dragged item from another section would land. */
function DropPreview({ text }: { text: string }): ReactNode {
  return (
    <li className="meetings-drop-preview" aria-hidden="true">
      <span className="meetings-drop-preview-label">Drop here:</span> {text}
    </li>
  );
}

function AgendaSection({
  section,
  items,
  handlers,
  readOnly,
  inputRef,
  preview,
  onAdd,
  children,
}: {
  section: TemplateSection;
  items: AgendaItem[];
  handlers: ItemHandlers;
  readOnly: boolean;
  inputRef?: React.RefObject<HTMLInputElement | null>;
  preview: { index: number; text: string } | null;
  onAdd: (text: string) => Promise<void>;
  children?: ReactNode;
}): ReactNode {
  const { setNodeRef, isOver } = useDroppable({ id: `section:${section.id}` });
  const headingId = `agenda-section-${section.id}`;
  return (
    <div className={`meetings-section${isOver ? ' is-over' : ''}`} data-section-kind={section.kind}>
      <div className="meetings-section-head">
        <h3 id={headingId}>{section.title}</h3>
        {section.prompt && <p className="meetings-section-prompt">{section.prompt}</p>}
      </div>
      {children}
      <SortableContext
        id={section.id}
        items={items.map((i) => i.id)}
        strategy={verticalListSortingStrategy}
      >
        <ul ref={setNodeRef} className="meetings-items" aria-labelledby={headingId}>
          {items.map((item, index) => (
            <Fragment key={item.id}>
              {preview?.index === index && <DropPreview text={preview.text} />}
              <AgendaItemRow item={item} handlers={handlers} readOnly={readOnly} />
            </Fragment>
          ))}
          {preview && preview.index >= items.length && <DropPreview text={preview.text} />}
        </ul>
      </SortableContext>
      <AddItemField sectionTitle={section.title} onAdd={onAdd} inputRef={inputRef} />
    </div>
  );
}
