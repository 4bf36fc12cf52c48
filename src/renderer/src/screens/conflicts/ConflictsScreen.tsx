import { useState, type ReactNode } from 'react';
import type { RecordConflict } from '../../../../shared/ipc/areas/vault';
import { formatInstant } from '../../../../shared/dateTime';
import { displayStyle } from '../../lib/format';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Card, EmptyState, PageHeader, Spinner, useToast } from '../../ui';
import { RecordView, recordTitle } from './RecordView';
import './conflicts.css';

const KIND_WORDS: Record<string, string> = {
  journal: 'Journal entry',
  meetings: '1:1',
  series: 'Series or template',
  leaders: 'Leader profile',
  actions: 'Action item',
  ledger: 'Goodwill entry',
  goodwill: 'Goodwill setting',
  dashboard: 'Dashboard item',
};

function when(at: string | null): string {
  return at ? formatInstant(at, displayStyle()) : 'before revisions were kept';
}

/** One conflicted record: every version side by side, each with a button to keep it. */
function ConflictCard({
  conflict,
  onResolved,
}: {
  conflict: RecordConflict;
  onResolved: () => void;
}): ReactNode {
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const title =
    conflict.versions.map((v) => recordTitle(v.value)).find((t) => t) ??
    KIND_WORDS[conflict.kind] ??
    'Record';
  const headingId = `conflict-${conflict.shard}-${conflict.key}`.replace(/[^A-Za-z0-9_-]/g, '_');

  async function keep(version: string, computer: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const { resolved } = await api.vault.resolveConflict({
        shard: conflict.shard,
        key: conflict.key,
        version,
      });
      toast(resolved ? `Kept the version from ${computer}.` : 'This was already settled.');
      onResolved();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card>
      <section aria-labelledby={headingId} className="conflict">
        <h2 id={headingId} className="conflict-title">
          <span className="conflict-kind">{KIND_WORDS[conflict.kind] ?? conflict.kind}</span>{' '}
          {title}
        </h2>
        {error && <Alert tone="danger">{error}</Alert>}
        <div className="conflict-versions">
          {conflict.versions.map((v, i) => {
            const others = conflict.versions.filter((o) => o !== v).map((o) => o.value);
            const label = `Version from ${v.computer || 'this vault'}`;
            return (
              <article
                key={v.version || `deleted-${i}`}
                className="conflict-version"
                aria-label={label}
              >
                <header>
                  <h3>{label}</h3>
                  <p className="muted">
                    {v.deleted ? 'Deleted' : 'Saved'} {when(v.at)}
                  </p>
                </header>
                {v.deleted ? (
                  <p className="conflict-deleted">This computer deleted it.</p>
                ) : (
                  <RecordView value={v.value} others={others} />
                )}
                <Button
                  variant={i === 0 ? 'primary' : 'default'}
                  disabled={busy}
                  onClick={() => void keep(v.version, v.computer || 'this vault')}
                >
                  {v.deleted ? 'Keep it deleted' : `Keep this version`}
                </Button>
              </article>
            );
          })}
        </div>
      </section>
    </Card>
  );
}

/**
 * Records changed on two computers at the same time. Upward keeps every version until the
 * user chooses one here; nothing is dropped without their say.
 */
export function ConflictsScreen(): ReactNode {
  const { data, error, loading, reload } = useApiData(() => api.vault.conflicts(), [], {
    areas: ['vault'],
  });
  return (
    <div className="page conflicts-page">
      <PageHeader
        title="Conflicts"
        subtitle="Changes made to the same thing on two computers at once. Both are kept until you choose."
      />
      {error && <Alert tone="danger">{error}</Alert>}
      {loading && !data && <Spinner label="Looking for conflicts" />}
      {data && data.length === 0 && (
        <EmptyState title="Nothing to choose">
          Every change from your other computers has been merged.
        </EmptyState>
      )}
      {data?.map((c) => (
        <ConflictCard key={`${c.shard}/${c.key}`} conflict={c} onResolved={reload} />
      ))}
    </div>
  );
}
