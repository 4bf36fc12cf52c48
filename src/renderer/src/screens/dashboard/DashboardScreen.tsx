import type { ReactNode } from 'react';
import { FileDown, LayoutDashboard } from 'lucide-react';
import {
  dateInZone,
  formatDayMonth,
  formatWeekday,
  localTimeZone,
} from '../../../../shared/dateTime';
import { displayStyle } from '../../lib/format';
import { api, useApiData } from '../../lib/api';
import { useRoute } from '../../lib/router';
import { Alert, Button, EmptyState, PageHeader, Spinner } from '../../ui';
import { SelectControl } from '../../ui/Select';
import { ActionsCard } from './ActionsCard';
import { ExportDialog } from './ExportDialog';
import { GoodwillTrendCard } from './GoodwillTrendCard';
import { HealthCard } from './HealthCard';
import { MetricsCard } from './MetricsCard';
import { NextMeetingCard } from './NextMeetingCard';
import { ProjectsCard } from './ProjectsCard';
import { WinsCard } from './WinsCard';
import { routeQuery } from './dashText';
import './dashboard.css';

const WINS_DAYS = 30;
/** Today in words, the user's way: "Monday, Dec 7". */
function todayWords(): string {
  const today = dateInZone(Date.now(), localTimeZone());
  return `${formatWeekday(today, displayStyle())}, ${formatDayMonth(today, displayStyle())}`;
}

/** The one-pager and the app's home (`/dashboard`, or `/dashboard/:leaderId` for one leader). */
export function DashboardScreen(): ReactNode {
  const { path, segments, navigate } = useRoute();
  const query = routeQuery(path);
  const leaderId = segments[1] ?? null;
  const view = useApiData(() => api.dashboard.get({ leaderId }), [leaderId], {
    areas: ['dashboard', 'goodwill', 'actions', 'meetings', 'leaders'],
  });
  // Wins come on their own, once the page is drawn: reading the journal never holds up the rest.
  const drawn = view.data !== undefined;
  const wins = useApiData(
    async () => (drawn ? api.dashboard.wins({ leaderId, winsDays: WINS_DAYS }) : undefined),
    [leaderId, drawn],
    { areas: ['journal', 'goodwill', 'leaders'] },
  );
  const base = leaderId ? `/dashboard/${leaderId}` : '/dashboard';
  const data = view.data;
  const current = data?.leaders ?? [];
  // An archived leader's page stays reachable from its address: keep them in the picker.
  const leaders =
    leaderId && data?.leaderName && !current.some((l) => l.id === leaderId)
      ? [...current, { id: leaderId, name: data.leaderName }]
      : current;
  const names = new Map(leaders.map((l) => [l.id, l.name]));

  const scope = (
    <label className="dash-scope">
      <span className="visually-hidden">Show the dashboard for</span>
      <SelectControl
        value={leaderId ?? ''}
        onValueChange={(v) => navigate(v ? `/dashboard/${v}` : '/dashboard')}
        options={[
          { value: '', label: 'All leaders' },
          ...leaders.map((l) => ({ value: l.id, label: l.name })),
        ]}
      />
    </label>
  );

  return (
    <div className="page dash-page">
      <PageHeader
        title="Dashboard"
        subtitle={`${todayWords()} · ${data?.leaderName ? `what ${data.leaderName} should know` : 'everything worth sharing upward, on one page'}`}
        actions={
          <>
            {scope}
            <Button
              variant="primary"
              icon={<FileDown size={15} />}
              onClick={() => navigate(`${base}?export`)}
              disabled={!data}
            >
              Export status update
            </Button>
          </>
        }
      />
      {view.error && <Alert tone="danger">{view.error}</Alert>}
      {!data ? (
        !view.error && (
          <div className="dash-loading">
            <Spinner label="Loading the dashboard" />
          </div>
        )
      ) : (
        <>
          {current.length === 0 && (
            <EmptyState
              icon={<LayoutDashboard size={26} />}
              title="Start with the people you lead up to"
              actions={
                <Button variant="primary" onClick={() => navigate('/leaders?new')}>
                  Add a leader
                </Button>
              }
            >
              Add your manager first. Their 1:1s, your commitments, your wins and the trust you
              build all come together here.
            </EmptyState>
          )}
          <div className="dash-grid" data-testid="dashboard-ready">
            <NextMeetingCard next={data.nextMeeting} />
            <GoodwillTrendCard trends={data.goodwill} leaderId={leaderId} />
            <ProjectsCard
              projects={data.projects}
              leaderId={leaderId}
              leaderNames={names}
              autoFocusNew={query.has('new-project')}
              onChanged={view.reload}
            />
            <MetricsCard
              metrics={data.metrics}
              leaderId={leaderId}
              autoFocusNew={query.has('new-metric')}
              onChanged={view.reload}
            />
            <ActionsCard
              mine={data.actions.mine}
              theirs={data.actions.theirs}
              leaderNames={names}
              onChanged={view.reload}
            />
            <WinsCard
              wins={wins.data?.wins}
              error={wins.error}
              days={WINS_DAYS}
              showLeader={!leaderId}
            />
            <HealthCard health={data.health} from={data.quarterFrom} />
          </div>
        </>
      )}
      {query.has('export') && (
        <ExportDialog
          leaderId={leaderId}
          leaderName={data?.leaderName ?? null}
          onClose={() => navigate(base)}
        />
      )}
    </div>
  );
}
