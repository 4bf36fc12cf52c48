import type { ReactNode } from 'react';
import { api, useApiData } from './lib/api';
import { Link } from './lib/router';
import { RescueNotice } from './RescueNotice';
import { Alert } from './ui';

function since(iso: string): string {
  return new Date(iso).toLocaleString();
}

/**
 * Changes kept in the rescue file, then what the vault's synced folder is doing: another computer with the vault open (a notice,
 * never a block: changes merge), files still on their way (that part is read-only), and
 * records changed on two computers at once (waiting in the Conflicts screen).
 */
export function SyncNotice(): ReactNode {
  const { data: status, reload } = useApiData(() => api.vault.status(), [], { areas: ['vault'] });
  if (!status) return null;
  const { otherComputers, waiting, conflicts, rescue } = status;
  if (!otherComputers.length && !waiting.length && !conflicts && !rescue) return null;
  return (
    <div className="sync-notice">
      {rescue && <RescueNotice rescue={rescue} onDone={reload} />}
      {otherComputers.map((o) => (
        <Alert key={o.computer} tone="info">
          Also open on {o.computer} since {since(o.since)}. Changes from both computers are merged;
          a change made to the same thing on both waits for you in Conflicts.
        </Alert>
      ))}
      {waiting.map((w) => (
        <Alert key={w.file} tone="warning">
          {w.message}
        </Alert>
      ))}
      {conflicts > 0 && (
        <Alert tone="warning">
          {conflicts === 1
            ? 'One change was made on two computers at once.'
            : `${conflicts} changes were made on two computers at once.`}{' '}
          Both versions are kept. <Link to="/conflicts">Choose which to keep</Link>
        </Alert>
      )}
    </div>
  );
}
