import { useState, type ReactNode } from 'react';
import { api } from '../lib/api';
import { Button } from './Button';
import { Alert } from './Layout';

/** Where a file was saved, inside a dialog that stays open, with "Show in folder" and "Open". */
export function SavedFileNotice({ path }: { path: string }): ReactNode {
  const [failed, setFailed] = useState(false);
  const run = async (call: () => Promise<{ done: boolean }>): Promise<void> => {
    const { done } = await call().catch(() => ({ done: false }));
    setFailed(!done);
  };
  return (
    <Alert tone="info">
      <span className="saved-file">
        <span>Saved to {path}</span>
        <Button size="sm" onClick={() => void run(() => api.app.showInFolder({ path }))}>
          Show in folder
        </Button>
        <Button size="sm" onClick={() => void run(() => api.app.openFile({ path }))}>
          Open
        </Button>
      </span>
      {failed && <span> The file could not be shown. It may have been moved.</span>}
    </Alert>
  );
}
