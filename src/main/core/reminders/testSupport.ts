import type { Series } from '../../../shared/domain/meeting';

/** A weekly Monday 10:00 Europe/Berlin series for reminder tests, with any field overridden. */
export function testSeries(over: Partial<Series> = {}): Series {
  return {
    id: 'ser1',
    leaderId: 'ldr1',
    title: '',
    cadence: 'weekly',
    rrule: 'FREQ=WEEKLY;BYDAY=MO',
    weekday: 0,
    startDate: '2026-03-02',
    time: '10:00',
    durationMinutes: 30,
    timeZone: 'Europe/Berlin',
    reminderLeadMinutes: [15],
    templateId: null,
    exceptions: {},
    active: true,
    createdAt: '2026-02-01T00:00:00.000Z',
    updatedAt: '2026-02-01T00:00:00.000Z',
    ...over,
  };
}

/** Epoch ms of a UTC date-time given as numbers (month 1–12). */
export function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number {
  return Date.UTC(y, mo - 1, d, h, mi, s);
}
