import { useState, type ReactNode } from 'react';
import { Lock } from 'lucide-react';
import { api, errorMessage } from '../../lib/api';
import { Alert, Checkbox, ExportDocxDialog } from '../../ui';

/** Exports a leader's one-page profile to Word; private fields only when ticked. */
export function ExportProfileDialog({
  leaderId,
  leaderName,
  onClose,
}: {
  leaderId: string;
  leaderName: string;
  onClose: () => void;
}): ReactNode {
  const [includePrivate, setIncludePrivate] = useState(false);
  return (
    <ExportDocxDialog
      title={`Export ${leaderName}’s profile`}
      onClose={onClose}
      describeError={errorMessage}
      save={async () => {
        const { path } = await api.leaders.exportProfile({ id: leaderId, includePrivate });
        return path && `Profile saved to ${path}`;
      }}
    >
      <p className="muted">A one-page Word document with the profile’s facts, lists and notes.</p>
      <Checkbox
        label={
          <span className="row">
            <Lock size={13} aria-hidden="true" /> Include private fields
          </span>
        }
        hint="weaknesses and how you support them"
        checked={includePrivate}
        onChange={setIncludePrivate}
      />
      {includePrivate && (
        <Alert tone="warning">
          The document will contain what you marked private. Keep it to yourself.
        </Alert>
      )}
    </ExportDocxDialog>
  );
}
