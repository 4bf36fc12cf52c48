import { useCallback, useState, type ReactNode } from 'react';
import type { RichDoc } from '../../../../shared/domain/richtext';
import { RichEditor } from '../../editor/RichEditor';
import { SaveIndicator } from '../../editor/SaveIndicator';
import { useAutosave } from '../../editor/useAutosave';
import { api } from '../../lib/api';

/**
 * Prep notes or meeting notes in the shared rich editor, saved while typing, when leaving
 * the screen and before the vault locks (so unlocking finds the notes as they were left).
 * Returns the editor and its save status, for the card to place.
 */
export function useNotesEditor({
  meetingId,
  field,
  initial,
  label,
  placeholder,
}: {
  meetingId: string;
  field: 'prepNotes' | 'notes';
  initial: RichDoc;
  label: string;
  placeholder: string;
}): { editor: ReactNode; status: ReactNode } {
  // The editor owns the text once mounted: later views of the meeting must not overwrite what is being typed.
  const [value] = useState(initial);
  const autosave = useAutosave<{ doc: RichDoc }>(
    (p) => api.meetings.saveNotes({ meetingId, [field]: p.doc }),
    400,
  );
  const { schedule } = autosave;
  // The same callback from render to render: the editor then stays out of the card's renders.
  const onChange = useCallback((doc: RichDoc) => schedule({ doc }), [schedule]);
  return {
    editor: (
      <RichEditor
        value={value}
        onChange={onChange}
        label={label}
        placeholder={placeholder}
        minimal
      />
    ),
    status: <SaveIndicator state={autosave.state} error={autosave.error} />,
  };
}

/** A card holding a notes editor, with the save status in its header. */
export function NotesCard({
  title,
  badge,
  className,
  ...opts
}: Parameters<typeof useNotesEditor>[0] & {
  title: string;
  badge?: ReactNode;
  className: string;
}): ReactNode {
  const { editor, status } = useNotesEditor(opts);
  const id = `${opts.field}-title`;
  return (
    <section className={`card ${className}`} aria-labelledby={id}>
      <div className="card-header">
        <h2 id={id}>{title}</h2>
        {badge}
        <span className="spacer" />
        {status}
      </div>
      <div className="card-body">{editor}</div>
    </section>
  );
}
