import { useEffect, useState, type ReactNode } from 'react';
import { CalendarClock } from 'lucide-react';
import { api, useApiData } from '../lib/api';
import { Link } from '../lib/router';
import { whenLocal } from './occurrenceRoute';
import './reminders.css';

/** The next 1:1 in one line (sidebar): when, with whom; a click opens its agenda. */
export function NextOneOnOne(): ReactNode {
  const { data } = useApiData(() => api.reminders.next(), [], {
    areas: ['reminders', 'meetings', 'leaders'],
  });
  // "Today" becomes "Tomorrow" at midnight without anything else changing.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 60_000);
    return () => window.clearInterval(id);
  }, []);
  if (data === undefined) return null;
  if (data === null) {
    return (
      <Link to="/meetings" className="reminders-next is-empty">
        <CalendarClock size={16} aria-hidden="true" />
        <span className="reminders-next-text">
          <span className="reminders-next-label">Next 1:1</span>
          <span className="reminders-next-when">None scheduled</span>
        </span>
      </Link>
    );
  }
  const when = whenLocal(data.start, now);
  const who = data.leaderName ? ` with ${data.leaderName}` : '';
  return (
    <Link
      to={data.route}
      className="reminders-next"
      aria-label={`Next 1:1${who}: ${when.day} at ${when.time}. Open its agenda`}
    >
      <CalendarClock size={16} aria-hidden="true" />
      <span className="reminders-next-text">
        <span className="reminders-next-label">Next 1:1</span>
        <span className="reminders-next-when">
          {when.day} · {when.time}
        </span>
        {data.leaderName && <span className="reminders-next-who">{data.leaderName}</span>}
      </span>
    </Link>
  );
}
