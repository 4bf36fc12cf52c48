import { useId, type ReactNode } from 'react';
import { useReturnFocus } from '../lib/focus';
import { useModalDialog } from './useModalDialog';

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
  const dialog = useModalDialog(open, onClose);
  const titleId = useId();
  useReturnFocus(open);
  return (
    <dialog
      ref={dialog.ref}
      className="dialog"
      aria-labelledby={titleId}
      onClose={dialog.onClose}
      onCancel={dialog.onCancel}
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
