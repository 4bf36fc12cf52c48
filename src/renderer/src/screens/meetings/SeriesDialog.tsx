import { useSettings } from '../../lib/settings';
import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { CadenceKind } from '../../../../shared/domain/meeting';
import type { SeriesView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Checkbox, Dialog, TextField, useToast } from '../../ui';
import { Select } from '../../ui/Select';
import { allTimeZones, leadLabel, localZone, todayLocal, weekdayOf, WEEKDAYS } from './time';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';

const CADENCES: { value: CadenceKind; label: string }[] = [
  { value: 'weekly', label: 'Weekly' },
  { value: 'biweekly', label: 'Every 2 weeks' },
  { value: 'monthly', label: 'Monthly' },
  { value: 'custom', label: 'Custom rule' },
];
const DURATIONS = [15, 20, 25, 30, 45, 50, 60, 90];
const LEADS = [5, 10, 15, 30, 60, 1440];

/** Creates or edits a 1:1 series: who with, how often, when, for how long, in which time zone, reminders, template. */
export function SeriesDialog({
  existing,
  leaders,
  onClose,
  onSaved,
}: {
  existing: SeriesView | null;
  leaders: LeaderSummary[];
  onClose: () => void;
  onSaved: () => void;
}): ReactNode {
  const toast = useToast();
  const id = useId();
  const s = existing?.series;
  const [leaderId, setLeaderId] = useState(s?.leaderId ?? leaders[0]?.id ?? '');
  const [title, setTitle] = useState(s?.title ?? '');
  const [cadence, setCadence] = useState<CadenceKind>(s?.cadence ?? 'weekly');
  const [rrule, setRrule] = useState(s?.cadence === 'custom' ? s.rrule : '');
  const [startDate, setStartDate] = useState(s?.startDate ?? todayLocal());
  const [weekday, setWeekday] = useState(s?.weekday ?? weekdayOf(todayLocal()));
  const [time, setTime] = useState(s?.time ?? '10:00');
  const [duration, setDuration] = useState(s?.durationMinutes ?? 30);
  const [timeZone, setTimeZone] = useState(s?.timeZone ?? localZone());
  const defaultLeads = useSettings().reminderLeadMinutes;
  const [leads, setLeads] = useState<number[]>(s?.reminderLeadMinutes ?? defaultLeads);
  const [templateId, setTemplateId] = useState(s?.templateId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [timeError, setTimeError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const templates = useApiData(() => api.meetings.listTemplates(), []);
  const zones = useMemo(allTimeZones, []);
  const leaderOptions = existing
    ? [{ value: existing.series.leaderId, label: existing.leaderName }]
    : leaders.map((l) => ({ value: l.id, label: l.name }));

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setError(null);
    setDateError(startDate ? null : 'Choose the day of the first 1:1: day, month and year.');
    if (!time) setTimeError('Enter the time the 1:1s start: hour and minutes.');
    if (!startDate || !time) return;
    const fields = {
      title: title.trim(),
      cadence,
      rrule: cadence === 'custom' ? rrule.trim() : '',
      weekday,
      startDate,
      time,
      durationMinutes: duration,
      timeZone: timeZone.trim(),
      reminderLeadMinutes: [...leads].sort((a, b) => b - a),
      templateId: templateId || null,
    };
    try {
      if (existing) await api.meetings.updateSeries({ id: existing.series.id, ...fields });
      else await api.meetings.createSeries({ leaderId, ...fields });
      toast(existing ? 'Series saved.' : 'Series created. Your next 1:1 is ready to prepare.');
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const remove = async (): Promise<void> => {
    if (!existing) return;
    try {
      await api.meetings.deleteSeries({ id: existing.series.id });
      toast('Series deleted. Meetings already held stay in your history.');
      onSaved();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const toggleLead = (m: number, on: boolean): void =>
    setLeads((l) => (on ? [...l, m].slice(-5) : l.filter((x) => x !== m)));

  return (
    <Dialog
      open
      wide
      title={existing ? 'Edit series' : 'New 1:1 series'}
      onClose={onClose}
      footer={
        <>
          {existing &&
            (confirmDelete ? (
              <Button variant="danger" onClick={() => void remove()}>
                Delete for good
              </Button>
            ) : (
              <Button variant="danger" onClick={() => setConfirmDelete(true)}>
                Delete series
              </Button>
            ))}
          <span className="spacer" />
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form={`${id}-form`}>
            {existing ? 'Save' : 'Create series'}
          </Button>
        </>
      }
    >
      <form
        id={`${id}-form`}
        className="stack meetings-series-form"
        onSubmit={(e) => void submit(e)}
      >
        <div className="meetings-form-row">
          <Select
            label="Leader"
            value={leaderId}
            onValueChange={(v) => setLeaderId(v)}
            options={leaderOptions}
            disabled={!!existing}
          />
          <TextField
            label="Title"
            hint="Optional"
            placeholder={`1:1 with ${leaders.find((l) => l.id === leaderId)?.name ?? existing?.leaderName ?? '…'}`}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            maxLength={200}
          />
        </div>
        <fieldset className="meetings-cadence">
          <legend className="field-label">How often</legend>
          <div className="meetings-segmented">
            {CADENCES.map((c) => (
              <label
                key={c.value}
                className={`meetings-segment${cadence === c.value ? ' is-on' : ''}`}
              >
                <input
                  type="radio"
                  name={`${id}-cadence`}
                  value={c.value}
                  checked={cadence === c.value}
                  onChange={() => setCadence(c.value)}
                />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
        {cadence === 'custom' && (
          <TextField
            label="Repeat rule (RRULE)"
            className="mono"
            placeholder="FREQ=MONTHLY;BYDAY=1TU"
            hint="As calendars write it, e.g. FREQ=WEEKLY;INTERVAL=3;BYDAY=WE for every third Wednesday."
            value={rrule}
            onChange={(e) => setRrule(e.target.value)}
            required
          />
        )}
        <div className="meetings-form-row">
          <DateField
            label="First meeting on or after"
            value={startDate}
            error={dateError}
            onChange={(d) => {
              if (d) setDateError(null);
              setStartDate(d);
              if (d && !existing) setWeekday(weekdayOf(d));
            }}
            required
          />
          {cadence !== 'custom' && (
            <Select
              label="Day"
              value={String(weekday)}
              onValueChange={(v) => setWeekday(Number(v))}
              options={WEEKDAYS.map((d, i) => ({ value: String(i), label: d }))}
            />
          )}
          <TimeField
            label="Time"
            value={time}
            onChange={(t) => {
              setTime(t);
              if (t) setTimeError(null);
            }}
            required
            error={timeError}
          />
          <Select
            label="Length"
            value={String(duration)}
            onValueChange={(v) => setDuration(Number(v))}
            options={DURATIONS.map((d) => ({ value: String(d), label: `${d} min` }))}
          />
        </div>
        <div className="meetings-form-row">
          <TextField
            label="Time zone"
            hint="Type to search, e.g. Berlin or New York."
            list={`${id}-zones`}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            required
            spellCheck={false}
          />
          <datalist id={`${id}-zones`}>
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          <Select
            label="Agenda template"
            value={templateId}
            onValueChange={(v) => setTemplateId(v)}
            options={[
              { value: '', label: 'Default' },
              ...(templates.data ?? []).map((t) => ({ value: t.id, label: t.name })),
            ]}
          />
        </div>
        <fieldset className="meetings-leads">
          <legend className="field-label">Remind me before</legend>
          <div className="row wrap">
            {LEADS.map((m) => (
              <Checkbox
                key={m}
                label={leadLabel(m)}
                checked={leads.includes(m)}
                onChange={(on) => toggleLead(m, on)}
              />
            ))}
          </div>
        </fieldset>
        {error && <Alert tone="danger">{error}</Alert>}
      </form>
    </Dialog>
  );
}
