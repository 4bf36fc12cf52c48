import { useState, type ReactNode } from 'react';
import { ExternalLink } from 'lucide-react';
import { Button, Dialog, TextField } from '../ui';
import { isAllowedHref, normalizeHref } from './extensions/safeLink/safeLink';

/** Asks for a link's web address; offers to remove it or open it in the browser when there is one. */
export function LinkDialog({
  open,
  initial,
  onApply,
  onRemove,
  onOpen,
  onClose,
}: {
  open: boolean;
  initial: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onOpen: (href: string) => void;
  onClose: () => void;
}): ReactNode {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const apply = (): void => {
    if (!value.trim()) {
      onRemove();
      return;
    }
    if (!isAllowedHref(value)) {
      setError('Only web (https://…) and e-mail addresses can be linked.');
      return;
    }
    onApply(normalizeHref(value));
  };
  return (
    <Dialog
      open={open}
      title={initial ? 'Edit link' : 'Add a link'}
      onClose={onClose}
      footer={
        <>
          {initial && (
            <Button
              variant="ghost"
              icon={<ExternalLink size={14} />}
              onClick={() => onOpen(initial)}
              className="rte-link-open"
            >
              Open in browser
            </Button>
          )}
          <span className="spacer" />
          {initial && (
            <Button variant="danger" onClick={onRemove}>
              Remove link
            </Button>
          )}
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" onClick={apply}>
            {initial ? 'Save link' : 'Add link'}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <TextField
          label="Web address"
          hint="Links open in your browser with Ctrl+click (⌘+click), never inside Upward."
          value={value}
          error={error}
          autoFocus
          placeholder="https://"
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
        />
      </form>
    </Dialog>
  );
}
