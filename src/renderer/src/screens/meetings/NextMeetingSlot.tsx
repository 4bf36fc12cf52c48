import type { ReactNode } from 'react';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Link, useNavigate } from '../../lib/router';
import { Button, useToast } from '../../ui';
import { localZone, longDay, relativeDay, timeRange, zoneNote } from './time';
import './meetings.css';

/** The next 1:1 on a leader's page: when it is, and a way to prepare it. */
export function NextMeetingSlot({
  leaderId,
  leaderName,
}: {
  leaderId: string;
  leaderName: string;
}): ReactNode {
  const navigate = useNavigate();
  const toast = useToast();
  const { data } = useApiData(() => api.meetings.upcoming({ leaderId, limit: 5 }), [leaderId], {
    areas: ['meetings'],
  });
  const next = data?.find((o) => o.status === 'scheduled');
  if (!data) return null;
  if (!next) {
    return (
      <p className="leaders-slot-empty">
        No 1:1 scheduled with {leaderName}.{' '}
        <Link to="/meetings?dialog=new-series">Set up a series</Link>
      </p>
    );
  }
  const open = async (): Promise<void> => {
    try {
      const view = await api.meetings.open({ seriesId: next.seriesId, key: next.key });
      navigate(`/meetings/${view.meeting.id}`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <div className="meetings-slot">
      <span className="meetings-slot-when">{longDay(next.start, localZone())}</span>
      <span className="muted">
        {[
          timeRange(next.start, next.end),
          zoneNote(next.start, next.timeZone),
          relativeDay(next.start),
        ]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <Button size="sm" variant="primary" onClick={() => void open()}>
        {next.meetingId ? 'Open the agenda' : 'Prepare it'}
      </Button>
    </div>
  );
}
