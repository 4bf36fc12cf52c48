import { useEffect, useRef, type RefObject, type SyntheticEvent } from 'react';

/**
 * A native modal `<dialog>` driven by an `open` flag: shown with `showModal` (focus trapped,
 * the page inert) and closed with `close`. Escape closes in the same event (the native close
 * event comes a task later, so a shortcut pressed right after sees it closed), and that later
 * close event is ignored when the dialog has been opened again meanwhile (a shortcut pressed
 * at once). `onOpened` runs each time the dialog is shown.
 */
export function useModalDialog(
  open: boolean,
  onClose: () => void,
  onOpened?: (dialog: HTMLDialogElement) => void,
): {
  ref: RefObject<HTMLDialogElement | null>;
  onClose: () => void;
  onCancel: (e: SyntheticEvent<HTMLDialogElement>) => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  const opened = useRef(onOpened);
  opened.current = onOpened;
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      opened.current?.(d);
    }
    if (!open && d.open) d.close();
  }, [open]);
  return {
    ref,
    onClose: () => {
      if (!ref.current?.open) onClose();
    },
    onCancel: (e) => {
      e.preventDefault();
      onClose();
    },
  };
}
