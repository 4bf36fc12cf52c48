import type { ReactNode } from 'react';
import { BellRing } from 'lucide-react';
import { api, useApiData } from '../lib/api';
import { whenLocal } from './occurrenceRoute';
import './reminders.css';

/** The next few reminders as they will read, so the user sees their settings take effect. */
export function UpcomingReminders(): ReactNode {
  const { data } = useApiData(() => api.reminders.upcoming({ limit: 4 }), [], {
    areas: ['reminders', 'meetings', 'leaders', 'settings'],
  });
  if (!data) return null;
  return (
    <section className="reminders-upcoming" aria-labelledby="reminders-upcoming-title">
      <h3 id="reminders-upcoming-title" className="reminders-upcoming-title">
        <BellRing size={14} aria-hidden="true" /> Coming reminders
      </h3>
      {data.length === 0 ? (
        <p className="muted">No reminder in the coming week.</p>
      ) : (
        <ul className="reminders-upcoming-list">
          {data.map((r) => {
            const when = whenLocal(r.fireAt);
            return (
              <li key={r.id}>
                <span className="reminders-upcoming-when">
                  {when.day} {when.time}
                </span>
                <span className="reminders-upcoming-text">{r.title}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
