import { FileDown } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { Alert } from './Layout';
import { useToast } from './Toast';

/**
 * The dialog every Word export uses: options as children, one "Export .docx" button, the
 * error in words if saving fails. `save` answers the notice to show once the file is saved,
 * or null when the user cancelled the file dialog; `validate` may refuse before saving.
 */
export function ExportDocxDialog({
  title,
  onClose,
  save,
  validate,
  describeError,
  children,
}: {
  title: string;
  onClose: () => void;
  save: () => Promise<string | null>;
  validate?: () => string | null;
  /** Turns a thrown error into words (the screen's `errorMessage`). */
  describeError: (err: unknown) => string;
  children: ReactNode;
}): ReactNode {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toast = useToast();
  const run = async (): Promise<void> => {
    const refused = validate?.() ?? null;
    setError(refused);
    if (refused) return;
    setBusy(true);
    try {
      const notice = await save();
      if (notice) {
        toast(notice);
        onClose();
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
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
