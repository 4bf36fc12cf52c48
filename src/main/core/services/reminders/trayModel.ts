import {
  dateInZone,
  formatDate,
  formatTime,
  formatWeekday,
  type DateFormat,
  type DateStyle,
} from '../../../../shared/dateTime';
import type { NextOneOnOneInfo } from '../../../../shared/ipc/areas/reminders';

/** What a tray menu item does when chosen. */
export type TrayAction = 'open' | 'new-journal-entry' | 'lock' | 'quit';

/** One line of the tray menu. */
export type TrayMenuItem =
  | { kind: 'info'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean };

/** The tray as plain data: the shell turns it into a native menu and changes nothing. */
export interface TrayModel {
  tooltip: string;
  items: TrayMenuItem[];
}

/** What the tray shows, gathered by the reminders service. */
export interface TrayInput {
  /** The next 1:1; its leader name is already null when it may not be shown. */
  next: NextOneOnOneInfo | null;
  locked: boolean;
  /** Whether a vault exists at all (Lock means nothing before the first run). */
  hasVault: boolean;
  now: number;
  /** The user's own time zone: times read as on the computer's clock. */
  timeZone: string;
  /** How the user writes dates and times (the settings). */
  dateFormat: DateStyle | DateFormat;
}

/** "today at 10:00", "tomorrow at 10:00", "Thursday at 10:00", "Mon, Dec 16, 2026 at 10:00", the user's way. */
export function whenText(
  startIso: string,
  now: number,
  timeZone: string,
  style: DateStyle | DateFormat,
): string {
  const day = dateInZone(startIso, timeZone);
  const days = Math.round(
    (Date.parse(`${day}T12:00:00Z`) - Date.parse(`${dateInZone(now, timeZone)}T12:00:00Z`)) /
      86_400_000,
  );
  const at = `at ${formatTime(startIso, timeZone, style)}`;
  if (days === 0) return `today ${at}`;
  if (days === 1) return `tomorrow ${at}`;
  if (days > 1 && days < 7) return `${formatWeekday(day, style)} ${at}`;
  return `${formatWeekday(day, style, 'short')}, ${formatDate(day, style)} ${at}`;
}

/** The "next 1:1" line: the time always, the leader only when the service left the name in. */
export function nextLine(
  input: Pick<TrayInput, 'next' | 'now' | 'timeZone' | 'dateFormat'>,
): string {
  const { next } = input;
  if (!next) return 'No 1:1 scheduled';
  const when = whenText(next.start, input.now, input.timeZone, input.dateFormat);
  return next.leaderName ? `Next 1:1: ${next.leaderName}, ${when}` : `Next 1:1: ${when}`;
}

/** The tray menu: the next 1:1 (not clickable), Open, New journal entry, Lock, Quit. */
export function trayModel(input: TrayInput): TrayModel {
  const line = nextLine(input);
  return {
    tooltip: `Upward — ${line.charAt(0).toLowerCase()}${line.slice(1)}`,
    items: [
      { kind: 'info', label: line },
      { kind: 'separator' },
      { kind: 'action', action: 'open', label: 'Open Upward', enabled: true },
      {
        kind: 'action',
        action: 'new-journal-entry',
        label: 'New journal entry',
        enabled: input.hasVault,
      },
      {
        kind: 'action',
        action: 'lock',
        label: 'Lock now',
        enabled: input.hasVault && !input.locked,
      },
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: 'Quit Upward', enabled: true },
    ],
  };
}
