import { randomBytes } from 'node:crypto';
import type { Settings } from '../../../shared/domain/settings';
import type { CoreDeps } from '../platform/types';
import type { VaultStore } from '../vault/store';

/** What every feature service is built from. */
export interface ServiceContext {
  deps: CoreDeps;
  /** The unlocked vault; throws a `locked` AppError while locked. */
  store(): VaultStore;
  /** Current app settings. */
  settings(): Settings;
  /** A new random id. */
  newId(): string;
  /** Now as an ISO string (UTC). */
  nowIso(): string;
  /** Today's date in the local time zone, YYYY-MM-DD. */
  today(): string;
  /** Registers work to do when the vault locks (drop caches, stop timers). */
  onLock(fn: () => void): void;
  /** Registers work to do after the vault unlocks (background loading). */
  onUnlock(fn: () => void): void;
  /** Tells the UI that data of an area changed outside its own calls. */
  changed(area: string): void;
}

/** A random, URL-safe id of 16 characters. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}

/** Formats an epoch time as a local calendar date. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
