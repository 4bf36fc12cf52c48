import type { ReactNode } from 'react';
import { TriangleAlert } from 'lucide-react';
import { api, useApiData } from '../../lib/api';
import { Link } from '../../lib/router';
import './goodwill.css';

/**
 * The gentle warning before an ask: shown where asks are made (the agenda's asks section,
 * the next 1:1) when the goodwill account with this leader is thin. Says nothing otherwise.
 */
export function AskWarning({ leaderId }: { leaderId: string }): ReactNode {
  const { data } = useApiData(() => api.goodwill.checkBeforeAsk({ leaderId }), [leaderId], {
    areas: ['goodwill'],
  });
  if (!data) return null;
  // Checked, and nothing to say: a silent marker tells a test the check ran.
  if (!data.low) return <span hidden data-testid="goodwill-ask-ok" />;
  return (
    <div className="goodwill-ask-warning" role="note" aria-label="Goodwill before an ask">
      <TriangleAlert size={15} aria-hidden="true" />
      <span>
        {data.message} <Link to={`/goodwill/${leaderId}`}>Open the ledger</Link>
      </span>
    </div>
  );
}
