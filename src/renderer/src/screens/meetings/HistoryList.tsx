import type { ReactNode } from 'react';
import type { MeetingSummary } from '../../../../shared/ipc/areas/meetings';
import { Link } from '../../lib/router';
import { Badge } from '../../ui';
import { localZone, shortDay } from './time';
import { MEETING_OUTCOME_LABELS, meetingOutcome } from '../../../../shared/meetingOutcome';

const outcomeOf = (m: MeetingSummary) => meetingOutcome(m, new Date().toISOString());

/** Recent meetings, newest first, with how much of each agenda was discussed. */
export function HistoryList({ items }: { items: MeetingSummary[] }): ReactNode {
  if (items.length === 0) return <p className="muted">Meetings you have held show up here.</p>;
  return (
    <ul className="meetings-history">
      {items.map((m) => (
        <li key={m.id}>
          <Link to={`/meetings/${m.id}`} className="meetings-history-link">
            <span className="meetings-history-day">{shortDay(m.start, localZone())}</span>
            <span className="meetings-history-title">{m.title}</span>
            {m.status === 'held' ? (
              <span className="faint">
                {m.discussedCount}/{m.agendaCount} discussed
              </span>
            ) : m.status === 'skipped' ? (
              <Badge tone="warning">Skipped</Badge>
            ) : (
              <Badge tone={outcomeOf(m) === 'not-recorded' ? 'warning' : undefined}>
                {MEETING_OUTCOME_LABELS[outcomeOf(m)]}
              </Badge>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
