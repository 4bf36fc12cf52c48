import { useState, type ReactNode } from 'react';
import { Minus, PiggyBank, Plus, Tags } from 'lucide-react';
import type { LedgerKind, LedgerLine } from '../../../../shared/domain/goodwill';
import { api, errorMessage, useApiData } from '../../lib/api';
import { useRoute } from '../../lib/router';
import { Alert, Button, Dialog, EmptyState, PageHeader, Spinner, useToast } from '../../ui';
import { BalanceCards } from './BalanceCards';
import { BalancePanel } from './BalancePanel';
import { CategoriesDialog } from './CategoriesDialog';
import { EntryDialog } from './EntryDialog';
import { LedgerCard } from './LedgerCard';
import { ProposalsCard } from './ProposalsCard';
import { StandingCard } from './StandingCard';
import { routeQuery } from './goodwillText';
import './goodwill.css';

/** The goodwill bank (`/goodwill`, `/goodwill/:leaderId`): an account per leader, its ledger, its balance over time. */
export function GoodwillScreen(): ReactNode {
  const { path, segments, navigate } = useRoute();
  const toast = useToast();
  const query = routeQuery(path);
  const balances = useApiData(() => api.goodwill.balances(), [], {
    areas: ['goodwill', 'leaders'],
  });
  const categories = useApiData(() => api.goodwill.categories(), [], { areas: ['goodwill'] });
  const proposals = useApiData(() => api.goodwill.proposals({}), [], {
    areas: ['goodwill', 'actions'],
  });
  const [editing, setEditing] = useState<LedgerLine | null>(null);
  const [deleting, setDeleting] = useState<LedgerLine | null>(null);

  const list = balances.data ?? [];
  const selected =
    list.find((b) => b.leaderId === segments[1]) ??
    list.find((b) => b.entries > 0) ??
    list[0] ??
    null;
  const base = selected ? `/goodwill/${selected.leaderId}` : '/goodwill';
  const withQuery = (change: (q: URLSearchParams) => void): string => {
    const q = new URLSearchParams(query);
    change(q);
    const s = q.toString().replace(/=(?=&|$)/g, '');
    return s ? `${base}?${s}` : base;
  };
  const adding = query.get('add') as LedgerKind | null;
  const span = query.get('span') === 'all' ? 'all' : 'year';
  const asTable = query.has('table');
  const record = (kind: LedgerKind): void => navigate(withQuery((q) => q.set('add', kind)));
  const closeDialogs = (): void => {
    setEditing(null);
    navigate(
      withQuery((q) => {
        q.delete('add');
        q.delete('categories');
      }),
    );
  };
  const reloadAll = (): void => {
    balances.reload();
    proposals.reload();
  };

  const remove = async (line: LedgerLine): Promise<void> => {
    setDeleting(null);
    try {
      await api.goodwill.delete({ id: line.id });
      toast('Line deleted.');
      reloadAll();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  };

  const header = (
    <PageHeader
      title="Goodwill"
      subtitle="Trust with each leader, kept like a bank account."
      actions={
        <>
          <Button
            icon={<Tags size={15} />}
            onClick={() => navigate(withQuery((q) => q.set('categories', '')))}
          >
            Categories
          </Button>
          <Button
            icon={<Minus size={15} />}
            disabled={!selected}
            onClick={() => record('withdrawal')}
          >
            Withdrawal
          </Button>
          <Button
            variant="primary"
            icon={<Plus size={15} />}
            disabled={!selected}
            onClick={() => record('deposit')}
          >
            Deposit
          </Button>
        </>
      }
    />
  );

  if (balances.error) {
    return (
      <div className="page">
        {header}
        <Alert tone="danger">{balances.error}</Alert>
      </div>
    );
  }
  if (!balances.data) {
    return (
      <div className="page">
        {header}
        <Spinner label="Loading goodwill" />
      </div>
    );
  }
  return (
    <div className="page goodwill-page">
      {header}
      {!selected ? (
        <EmptyState
          icon={<PiggyBank size={26} />}
          title="No leaders yet"
          actions={
            <Button variant="primary" onClick={() => navigate('/leaders?new')}>
              Add a leader
            </Button>
          }
        >
          Goodwill is kept per leader. Add the people you lead up to, then record what builds trust
          with each of them and what draws on it.
        </EmptyState>
      ) : (
        <>
          <BalanceCards balances={list} selected={selected.leaderId} />
          <ProposalsCard proposals={proposals.data ?? []} showLeader onChanged={reloadAll} />
          {query.has('proposals') && proposals.data?.length === 0 && (
            <Alert>
              No action item of yours is past its date: there is no missed commitment to review.
            </Alert>
          )}
          <div className="goodwill-overview">
            <BalancePanel
              leaderId={selected.leaderId}
              leaderName={selected.leaderName}
              span={span}
              asTable={asTable}
              onSpan={(s) =>
                navigate(withQuery((q) => (s === 'all' ? q.set('span', 'all') : q.delete('span'))))
              }
              onTable={(on) =>
                navigate(withQuery((q) => (on ? q.set('table', '') : q.delete('table'))))
              }
            />
            <StandingCard balance={selected} onRecord={record} />
          </div>
          <LedgerCard
            key={selected.leaderId}
            leaderId={selected.leaderId}
            leaderName={selected.leaderName}
            categories={categories.data ?? []}
            onEdit={setEditing}
            onDelete={setDeleting}
            onRecord={record}
          />
        </>
      )}
      {selected && (adding === 'deposit' || adding === 'withdrawal' || editing) && (
        <EntryDialog
          key={editing?.id ?? adding ?? ''}
          initialKind={adding === 'withdrawal' ? 'withdrawal' : 'deposit'}
          initialLeaderId={selected.leaderId}
          editing={editing}
          leaders={list}
          categories={categories.data ?? []}
          onClose={closeDialogs}
          onSaved={() => {
            toast(editing ? 'Line saved.' : 'Recorded.');
            closeDialogs();
            reloadAll();
          }}
        />
      )}
      {query.has('categories') && <CategoriesDialog onClose={closeDialogs} />}
      <Dialog
        open={deleting !== null}
        title="Delete this line?"
        onClose={() => setDeleting(null)}
        footer={
          <>
            <Button onClick={() => setDeleting(null)}>Keep it</Button>
            <Button variant="danger" onClick={() => deleting && void remove(deleting)}>
              Delete line
            </Button>
          </>
        }
      >
        <p>The balance is recomputed without it. This cannot be undone.</p>
      </Dialog>
    </div>
  );
}
