import { useState, type ReactNode } from 'react';
import { CalendarClock } from 'lucide-react';
import type { NextOneOnOne } from '../../../../shared/ipc/areas/dashboard';
import { api, errorMessage } from '../../lib/api';
import { useRoute } from '../../lib/router';
import { Button, Card, useToast } from '../../ui';
import { AskWarning } from '../goodwill/AskWarning';
import { fromNow, whenLocal } from './dashText';

/** The next 1:1 in scope: when, with whom, how much is on the agenda, and the way to prepare it. */
export function NextMeetingCard({ next }: { next: NextOneOnOne | null }): ReactNode {
  const { navigate } = useRoute();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const prepare = async (): Promise<void> => {
    if (!next) return;
    if (next.meetingId) return navigate(`/meetings/${next.meetingId}`);
    setBusy(true);
    try {
      const view = await api.meetings.open({ seriesId: next.seriesId, key: next.key });
      navigate(`/meetings/${view.meeting.id}`);
    } catch (e) {
      toast(errorMessage(e), 'error');
    } finally {
      setBusy(false);
    }
  };
  const when = next ? whenLocal(next.start) : null;
  return (
    <Card
      className="dash-card dash-next"
      title={
        <span className="row">
          <CalendarClock size={16} aria-hidden="true" /> Next 1:1
        </span>
      }
    >
      {!next || !when ? (
        <div className="dash-empty">
          <p>No 1:1 on the calendar for the next two months.</p>
          <Button size="sm" onClick={() => navigate('/meetings?dialog=new-series')}>
            Schedule a series
          </Button>
        </div>
      ) : (
        <div className="dash-next-body">
          <p className="dash-next-when">
            <span className="dash-next-day">{when.day}</span>
            <span className="dash-next-time">
              {when.time} · {fromNow(next.start)}
            </span>
          </p>
          <p className="dash-next-title">{next.title}</p>
          <p className="dash-next-meta">
            {next.agendaCount === 0
              ? 'No agenda yet'
              : `${next.agendaCount} ${next.agendaCount === 1 ? 'item' : 'items'} on the agenda`}
          </p>
          <AskWarning leaderId={next.leaderId} />
          <Button size="sm" variant="primary" disabled={busy} onClick={() => void prepare()}>
            {next.agendaCount === 0 ? 'Prepare the agenda' : 'Open the agenda'}
          </Button>
        </div>
      )}
    </Card>
  );
}
