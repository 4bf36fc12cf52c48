import { useMemo, useState, type ReactNode } from 'react';
import { ListChecks, Plus } from 'lucide-react';
import type { ActionFilter } from '../../../../shared/ipc/areas/actions';
import { api, errorMessage, useApiData } from '../../lib/api';
import { useRoute } from '../../lib/router';
import { Alert, Button, Card, Checkbox, EmptyState, PageHeader, Spinner, useToast } from '../../ui';
import { Select } from '../../ui/Select';
import { ActionForm } from './ActionForm';
import { ActionRow } from './ActionRow';
import './actions.css';

type StatusFilter = ActionFilter['status'];
type OwnerFilter = NonNullable<ActionFilter['owner']> | '';

const STATUS_TABS: { value: StatusFilter; label: string }[] = [
  { value: 'open', label: 'Open' },
  { value: 'done', label: 'Done' },
  { value: 'dropped', label: 'Dropped' },
  { value: 'all', label: 'All' },
];

/** Every commitment from every 1:1, filtered by status, owner and leader; overdue ones stand out. */
export function ActionsScreen(): ReactNode {
  const { path, navigate } = useRoute();
  const query = new URLSearchParams(path.split('?')[1] ?? '');
  const toast = useToast();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [owner, setOwner] = useState<OwnerFilter>('');
  const [leaderId, setLeaderId] = useState('');
  const overdueOnly = query.has('overdue');
  const creating = query.has('new');
  const leaders = useApiData(() => api.leaders.list({ includeArchived: true }), [], {
    areas: ['leaders'],
  });
  const names = useMemo(
    () => new Map((leaders.data ?? []).map((l) => [l.id, l.name])),
    [leaders.data],
  );
  const list = useApiData(
    () =>
      api.actions.list({
        status,
        ...(owner ? { owner } : {}),
        ...(leaderId ? { leaderId } : {}),
        ...(overdueOnly ? { overdue: true } : {}),
      }),
    [status, owner, leaderId, overdueOnly],
    { areas: ['actions'] },
  );
  const items = list.data ?? [];
  const overdueCount = items.filter((i) => i.overdue).length;
  const setQuery = (flags: { overdue?: boolean; new?: boolean }): void => {
    const q = [
      (flags.overdue ?? overdueOnly) ? 'overdue' : '',
      (flags.new ?? creating) ? 'new' : '',
    ]
      .filter(Boolean)
      .join('&');
    navigate(q ? `/actions?${q}` : '/actions');
  };

  return (
    <div className="page">
      <PageHeader
        title="Action items"
        subtitle="Every commitment from your 1:1s, yours and theirs, with who owns it and by when."
        actions={
          <Button
            variant="primary"
            icon={<Plus size={15} />}
            onClick={() => setQuery({ new: true })}
          >
            New action item
          </Button>
        }
      />
      {creating && (
        <Card title="New action item" className="actions-new">
          <ActionForm
            leaders={(leaders.data ?? []).filter((l) => !l.archived)}
            submitLabel="Add action item"
            autoFocus
            onCancel={() => setQuery({ new: false })}
            onSubmit={async (v) => {
              try {
                await api.actions.create(v);
                toast('Action item added.');
                list.reload();
              } catch (err) {
                toast(errorMessage(err), 'error');
              }
            }}
          />
        </Card>
      )}
      <div className="actions-filters" role="group" aria-label="Filters">
        <div className="actions-tabs" role="group" aria-label="Status">
          {STATUS_TABS.map((t) => (
            <button
              key={t.value}
              type="button"
              aria-pressed={status === t.value}
              className="actions-tab"
              onClick={() => setStatus(t.value)}
            >
              {t.label}
            </button>
          ))}
        </div>
        <Select
          label="Owner"
          hideLabel
          value={owner}
          onValueChange={(v) => setOwner(v as OwnerFilter)}
          options={[
            { value: '', label: 'Any owner' },
            { value: 'me', label: 'Mine' },
            { value: 'leader', label: 'The leader’s' },
            { value: 'other', label: 'Someone else’s' },
          ]}
        />
        <Select
          label="Leader"
          hideLabel
          value={leaderId}
          onValueChange={(v) => setLeaderId(v)}
          options={[
            { value: '', label: 'All leaders' },
            ...(leaders.data ?? []).map((l) => ({ value: l.id, label: l.name })),
          ]}
        />
        <Checkbox
          label="Overdue only"
          checked={overdueOnly}
          onChange={(on) => setQuery({ overdue: on })}
        />
      </div>
      {list.error && <Alert tone="danger">{list.error}</Alert>}
      {list.loading && !list.data ? (
        <Spinner label="Loading action items" />
      ) : items.length === 0 ? (
        <EmptyState
          icon={<ListChecks size={26} />}
          title={
            status === 'open' && !owner && !leaderId && !overdueOnly
              ? 'Nothing open'
              : 'No action items match'
          }
        >
          {status === 'open'
            ? 'Every discussion should end with an action, an owner and a date. Add them in a 1:1, or here with “New action item”.'
            : 'Try another status, owner or leader.'}
        </EmptyState>
      ) : (
        <section aria-labelledby="actions-list-title">
          <h2 id="actions-list-title" className="actions-count">
            {items.length} {items.length === 1 ? 'item' : 'items'}
            {overdueCount > 0 && (
              <span className="actions-count-late"> · {overdueCount} overdue</span>
            )}
          </h2>
          <ul className="actions-list">
            {items.map((item) => (
              <ActionRow
                key={item.id}
                item={item}
                leaderName={item.leaderId ? names.get(item.leaderId) : undefined}
                showLeader
                showSource
                onChanged={() => list.reload()}
              />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
