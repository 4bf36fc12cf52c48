import { z } from 'zod';
import { DATE_FORMATS, TIME_FORMATS } from '../dateTime';
import { THEMES } from './theme';

export const Theme = z.enum(THEMES);
export type Theme = z.infer<typeof Theme>;

/**
 * App settings. They are not secret and some are needed while the vault is locked
 * (theme, auto-lock, reminders), so they live beside the vault, unencrypted.
 */
export const Settings = z.object({
  autoLockMinutes: z.number().int().min(1).max(240).default(5),
  reminderLeadMinutes: z.array(z.number().int().min(0).max(10080)).max(5).default([15]),
  detailsWhileLocked: z.boolean().default(false),
  closeToTray: z.boolean().default(true),
  launchAtLogin: z.boolean().default(false),
  theme: Theme.default('system'),
  weekStart: z.enum(['monday', 'sunday']).default('monday'),
  /** How dates are written everywhere; `system` follows the computer's locale. */
  dateFormat: z.enum(DATE_FORMATS).default('system'),
  /** 12- or 24-hour times; `system` follows the computer's locale. */
  timeFormat: z.enum(TIME_FORMATS).default('system'),
  backupsKept: z.number().int().min(1).max(100).default(10),
  exportAuthor: z.string().trim().max(100).default(''),
  /** The user's name: owner of their action items, author of exports, signature of follow-ups. */
  userName: z.string().trim().max(100).default(''),
  /** The user's role, under their name in a follow-up (optional). */
  userRole: z.string().trim().max(100).default(''),
  /** Whether the first-run question for name and role was answered or skipped. */
  nameAsked: z.boolean().default(false),
  keepInTouchWeeks: z.number().int().min(1).max(52).default(3),
  feedbackNudgeMeetings: z.number().int().min(1).max(20).default(3),
  /** Ask the project's release page for a newer version, at most once a day (off until the user turns it on). */
  checkForUpdates: z.boolean().default(false),
  /** Whether first run has offered update checks (it offers them once). */
  updatesOffered: z.boolean().default(false),
});
export type Settings = z.infer<typeof Settings>;

export { DEFAULT_SETTINGS } from './settingsDefaults';

/** The user's name as exports and messages use it: the name given, or the older author name. */
export function userDisplayName(s: Pick<Settings, 'userName' | 'exportAuthor'>): string {
  return s.userName.trim() || s.exportAuthor.trim();
}
