import { useState, type ReactNode } from 'react';
import {
  CalendarClock,
  CalendarPlus,
  FileDown,
  FileUp,
  LayoutTemplate,
  Plus,
  Users,
} from 'lucide-react';
import type { OccurrenceView, SeriesView } from '../../../../shared/ipc/areas/meetings';
import { describeRrule } from '../../../../shared/recurrence';
import { api, errorMessage, useApiData } from '../../lib/api';
import { displayStyle } from '../../lib/format';
import { Link, useRoute } from '../../lib/router';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  IconButton,
  PageHeader,
  Spinner,
  useToast,
} from '../../ui';
import { HistoryList } from './HistoryList';
import { ImportDialog } from './ImportDialog';
import { SeriesDialog } from './SeriesDialog';
import { TemplatesDialog } from './TemplatesDialog';
import { leadLabel } from './time';
import { UpcomingList } from './UpcomingList';

/** The 1:1s page: what is coming up, the series behind it, and recent meetings. */
export function ScheduleView(): ReactNode {
  const { path, navigate } = useRoute();
  const toast = useToast();
  const dialog = new URLSearchParams(path.split('?')[1] ?? '').get('dialog');
  const [editing, setEditing] = useState<SeriesView | null>(null);
  const leaders = useApiData(() => api.leaders.list({ includeArchived: false }), [], {
    areas: ['leaders'],
  });
  const series = useApiData(() => api.meetings.listSeries({}), [], {
    areas: ['meetings', 'leaders'],
  });
  const upcoming = useApiData(() => api.meetings.upcoming({ days: 60, limit: 12 }), [], {
    areas: ['meetings', 'leaders'],
  });
  const history = useApiData(() => api.meetings.history({ limit: 8 }), [], { areas: ['meetings'] });
  const reload = (): void => {
    series.reload();
    upcoming.reload();
    history.reload();
  };
  const closeDialog = (): void => {
    setEditing(null);
    navigate('/meetings');
  };
  const openDialog = (name: string): void => navigate(`/meetings?dialog=${name}`);

  const prepare = async (o: OccurrenceView): Promise<void> => {
    try {
      const view = await api.meetings.open({ seriesId: o.seriesId, key: o.key });
      navigate(`/meetings/${view.meeting.id}`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const exportIcs = async (s: SeriesView): Promise<void> => {
    try {
      const { path: saved } = await api.meetings.exportSeriesIcs({ id: s.series.id });
      if (saved) toast(`Saved ${saved}`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const noLeaders = leaders.data !== undefined && leaders.data.length === 0;
  const noSeries = series.data !== undefined && series.data.length === 0;
  return (
    <div className="page">
      <PageHeader
        title="1:1s"
        subtitle="Your recurring 1:1s: prepare the next one in two minutes, and keep what was agreed."
        actions={
          <>
            <Button icon={<LayoutTemplate size={15} />} onClick={() => openDialog('templates')}>
              Templates
            </Button>
            <Button
              icon={<FileUp size={15} />}
              onClick={() => openDialog('import')}
              disabled={noLeaders}
            >
              Import .ics
            </Button>
            <Button
              variant="primary"
              icon={<Plus size={15} />}
              onClick={() => openDialog('new-series')}
              disabled={noLeaders}
            >
              New series
            </Button>
          </>
        }
      />
      {(series.error || upcoming.error) && (
        <Alert tone="danger">{series.error ?? upcoming.error}</Alert>
      )}
      {noLeaders ? (
        <EmptyState
          icon={<Users size={26} />}
          title="Add a leader first"
          actions={<Link to="/leaders?new">Add a leader</Link>}
        >
          A 1:1 series belongs to someone you lead up to. Add your manager (or a skip-level, a
          mentor, a client), then set up your regular 1:1 with them here.
        </EmptyState>
      ) : series.loading && !series.data ? (
        <Spinner label="Loading your 1:1s" />
      ) : noSeries ? (
        <EmptyState
          icon={<CalendarClock size={26} />}
          title="No 1:1s scheduled yet"
          actions={
            <>
              <Button
                variant="primary"
                icon={<CalendarPlus size={15} />}
                onClick={() => openDialog('new-series')}
              >
                Set up a series
              </Button>
              <Button icon={<FileUp size={15} />} onClick={() => openDialog('import')}>
                Import from your calendar
              </Button>
            </>
          }
        >
          Set up the regular 1:1 with each leader: how often, which day and time. Each meeting then
          gets an agenda of its own, and what you do not get to carries over to the next one.
        </EmptyState>
      ) : (
        <div className="meetings-grid">
          <Card title="Coming up" className="meetings-upcoming">
            <UpcomingList
              items={upcoming.data ?? []}
              loading={upcoming.loading && !upcoming.data}
              onPrepare={prepare}
              onChanged={reload}
            />
          </Card>
          <div className="stack">
            <Card title="Series">
              <ul className="meetings-series-list">
                {(series.data ?? []).map((s) => (
                  <li key={s.series.id} className="meetings-series">
                    <div className="meetings-series-text">
                      <span className="meetings-series-title">
                        {s.series.title || `1:1 with ${s.leaderName}`}
                      </span>
                      {s.series.title && (
                        <span className="meetings-series-meta">with {s.leaderName}</span>
                      )}
                      <span className="meetings-series-meta">
                        {describeRrule(s.series, displayStyle())}
                      </span>
                      <span className="meetings-series-meta">
                        {s.series.durationMinutes} min
                        {s.series.reminderLeadMinutes.length > 0 &&
                          ` · reminder ${s.series.reminderLeadMinutes.map(leadLabel).join(', ')} before`}
                      </span>
                    </div>
                    <div className="row">
                      <Button
                        size="sm"
                        onClick={() => setEditing(s)}
                        aria-label={`Edit ${s.series.title || `1:1 with ${s.leaderName}`}`}
                      >
                        Edit
                      </Button>
                      <IconButton
                        label={`Export ${s.series.title || `1:1 with ${s.leaderName}`} as .ics`}
                        icon={<FileDown size={15} />}
                        onClick={() => void exportIcs(s)}
                      />
                    </div>
                  </li>
                ))}
              </ul>
            </Card>
            <Card title="Recent 1:1s">
              <HistoryList items={history.data ?? []} />
            </Card>
          </div>
        </div>
      )}
      {(dialog === 'new-series' || editing) && (
        <SeriesDialog
          key={editing?.series.id ?? 'new'}
          existing={editing}
          leaders={leaders.data ?? []}
          onClose={closeDialog}
          onSaved={() => {
            closeDialog();
            reload();
          }}
        />
      )}
      {dialog === 'import' && (
        <ImportDialog leaders={leaders.data ?? []} onClose={closeDialog} onImported={reload} />
      )}
      {dialog === 'templates' && <TemplatesDialog onClose={closeDialog} />}
    </div>
  );
}
