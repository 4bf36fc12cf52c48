import type { ReactNode } from 'react';
import { ListChecks } from 'lucide-react';
import type { ActionView } from '../../../../shared/ipc/areas/actions';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Badge, Card, useToast } from '../../ui';

const MAX = 6;

/** Who owns an item someone else is doing. */
function owner(a: ActionView, leaderNames: Map<string, string>): string {
  if (a.owner.kind === 'other') return a.owner.name;
  if (a.owner.kind === 'leader') return (a.leaderId && leaderNames.get(a.leaderId)) || 'Leader';
  return 'Me';
}

function ActionList({
  items,
  label,
  empty,
  leaderNames,
  onChanged,
}: {
  items: ActionView[];
  label: string;
  empty: string;
  leaderNames: Map<string, string>;
  onChanged: () => void;
}): ReactNode {
  const { dateFormat } = useSettings();
  const toast = useToast();
  const done = async (a: ActionView): Promise<void> => {
    try {
      await api.actions.setStatus({ id: a.id, status: 'done' });
      toast(`Done: ${a.text}`);
      onChanged();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  };
  const overdue = items.filter((a) => a.overdue).length;
  return (
    <section className="dash-actions-col" aria-label={label}>
      <h3 className="dash-col-title">
        {label} <span className="dash-col-count">{items.length}</span>
        {overdue > 0 && <Badge tone="danger">{overdue} overdue</Badge>}
      </h3>
      {items.length === 0 ? (
        <p className="dash-empty">{empty}</p>
      ) : (
        <ul className="list dash-action-list">
          {items.slice(0, MAX).map((a) => (
            <li key={a.id} className={`dash-action${a.overdue ? ' is-overdue' : ''}`}>
              <input
                type="checkbox"
                className="dash-check"
                aria-label={`Mark done: ${a.text}`}
                onChange={() => void done(a)}
              />
              <div className="dash-action-text">
                <span>{a.text}</span>
                <span className="dash-action-meta">
                  {a.owner.kind !== 'me' && `${owner(a, leaderNames)} · `}
                  {a.due ? `due ${formatDate(a.due, dateFormat)}` : 'no date'}
                </span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {items.length > MAX && (
        <Link to="/actions" className="dash-more">
          {items.length - MAX} more
        </Link>
      )}
    </section>
  );
}

/** Open action items, mine beside theirs, overdue first. */
export function ActionsCard({
  mine,
  theirs,
  leaderNames,
  onChanged,
}: {
  mine: ActionView[];
  theirs: ActionView[];
  leaderNames: Map<string, string>;
  onChanged: () => void;
}): ReactNode {
  return (
    <Card
      className="dash-card dash-actions"
      title={
        <span className="row">
          <ListChecks size={16} aria-hidden="true" /> Open commitments
        </span>
      }
      actions={
        <Link to="/actions" className="dash-card-link">
          All action items
        </Link>
      }
    >
      <div className="dash-actions-grid">
        <ActionList
          items={mine}
          label="Mine"
          empty="Nothing open on your side."
          leaderNames={leaderNames}
          onChanged={onChanged}
        />
        <ActionList
          items={theirs}
          label="Theirs"
          empty="Nobody owes you anything right now."
          leaderNames={leaderNames}
          onChanged={onChanged}
        />
      </div>
    </Card>
  );
}
