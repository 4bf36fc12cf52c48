import type { ReactNode } from 'react';
import { Plus, Users } from 'lucide-react';
import { RELATIONSHIP_LABELS } from '../../../../shared/domain/leader';
import { api, useApiData } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { Link, useRoute } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Alert, Badge, Button, Checkbox, EmptyState, PageHeader, Spinner } from '../../ui';
import { NewLeaderDialog } from './NewLeaderDialog';
import { initials, routeQuery } from './query';

/** Every leader, as cards; archived ones on request. */
export function LeaderList(): ReactNode {
  const { path, navigate } = useRoute();
  const settings = useSettings();
  const query = routeQuery(path);
  const showArchived = query.has('archived');
  const setShowArchived = (on: boolean): void => navigate(on ? '/leaders?archived' : '/leaders');
  const creating = query.has('new');
  const { data, error, loading } = useApiData(
    () => api.leaders.list({ includeArchived: showArchived }),
    [showArchived],
    { areas: ['leaders'] },
  );
  const leaders = data ?? [];

  const openNew = (): void => navigate(showArchived ? '/leaders?archived&new' : '/leaders?new');
  return (
    <div className="page">
      <PageHeader
        title="Leaders"
        subtitle="The people you lead up to: what they want, how they work, how to help them."
        actions={
          <>
            <Checkbox label="Show archived" checked={showArchived} onChange={setShowArchived} />
            <Button variant="primary" icon={<Plus size={15} />} onClick={openNew}>
              New leader
            </Button>
          </>
        }
      />
      {error && <Alert tone="danger">{error}</Alert>}
      {loading && !data ? (
        <Spinner label="Loading leaders" />
      ) : leaders.length === 0 ? (
        <EmptyState
          icon={<Users size={26} />}
          title={showArchived ? 'No leaders yet' : 'No active leaders'}
          actions={
            <Button variant="primary" icon={<Plus size={15} />} onClick={openNew}>
              Add your first leader
            </Button>
          }
        >
          Add your manager, a skip-level, a mentor or a client. Their goals, style and preferences
          live here, so every 1:1 starts from what they care about.
        </EmptyState>
      ) : (
        <ul className="leaders-grid" aria-label="Leaders">
          {leaders.map((l) => (
            <li key={l.id}>
              <Link
                to={`/leaders/${l.id}`}
                className={`leaders-card${l.archived ? ' is-archived' : ''}`}
              >
                <span className="leaders-avatar" aria-hidden="true">
                  {initials(l.name)}
                </span>
                <span className="leaders-card-text">
                  <span className="leaders-card-name">{l.name}</span>
                  <span className="leaders-card-role">{l.role || 'No role yet'}</span>
                  <span className="row wrap">
                    <Badge tone="accent">{RELATIONSHIP_LABELS[l.relationship]}</Badge>
                    {l.since && (
                      <span className="faint leaders-since">
                        since {formatDate(l.since, settings.dateFormat)}
                      </span>
                    )}
                    {l.archived && <Badge>Archived</Badge>}
                  </span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <NewLeaderDialog
          open
          onClose={() => setShowArchived(showArchived)}
          onCreated={(id) => navigate(`/leaders/${id}`)}
        />
      )}
    </div>
  );
}
