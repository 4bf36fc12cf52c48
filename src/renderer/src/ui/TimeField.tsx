import { useMemo, useState, type ReactNode } from 'react';
import { Time } from '@internationalized/date';
import {
  DateInput,
  DateSegment,
  I18nProvider,
  Label,
  Text,
  TimeField as AriaTimeField,
} from 'react-aria-components';
import type { TimeFormat } from '../../../shared/dateTime';
import { useSettings } from '../lib/settings';
import '../styles/date-field.css';
import { IncompleteWatch } from './IncompleteWatch';

/** The hour cycle a time format asks for: 12 or 24 hours, or the computer's own for `system`. */
export function hourCycleFor(format: TimeFormat | undefined): 12 | 24 | undefined {
  return format === '12h' ? 12 : format === '24h' ? 24 : undefined;
}

/** "HH:mm" as a time of day, or null when it is empty or not a time. */
export function parseWallClock(value: string | undefined): Time | null {
  const m = /^(\d{2}):(\d{2})$/.exec(value ?? '');
  if (!m) return null;
  const [h, min] = [Number(m[1]), Number(m[2])];
  return h < 24 && min < 60 ? new Time(h, min) : null;
}

/** A time of day as the app keeps it: "HH:mm", 24-hour, with leading zeros. */
export function wallClockOf(time: Pick<Time, 'hour' | 'minute'>): string {
  return `${String(time.hour).padStart(2, '0')}:${String(time.minute).padStart(2, '0')}`;
}

interface TimeFieldProps {
  label: ReactNode;
  /** The time as HH:mm (24-hour), or '' for none. */
  value: string;
  /** Called with HH:mm, or '' when the user clears a part of the field. */
  onChange: (value: string) => void;
  hint?: ReactNode;
  /** Shown under the field and announced; marks the field invalid. */
  error?: string | null;
  hideLabel?: boolean;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  className?: string;
}

/**
 * A labelled time field: typed hour and minute segments (and AM/PM with the
 * 12-hour clock), following the time format chosen in Settings. Keeps the
 * app's "HH:mm" string whatever the user sees.
 */
export function TimeField({
  label,
  value,
  onChange,
  hint,
  error,
  hideLabel,
  required,
  disabled,
  autoFocus,
  className = '',
}: TimeFieldProps): ReactNode {
  const { timeFormat } = useSettings();
  const hourCycle = hourCycleFor(timeFormat);
  const parsed = useMemo(() => parseWallClock(value), [value]);
  // While a part is blank the owner holds '' but the field keeps showing what was typed.
  const [kept, setKept] = useState<Time | null>(null);
  const shown = value === '' && kept ? kept : parsed;
  return (
    <I18nProvider locale={navigator.language}>
      <AriaTimeField
        className={`field date-field time-field ${className}`}
        value={shown}
        onChange={(t) => {
          setKept(null);
          onChange(t ? wallClockOf(t) : '');
        }}
        hourCycle={hourCycle}
        granularity="minute"
        shouldForceLeadingZeros={hourCycle === 24 || undefined}
        isRequired={required}
        isDisabled={disabled}
        isInvalid={Boolean(error)}
        validationBehavior="aria"
        autoFocus={autoFocus}
        onKeyDown={(e) => {
          // Enter in a typed segment sends its form, as it does in any other field.
          const target = e.target as HTMLElement;
          // (The field hands on the DOM's own event here, not react-aria's.)
          if (e.key === 'Enter' && target.getAttribute('role') === 'spinbutton') {
            target.closest('form')?.requestSubmit();
          }
        }}
      >
        <IncompleteWatch<Time>
          pick={(state) => ('timeValue' in state ? state.timeValue : null)}
          onIncomplete={(t) => {
            setKept(t);
            onChange('');
          }}
          onWholeAgain={(t) => {
            setKept(null);
            onChange(wallClockOf(t));
          }}
        />
        <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
        <DateInput className="input date-field-group time-field-group">
          {(segment) => <DateSegment segment={segment} className="date-field-segment" />}
        </DateInput>
        {hint && (
          <Text slot="description" className="field-hint">
            {hint}
          </Text>
        )}
        {error && (
          <Text slot="errorMessage" className="field-error" role="alert">
            {error}
          </Text>
        )}
      </AriaTimeField>
    </I18nProvider>
  );
}
