import type { ReactNode } from 'react';
import { MEETING_OUTCOME_LABELS } from '../../../../shared/meetingOutcome';
import { HeartPulse } from 'lucide-react';
import type { OneOnOneHealth } from '../../../../shared/ipc/areas/dashboard';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Card, TableScroll } from '../../ui';

/** A bar split into held, moved-or-unrecorded and skipped meetings. */
function MeetingBar({ h }: { h: OneOnOneHealth }): ReactNode {
  const total = h.held + h.skipped + h.unrecorded;
  if (total === 0) return <span className="dash-bar dash-bar-empty" aria-hidden="true" />;
  const pct = (n: number): string => `${(100 * n) / total}%`;
  return (
    <span className="dash-bar" aria-hidden="true">
      <span className="dash-bar-held" style={{ width: pct(h.held) }} />
      <span className="dash-bar-unrecorded" style={{ width: pct(h.unrecorded) }} />
      <span className="dash-bar-skipped" style={{ width: pct(h.skipped) }} />
    </span>
  );
}

/** 1:1 health over the last quarter: meetings held against skipped or moved, and commitments kept against missed. */
export function HealthCard({
  health,
  from,
}: {
  health: OneOnOneHealth[];
  from: string;
}): ReactNode {
  const { dateFormat } = useSettings();
  return (
    <Card
      className="dash-card dash-health"
      title={
        <span className="row">
          <HeartPulse size={16} aria-hidden="true" /> 1:1 health
        </span>
      }
    >
      <p className="dash-card-sub">Since {formatDate(from, dateFormat)}</p>
      {health.length === 0 ? (
        <p className="dash-empty">No 1:1s or commitments in this quarter yet.</p>
      ) : (
        <TableScroll label="1:1 health per leader">
          <table className="dash-health-table">
            <caption className="visually-hidden">
              1:1s and commitments per leader over the last quarter
            </caption>
            <thead>
              <tr>
                <th scope="col">Leader</th>
                <th scope="col">1:1s</th>
                <th scope="col" className="num" title="Meetings held">
                  {MEETING_OUTCOME_LABELS.held}
                </th>
                <th scope="col" className="num" title="Skipped, or moved to another time">
                  Skipped · moved
                </th>
                <th
                  scope="col"
                  className="num"
                  title="Your action items due this quarter, done by their date"
                >
                  Kept
                </th>
                <th
                  scope="col"
                  className="num"
                  title="Done late, or still open past the date, or dropped"
                >
                  Late · missed
                </th>
              </tr>
            </thead>
            <tbody>
              {health.map((h) => (
                <tr key={h.leaderId}>
                  <th scope="row">{h.leaderName}</th>
                  <td>
                    <MeetingBar h={h} />
                    {h.unrecorded > 0 && (
                      <span className="dash-health-note">
                        {h.unrecorded} {MEETING_OUTCOME_LABELS['not-recorded'].toLowerCase()}
                      </span>
                    )}
                  </td>
                  <td className="num dash-good">{h.held}</td>
                  <td className={`num${h.skipped + h.moved > 0 ? ' dash-warn' : ''}`}>
                    {h.skipped} · {h.moved}
                  </td>
                  <td className="num dash-good">{h.kept}</td>
                  <td className={`num${h.late + h.missed > 0 ? ' dash-bad' : ''}`}>
                    {h.late} · {h.missed}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </Card>
  );
}
