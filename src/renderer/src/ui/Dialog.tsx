import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useReturnFocus } from '../lib/focus';

/**
 * A modal dialog on the native <dialog> element: focus is trapped, Escape closes it, and focus
 * goes back to the control that opened it when it closes (or is removed).
 */
export function Dialog({
  open,
  title,
  onClose,
  children,
  footer,
  wide,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  footer?: ReactNode;
  wide?: boolean;
}): ReactNode {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useReturnFocus(open);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      // The native close event comes a task after close(): if the dialog was opened again in
      // between (a shortcut pressed at once), it is stale and must not close the new one.
      onClose={() => {
        if (!ref.current?.open) onClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      style={wide ? { width: 'min(760px, calc(100vw - 48px))' } : undefined}
    >
      {open && (
        <>
          <div className="dialog-header">
            <h2 id={titleId}>{title}</h2>
          </div>
          <div className="dialog-body">{children}</div>
          {footer && <div className="dialog-footer">{footer}</div>}
        </>
      )}
    </dialog>
  );
}
