import type { Settings } from '../../../shared/domain/settings';

/** Formats a YYYY-MM-DD date the way the user chose in Settings. */
export function formatDate(iso: string, format: Settings['dateFormat'] = 'long'): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  switch (format) {
    case 'iso':
      return `${y}-${pad(m)}-${pad(d)}`;
    case 'dmy':
      return `${pad(d)}/${pad(m)}/${y}`;
    case 'mdy':
      return `${pad(m)}/${pad(d)}/${y}`;
    default:
      return new Date(y, m - 1, d).toLocaleDateString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
      });
  }
}

/** Formats an instant as local date and time. */
export function formatDateTime(iso: string, format: Settings['dateFormat'] = 'long'): string {
  const dt = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${dt.getFullYear()}-${pad(dt.getMonth() + 1)}-${pad(dt.getDate())}`;
  return `${formatDate(date, format)}, ${dt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })}`;
}
