/** A meeting named by its series and original start, as reminders link to it. */
export interface OccurrenceRef {
  seriesId: string;
  key: string;
}

/** The meeting a `/meetings?series=…&key=…` route names (a reminder's link), or null for any other route. */
export function occurrenceFromRoute(path: string): OccurrenceRef | null {
  const [base, query = ''] = path.split('?');
  if (base !== '/meetings') return null;
  const params = new URLSearchParams(query);
  const seriesId = params.get('series');
  const key = params.get('key');
  return seriesId && key ? { seriesId, key } : null;
}

/** "today", "tomorrow", "Thursday" or "Mon 16 Mar" and the time, for an instant in the user's own zone. */
export function whenLocal(iso: string, now = Date.now()): { day: string; time: string } {
  const start = new Date(iso);
  const dayStart = (d: Date): number =>
    new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const days = Math.round((dayStart(start) - dayStart(new Date(now))) / 86_400_000);
  const time = start.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  if (days === 0) return { day: 'Today', time };
  if (days === 1) return { day: 'Tomorrow', time };
  if (days > 1 && days < 7)
    return { day: start.toLocaleDateString(undefined, { weekday: 'long' }), time };
  return {
    day: start.toLocaleDateString(undefined, { weekday: 'short', day: 'numeric', month: 'short' }),
    time,
  };
}
