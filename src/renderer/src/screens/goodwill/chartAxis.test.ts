import { describe, expect, it } from 'vitest';
import { chartDomain, chartTicks, tickLabel, type ChartPoint } from './chartAxis';

const at = (date: string, balance: number, moved = true): ChartPoint => ({
  t: Date.parse(`${date}T12:00:00Z`),
  date,
  balance,
  moved,
});
const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

describe('the goodwill chart axis', () => {
  it('spans twelve months for the year view even when every line is from this week', () => {
    const points = [at('2026-11-23', 0, false), at('2026-11-28', 2), at('2026-11-30', 5)];
    const domain = chartDomain(points, 'year');
    expect(day(domain.from)).toBe('2025-12-01');
    expect(day(domain.to)).toBe('2026-11-30');
    const ticks = chartTicks(domain);
    expect(ticks.unit).toBe('month');
    expect(ticks.values.map(day)).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
      '2026-04-01',
      '2026-05-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
      '2026-11-01',
    ]);
  });

  it('shows a month of weeks around a single line in the all-time view', () => {
    const domain = chartDomain([at('2026-11-30', 3)], 'all');
    expect(day(domain.from)).toBe('2026-10-31');
    const ticks = chartTicks(domain);
    expect(ticks.unit).toBe('week');
    expect(ticks.values.length).toBeGreaterThanOrEqual(4);
  });

  it('uses years for a long history, about a dozen ticks at most', () => {
    const ticks = chartTicks(chartDomain([at('2010-03-01', 1), at('2026-11-30', 9)], 'all'));
    expect(ticks.unit).toBe('year');
    expect(ticks.values.length).toBeLessThanOrEqual(13);
    expect(day(ticks.values[0])).toBe('2011-01-01');
  });

  it('writes ticks the way the date-format setting asks', () => {
    const jan = Date.parse('2027-01-01T12:00:00Z');
    const feb = Date.parse('2027-02-01T12:00:00Z');
    expect(tickLabel(jan, 'month', { dateFormat: 'long' })).toBe('Jan 2027');
    expect(tickLabel(feb, 'month', { dateFormat: 'long' })).toBe('Feb');
    expect(tickLabel(feb, 'month', { dateFormat: 'iso' })).toBe('2027-02');
    expect(tickLabel(feb, 'week', { dateFormat: 'dmy' })).toBe('01/02');
    expect(tickLabel(feb, 'week', { dateFormat: 'long' })).toBe('1 February');
    expect(tickLabel(feb, 'year', { dateFormat: 'long' })).toBe('2027');
  });
});
