import type { ReactNode } from 'react';
import { userDisplayName, type Settings } from '../../../../shared/domain/settings';
import { api, errorMessage } from '../../lib/api';
import { useSettings } from '../../lib/settings';
import { Card, Checkbox, PageHeader, TextField, useToast } from '../../ui';
import { Select } from '../../ui/Select';
import { UpcomingReminders } from '../../reminders/UpcomingReminders';
import { NumberSetting } from './NumberSetting';
import { VaultSettings } from './VaultSettings';
import { DataSettings } from './DataSettings';
import { UpdateSettings } from './UpdateSettings';
import './settings.css';
import {
  DATE_FORMATS,
  TIME_FORMATS,
  formatDate,
  formatTime,
  type DateFormat,
  type TimeFormat,
} from '../../../../shared/dateTime';

const SAMPLE_DAY = '2026-11-26';
/** 14:30 on the sample day, on this computer's clock. */
const SAMPLE_TIME = new Date(2026, 10, 26, 14, 30).getTime();
const DATE_FORMAT_NAMES: Record<Exclude<DateFormat, 'system'>, string> = {
  long: 'Day and month written out',
  iso: 'Year first',
  dmy: 'Day first',
  mdy: 'Month first',
};
const TIME_FORMAT_NAMES: Record<TimeFormat, string> = {
  system: 'As this computer writes times',
  '24h': '24-hour clock',
  '12h': '12-hour clock',
};

/** Settings: appearance, locking, reminders, exports, the vault, your data and updates. */
export function SettingsScreen(): ReactNode {
  const s = useSettings();
  const toast = useToast();
  const update = (patch: Partial<Settings>): void => {
    api.settings.update(patch).catch((err: unknown) => toast(errorMessage(err), 'error'));
  };
  const leadTimes = s.reminderLeadMinutes.join(', ');
  return (
    <div className="page settings">
      <PageHeader title="Settings" subtitle="Changes are saved as you make them." />
      <div className="settings-grid">
        <Card title="Appearance">
          <div className="stack">
            <Select
              label="Theme"
              value={s.theme}
              onValueChange={(v) => update({ theme: v as Settings['theme'] })}
              options={[
                { value: 'system', label: 'Follow the system' },
                { value: 'light', label: 'Light' },
                { value: 'dark', label: 'Dark' },
              ]}
            />
            <Select
              label="Week starts on"
              value={s.weekStart}
              onValueChange={(v) => update({ weekStart: v as Settings['weekStart'] })}
              options={[
                { value: 'monday', label: 'Monday' },
                { value: 'sunday', label: 'Sunday' },
              ]}
            />
            <Select
              label="Date format"
              value={s.dateFormat}
              onValueChange={(v) => update({ dateFormat: v as Settings['dateFormat'] })}
              options={DATE_FORMATS.map((f) => ({
                value: f,
                label: `${f === 'system' ? 'As this computer writes dates' : DATE_FORMAT_NAMES[f]} (${formatDate(SAMPLE_DAY, { dateFormat: f })})`,
              }))}
            />
            <Select
              label="Time format"
              value={s.timeFormat}
              onValueChange={(v) => update({ timeFormat: v as Settings['timeFormat'] })}
              options={TIME_FORMATS.map((f) => ({
                value: f,
                label: `${TIME_FORMAT_NAMES[f]} (${formatTime(SAMPLE_TIME, undefined, { dateFormat: 'iso', timeFormat: f })})`,
              }))}
            />
          </div>
        </Card>
        <Card title="Privacy and locking">
          <div className="stack">
            <NumberSetting
              label="Lock after this many idle minutes"
              value={s.autoLockMinutes}
              min={1}
              max={240}
              onSave={(v) => update({ autoLockMinutes: v })}
              hint="Typing counts as activity. Upward also locks when the computer sleeps or the screen locks."
            />
            <Checkbox
              label="Show leader names in reminders while locked"
              checked={s.detailsWhileLocked}
              onChange={(v) => update({ detailsWhileLocked: v })}
            />
          </div>
        </Card>
        <Card title="Reminders and tray">
          <div className="stack">
            <TextField
              label="Remind me this many minutes before each 1:1"
              defaultValue={leadTimes}
              key={`lead-${leadTimes}`}
              hint="Separate several with commas, e.g. 15, 60."
              onBlur={(e) => {
                const values = e.target.value
                  .split(',')
                  .map((x) => Number(x.trim()))
                  .filter((n) => Number.isInteger(n) && n >= 0 && n <= 10080);
                if (values.length)
                  update({ reminderLeadMinutes: [...new Set(values)].slice(0, 5) });
              }}
            />
            <NumberSetting
              label="Nudge me when I have not met a leader for this many weeks"
              value={s.keepInTouchWeeks}
              min={1}
              max={52}
              onSave={(v) => update({ keepInTouchWeeks: v })}
            />
            <Checkbox
              label="Keep running in the tray when the window closes"
              checked={s.closeToTray}
              onChange={(v) => update({ closeToTray: v })}
            />
            <Checkbox
              label="Start Upward when I log in"
              checked={s.launchAtLogin}
              onChange={(v) => update({ launchAtLogin: v })}
            />
            <UpcomingReminders />
          </div>
        </Card>
        <Card title="You">
          <div className="stack">
            <TextField
              label="Your name"
              hint="On your action items, as the author of exports, and under follow-ups."
              defaultValue={userDisplayName(s)}
              key={`name-${userDisplayName(s)}`}
              maxLength={100}
              onBlur={(e) => update({ userName: e.target.value, nameAsked: true })}
            />
            <TextField
              label="Your role (optional)"
              hint="Under your name in follow-ups."
              defaultValue={s.userRole}
              key={`role-${s.userRole}`}
              maxLength={100}
              onBlur={(e) => update({ userRole: e.target.value, nameAsked: true })}
            />
          </div>
        </Card>
        <VaultSettings />
        <DataSettings />
        <UpdateSettings />
      </div>
    </div>
  );
}
