import { describe, expect, it } from 'vitest';
import {
  dateTileParts,
  formatDayMonth,
  formatMonthName,
  formatMonthYear,
  wallClockInZone,
} from './dateTime';

describe('one way to write dates', () => {
  it('writes month headings and dates without a year the way the setting asks', () => {
    expect(formatMonthYear('2026-12-07', 'long')).toBe('December 2026');
    expect(formatMonthYear('2026-12-07', 'iso')).toBe('2026-12');
    expect(formatMonthYear('2026-12-07', { dateFormat: 'system', locale: 'en-US' }, 'short')).toBe(
      'Dec 2026',
    );
    expect(formatDayMonth('2026-12-07', 'long')).toBe('7 December');
    expect(formatDayMonth('2026-12-07', 'dmy')).toBe('07/12');
    expect(formatDayMonth('2026-12-07', 'mdy')).toBe('12/07');
    expect(formatDayMonth('2026-12-07', 'iso')).toBe('12-07');
    expect(formatMonthName(3, 'long')).toBe('March');
  });

  it('gives a calendar tile its weekday, day and month, and a wall clock in a zone', () => {
    expect(dateTileParts('2026-12-07', { dateFormat: 'system', locale: 'en-US' })).toEqual({
      weekday: 'Mon',
      day: '7',
      month: 'Dec',
    });
    expect(wallClockInZone('2026-12-07T09:05:00Z', 'Europe/Berlin')).toBe('10:05');
  });
});
