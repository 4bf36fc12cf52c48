/**
 * When Upward may ask the release feed for a newer version. Pure: the updates service and its
 * tests feed it the setting, the last check and the time.
 */

/** Automatic checks are at least this far apart. */
export const UPDATE_CHECK_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Shown when this copy cannot check (run from source, development, tests without a fake). */
export const NOT_INSTALLED =
  'Update checks work in an installed copy of Upward. This one runs from its source code.';

/** Whether an automatic check is due: never checked, or the last check is a day away (either way, should the clock have moved back). */
export function autoCheckDue(lastCheckMs: number | null, nowMs: number): boolean {
  return lastCheckMs === null || Math.abs(nowMs - lastCheckMs) >= UPDATE_CHECK_INTERVAL_MS;
}

/** How long until the next automatic check may run: 0 when it is due now. */
export function msUntilAutoCheck(lastCheckMs: number | null, nowMs: number): number {
  if (autoCheckDue(lastCheckMs, nowMs) || lastCheckMs === null) return 0;
  return lastCheckMs + UPDATE_CHECK_INTERVAL_MS - nowMs;
}

/** Whether any check (automatic or asked for) may run: the setting is on and this copy can update. */
export function mayCheck(opts: { enabled: boolean; unavailable: string | null }): boolean {
  return opts.enabled && opts.unavailable === null;
}

/** A failed check or download, in words for the user (the updater's own message is for developers). */
export function describeUpdateFailure(step: 'check' | 'download', err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const offline =
    /ERR_INTERNET_DISCONNECTED|ERR_NAME_NOT_RESOLVED|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|ERR_CONNECTION|ERR_NETWORK|offline/i.test(
      raw,
    );
  const verify = /sha512|checksum|signature|not signed|publisherName/i.test(raw);
  if (step === 'download' && verify)
    return 'The downloaded update did not pass its signature or checksum check, so it was discarded. Nothing was installed.';
  const what =
    step === 'check' ? 'Upward could not check for updates' : 'The update could not be downloaded';
  if (offline) return `${what}: this computer seems to be offline. Try again later.`;
  return `${what}: the release page did not answer as expected. Try again later.`;
}
