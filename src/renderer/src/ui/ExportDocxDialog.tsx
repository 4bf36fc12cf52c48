import { FileDown } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { Alert } from './Layout';
import { useSavedFileToast } from './useSavedFileToast';

/**
 * The dialog every Word export uses: options as children, one "Export .docx" button, the
 * error in words if saving fails. `save` answers the saved file's path (a notice then says
 * where it went, with "Show in folder" and "Open"), or null when the user cancelled the file
 * dialog; `validate` may refuse before saving; `warning` is shown above the button.
 */
export function ExportDocxDialog({
  title,
  onClose,
  save,
  validate,
  describeError,
  warning,
  children,
}: {
  title: string;
  onClose: () => void;
  save: () => Promise<string | { path: string; message: string } | null>;
  validate?: () => string | null;
  /** Said before saving, e.g. that the content will not fit its page. */
  warning?: ReactNode;
  /** Turns a thrown error into words (the screen's `errorMessage`). */
  describeError: (err: unknown) => string;
  children: ReactNode;
}): ReactNode {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const saved = useSavedFileToast();
  const run = async (): Promise<void> => {
    const refused = validate?.() ?? null;
    setError(refused);
    if (refused) return;
    setBusy(true);
    try {
      const result = await save();
      if (result) {
        onClose();
        if (typeof result === 'string') saved(result);
        else saved(result.path, result.message);
      }
    } catch (err) {
      setError(describeError(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            icon={<FileDown size={15} />}
            disabled={busy}
            onClick={() => void run()}
          >
            Export .docx
          </Button>
        </>
      }
    >
      <div className="stack">
        {children}
        {warning && <Alert tone="warning">{warning}</Alert>}
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
