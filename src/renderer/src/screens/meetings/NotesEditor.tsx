import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { RichDoc } from '../../../../shared/domain/richtext';
import { RichEditor } from '../../editor/RichEditor';
import { api, errorMessage } from '../../lib/api';
import { useToast } from '../../ui';

const SAVE_AFTER_MS = 400;

/** Prep notes or meeting notes in the shared rich editor, saved while typing (and on leaving the screen). */
export function NotesEditor({
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
}): ReactNode {
  const toast = useToast();
  // The editor owns the text once mounted: later views of the meeting must not overwrite what is being typed.
  const [value] = useState(initial);
  const pending = useRef<{ doc: RichDoc } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const flush = useRef(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    api.meetings.saveNotes({ meetingId, [field]: p.doc }).catch((err: unknown) => toast(errorMessage(err), 'error'));
  });

  useEffect(() => {
    const save = flush.current;
    return () => save();
  }, []);

  const onChange = (doc: RichDoc): void => {
    pending.current = { doc };
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush.current, SAVE_AFTER_MS);
  };

  return <RichEditor value={value} onChange={onChange} label={label} placeholder={placeholder} minimal />;
}
