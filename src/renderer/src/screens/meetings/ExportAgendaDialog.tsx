import { useState, type ReactNode } from 'react';
import { api, errorMessage } from '../../lib/api';
import { Checkbox, ExportDocxDialog } from '../../ui';

/** Saves the agenda as .docx; the private prep notes go in only when ticked. */
export function ExportAgendaDialog({
  meetingId,
  onClose,
}: {
  meetingId: string;
  onClose: () => void;
}): ReactNode {
  const [includePrivate, setIncludePrivate] = useState(false);
  return (
    <ExportDocxDialog
      title="Export the agenda"
      onClose={onClose}
      describeError={errorMessage}
      save={async () => {
        const { path } = await api.meetings.exportAgenda({ meetingId, includePrivate });
        return path && `Saved ${path}`;
      }}
    >
      <p className="muted">
        A Word document with the sections, items, decisions, follow-ups, action items and meeting
        notes.
      </p>
      <Checkbox
        label="Include my private prep notes"
        hint="keep the file to yourself if you do"
        checked={includePrivate}
        onChange={setIncludePrivate}
      />
    </ExportDocxDialog>
  );
}
