import { useState, type ReactNode } from 'react';
import { BookOpenCheck } from 'lucide-react';
import type { GoodwillCategory, LedgerKind, LedgerLine } from '../../../../shared/domain/goodwill';
import { api, useApiData } from '../../lib/api';
import { Alert, Button, Card, Spinner } from '../../ui';
import { SelectControl } from '../../ui/Select';
import { LedgerTable } from './LedgerTable';

/** One leader's ledger, a year at a time, with the running balance. */
export function LedgerCard({
  leaderId,
  leaderName,
  categories,
  onEdit,
  onDelete,
  onRecord,
}: {
  leaderId: string;
  leaderName: string;
  categories: GoodwillCategory[];
  onEdit: (line: LedgerLine) => void;
  onDelete: (line: LedgerLine) => void;
  onRecord: (kind: LedgerKind) => void;
}): ReactNode {
  const [year, setYear] = useState<string | undefined>(undefined);
  const { data, error } = useApiData(
    () => api.goodwill.list({ leaderId, year }),
    [leaderId, year],
    { areas: ['goodwill'] },
  );
  const byId = new Map(categories.map((c) => [c.id, c]));
  const years = data?.years ?? [];
  return (
    <Card
      className="goodwill-ledger-card"
      title={`Ledger with ${leaderName}`}
      actions={
        years.length > 1 ? (
          <label className="row goodwill-year">
            <span className="field-hint">Year</span>
            <SelectControl
              value={data?.year ?? ''}
              onValueChange={(v) => setYear(v)}
              options={years.map((y) => ({ value: y, label: y }))}
            />
          </label>
        ) : undefined
      }
    >
      {error && <Alert tone="danger">{error}</Alert>}
      {!data ? (
        <Spinner label="Loading the ledger" />
      ) : data.lines.length === 0 ? (
        <div className="goodwill-empty-ledger">
          <BookOpenCheck size={22} aria-hidden="true" />
          <p>
            Nothing recorded with {leaderName} yet. Start with something you did recently that made
            their work easier — delivering early, fixing something outside your lane, giving credit.
          </p>
          <Button variant="primary" size="sm" onClick={() => onRecord('deposit')}>
            Record a first deposit
          </Button>
        </div>
      ) : (
        <LedgerTable lines={data.lines} categories={byId} onEdit={onEdit} onDelete={onDelete} />
      )}
    </Card>
  );
}
