import { useState, type ReactNode } from 'react';
import { ShieldCheck } from 'lucide-react';
import { api, errorMessage, useApiData } from '../../lib/api';
import { ExportDocxDialog } from '../../ui';
import { Select } from '../../ui/Select';

const WINDOWS = [
  { value: '14', label: 'Last 2 weeks' },
  { value: '30', label: 'Last 30 days' },
  { value: '90', label: 'Last quarter' },
];

/** Saves the one-pager as a Word status update; says plainly what goes in and what never does. */
export function ExportDialog({
  leaderId,
  leaderName,
  onClose,
}: {
  leaderId: string | null;
  leaderName: string | null;
  onClose: () => void;
}): ReactNode {
  const [days, setDays] = useState('30');
  const check = useApiData(
    () => api.dashboard.exportCheck({ leaderId, winsDays: Number(days) }),
    [leaderId, days],
  );
  return (
    <ExportDocxDialog
      title={leaderName ? `Status update for ${leaderName}` : 'Status update'}
      onClose={onClose}
      describeError={errorMessage}
      warning={
        check.data?.fitsOnePage === false
          ? 'This update will not fit on one page. Shorten the longest project updates, or close finished commitments, to keep it to a page. You can still save it as it is.'
          : undefined
      }
      save={async () => {
        const { path } = await api.dashboard.export({ leaderId, winsDays: Number(days) });
        return path && { path, message: `Status update saved to ${path}` };
      }}
    >
      <p className="muted">
        A one-page Word document to share upward: projects and their status, key metrics, recent
        wins, open commitments and the next 1:1.
      </p>
      <Select
        label="Wins to include"
        value={days}
        options={WINDOWS}
        onValueChange={(v) => setDays(v)}
      />
      <div className="dash-private-note">
        <ShieldCheck size={16} aria-hidden="true" />
        <span>
          Never included: journal text (wins appear by title only), your goodwill ledger, 1:1
          health, prep notes and anything on a leader’s profile.
        </span>
      </div>
    </ExportDocxDialog>
  );
}
