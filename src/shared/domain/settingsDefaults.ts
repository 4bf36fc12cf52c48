import type { Settings } from './settings';

/**
 * The settings of a new install, written out: the unlock screen needs them before anything
 * else, and deriving them from the schema (`Settings.parse({})`) would load the schema library
 * with the first screen. A test holds this equal to what the schema gives.
 */
export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 5,
  reminderLeadMinutes: [15],
  detailsWhileLocked: false,
  closeToTray: true,
  launchAtLogin: false,
  theme: 'system',
  weekStart: 'monday',
  dateFormat: 'system',
  timeFormat: 'system',
  backupsKept: 10,
  exportAuthor: '',
  userName: '',
  userRole: '',
  nameAsked: false,
  keepInTouchWeeks: 3,
  feedbackNudgeMeetings: 3,
  checkForUpdates: false,
  updatesOffered: false,
};
