import type { ReactNode } from 'react';
import { api, useApiData } from '../../lib/api';
import { Link } from '../../lib/router';
import { ActionRow } from './ActionRow';
import './actions.css';

const SHOWN = 5;

/** The open action items with a leader, on their page: overdue first, ticked off in place. */
export function OpenActionsSlot({
  leaderId,
  leaderName,
}: {
  leaderId: string;
  leaderName: string;
}): ReactNode {
  const { data, reload } = useApiData(() => api.actions.list({ leaderId }), [leaderId], {
    areas: ['actions'],
  });
  if (!data) return null;
  if (data.length === 0)
    return <p className="leaders-slot-empty">Nothing open with {leaderName}.</p>;
  return (
    <div className="stack">
      <ul className="actions-list is-plain" aria-label={`Open action items with ${leaderName}`}>
        {data.slice(0, SHOWN).map((a) => (
          <ActionRow key={a.id} item={a} leaderName={leaderName} showSource onChanged={reload} />
        ))}
      </ul>
      {data.length > SHOWN && <Link to="/actions">All {data.length} open items</Link>}
    </div>
  );
}
