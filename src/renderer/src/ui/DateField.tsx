import { useMemo, useState, type ReactNode } from 'react';
import { CalendarDays } from 'lucide-react';
import { parseDate, type CalendarDate, type DateValue } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Label,
  Popover,
  Text,
} from 'react-aria-components';
import type { DateFormat } from '../../../shared/dateTime';
import { useSettings } from '../lib/settings';
import '../styles/date-field.css';
import { IncompleteWatch } from './IncompleteWatch';

/*
 * react-aria adds an inline <style> for its pressable elements unless an element
 * with this id is already in the document. Our content security policy forbids
 * inline styles, so the rule lives in date-field.css and this marker says so.
 */
const PRESSABLE_STYLE_ID = 'react-aria-pressable-style';
if (typeof document !== 'undefined' && !document.getElementById(PRESSABLE_STYLE_ID)) {
  const marker = document.createElement('meta');
  marker.id = PRESSABLE_STYLE_ID;
  document.head.appendChild(marker);
}

/**
 * The locale whose segment order matches the user's date format: month first,
 * day first, or year first. 'system' and 'long' follow the computer.
 */
export function localeForDateFormat(format: DateFormat): string | undefined {
  switch (format) {
    case 'mdy':
      return 'en-US';
    case 'dmy':
      return 'en-GB';
    case 'iso':
      return 'sv-SE';
    default:
      return undefined;
  }
}

function toCalendarDate(iso: string | undefined): CalendarDate | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    return parseDate(iso);
  } catch {
    return null;
  }
}

/** A picked date as the app keeps it: YYYY-MM-DD. */
function isoDayOf(d: DateValue): string {
  return d.toString().slice(0, 10);
}

interface DateFieldProps {
  label: ReactNode;
  /** The date as YYYY-MM-DD, or '' for none. */
  value: string;
  /** Called with YYYY-MM-DD, or '' when the user clears the field. */
  onChange: (value: string) => void;
  min?: string;
  max?: string;
  hint?: ReactNode;
  /**
   * Shown under the field and announced; marks the field invalid, which also holds back its
   * form until the owner clears the error (clear it when the user changes the date).
   */
  error?: string | null;
  hideLabel?: boolean;
  required?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  className?: string;
}

/**
 * A labelled date field: typed day, month and year segments in the order of the
 * user's date format, with a calendar to pick from. Keeps the app's ISO string.
 */
export function DateField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
  error,
  hideLabel,
  required,
  disabled,
  autoFocus,
  className = '',
}: DateFieldProps): ReactNode {
  const { dateFormat, weekStart } = useSettings();
  const locale = localeForDateFormat(dateFormat) ?? navigator.language;
  const parsed = useMemo(() => toCalendarDate(value), [value]);
  // While a part is blank the owner holds '' but the field keeps showing what was typed.
  const [kept, setKept] = useState<DateValue | null>(null);
  const shown = value === '' && kept ? kept : parsed;
  return (
    <I18nProvider locale={locale}>
      <DatePicker
        className={`field date-field ${className}`}
        value={shown}
        onChange={(d) => {
          setKept(null);
          onChange(d ? isoDayOf(d) : '');
        }}
        minValue={toCalendarDate(min)}
        maxValue={toCalendarDate(max)}
        isRequired={required}
        isDisabled={disabled}
        isInvalid={Boolean(error)}
        autoFocus={autoFocus}
        granularity="day"
        firstDayOfWeek={weekStart === 'sunday' ? 'sun' : 'mon'}
        shouldForceLeadingZeros
      >
        <Label className={hideLabel ? 'visually-hidden' : 'field-label'}>{label}</Label>
        <Group
          className="input date-field-group"
          onKeyDownCapture={(e) => {
            // Enter in a typed segment sends its form, as it does in any other field.
            const target = e.target as HTMLElement;
            if (e.key === 'Enter' && target.getAttribute('role') === 'spinbutton') {
              target.closest('form')?.requestSubmit();
            }
          }}
        >
          <DateInput className="date-field-input">
            {(segment) =>
              segment.type === 'year' ? (
                <>
                  <DateSegment segment={segment} className="date-field-segment" />
                  {/* A blanked day, month or year leaves the field empty for its owner. */}
                  <IncompleteWatch<DateValue>
                    pick={(state) => state.value}
                    onIncomplete={(d) => {
                      setKept(d);
                      onChange('');
                    }}
                    onWholeAgain={(d) => {
                      setKept(null);
                      onChange(isoDayOf(d));
                    }}
                  />
                </>
              ) : (
                <DateSegment segment={segment} className="date-field-segment" />
              )
            }
          </DateInput>
          <Button className="date-field-button">
            <CalendarDays size={15} aria-hidden />
          </Button>
        </Group>
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
        <Popover className="date-popover" placement="bottom start">
          <Dialog className="date-dialog">
            <Calendar className="date-calendar">
              <header className="date-calendar-head">
                <Button slot="previous" className="date-calendar-nav">
                  <span aria-hidden="true">‹</span>
                </Button>
                <Heading className="date-calendar-title" />
                <Button slot="next" className="date-calendar-nav">
                  <span aria-hidden="true">›</span>
                </Button>
              </header>
              <CalendarGrid className="date-calendar-grid">
                {(date) => <CalendarCell date={date} className="date-calendar-cell" />}
              </CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
