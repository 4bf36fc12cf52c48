/** A number of points with its sign, using a true minus: "+3", "−2", "0". */
export function signedPoints(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

/** "1 point", "3 points". */
export function pointsWord(n: number): string {
  return `${Math.abs(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
}

/** The tone a balance is shown in: healthy, thin or overdrawn. */
export function balanceTone(balance: number, low: boolean): 'good' | 'low' | 'negative' {
  if (balance < 0) return 'negative';
  return low ? 'low' : 'good';
}

/** The query part of a route (`/goodwill?add=deposit` → get('add') === 'deposit'). */
export function routeQuery(path: string): URLSearchParams {
  const i = path.indexOf('?');
  return new URLSearchParams(i >= 0 ? path.slice(i + 1) : '');
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
