// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import type { IcsCandidate } from '../../../../shared/ipc/areas/meetings';
import type { IcsPick } from './IcsCandidateRow';
import { setDisplayStyle } from '../../lib/format';

// The list talks to nothing; the shared UI kit imports the app's API, which the page has not here.
vi.mock('../../lib/api', () => ({
  api: {},
  errorMessage: (e: unknown) => String(e),
  onEvent: () => () => undefined,
}));
const { IcsCandidateList } = await import('./IcsCandidateList');

const ROW = 150;
const VIEW = 600;

// jsdom lays nothing out: the scroller is given a height and each row one, as a browser would.
const saved = {
  client: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  offset: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight'),
};
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('ics-candidates-scroller') ? VIEW : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('ics-candidate-slot') ? ROW : 0;
    },
  });
});
afterAll(() => {
  if (saved.client) Object.defineProperty(HTMLElement.prototype, 'clientHeight', saved.client);
  if (saved.offset) Object.defineProperty(HTMLElement.prototype, 'offsetHeight', saved.offset);
});
afterEach(cleanup);

const candidate = (i: number, over: Partial<IcsCandidate> = {}): IcsCandidate => ({
  key: `uid-${i}@example.org`,
  uid: `uid-${i}@example.org`,
  title: `Series ${i}`,
  organiser: `Organiser ${i % 7}`,
  attendees: [`Attendee ${i % 11}`],
  schedule: {
    rrule: 'FREQ=WEEKLY;BYDAY=TU',
    startDate: '2026-03-03',
    time: '14:30',
    timeZone: 'Europe/Berlin',
    weekday: 1,
  },
  timeZone: 'Europe/Berlin',
  nextStarts: ['2026-03-03T09:00:00.000Z'],
  ended: false,
  existing: null,
  warnings: [],
  zoneChoice: null,
  ...over,
});

const pickFor = (): IcsPick => ({ ticked: false, leaderId: 'l1', useCalendarZone: false });

function renderList(series: IcsCandidate[], onChange = vi.fn()) {
  const picks = Object.fromEntries(series.map((c) => [c.key, pickFor()]));
  render(
    <IcsCandidateList
      series={series}
      picks={picks}
      leaders={[{ id: 'l1', name: 'Dana Reyes' } as never]}
      onChange={onChange}
    />,
  );
  return { onChange, list: screen.getByRole('list', { name: 'Series in the file' }) };
}

describe('IcsCandidateList', () => {
  const many = Array.from({ length: 300 }, (_, i) => candidate(i));

  it('draws only the rows in view for a file with hundreds of series, each with its labelled checkbox and its place in the list', () => {
    const { list } = renderList(many);
    const rows = within(list).getAllByRole('listitem');
    expect(rows.length).toBeGreaterThanOrEqual(VIEW / ROW);
    expect(rows.length).toBeLessThan(15);
    expect(rows[0].getAttribute('aria-posinset')).toBe('1');
    expect(rows[0].getAttribute('aria-setsize')).toBe('300');
    for (const [n, row] of rows.entries()) {
      const title = `Series ${n}`;
      expect(row.getAttribute('aria-labelledby')).toBeTruthy();
      expect(within(row).getByRole('checkbox', { name: title })).toBeTruthy();
    }
    expect(within(list).queryByRole('checkbox', { name: 'Series 200' })).toBeNull();
  });

  it('draws the rows scrolled to, and reports a tick for the series it belongs to', () => {
    const { list, onChange } = renderList(many);
    const scroller = list.parentElement as HTMLElement;
    act(() => {
      scroller.scrollTop = 200 * ROW;
      fireEvent.scroll(scroller);
    });
    const box = within(list).getByRole('checkbox', { name: 'Series 200' });
    expect(box.closest('li')?.getAttribute('aria-posinset')).toBe('201');
    expect(within(list).queryByRole('checkbox', { name: 'Series 0' })).toBeNull();
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith('uid-200@example.org', {
      ticked: true,
      leaderId: 'l1',
      useCalendarZone: false,
    });
  });

  it('keeps the rows after the focused one drawn, so Tab never leaves the list early', () => {
    const { list } = renderList(many);
    const rows = within(list).getAllByRole('listitem');
    const last = rows.length - 1;
    expect(within(list).queryByRole('checkbox', { name: `Series ${last + 2}` })).toBeNull();
    act(() => within(rows[last]).getByRole('checkbox').focus());
    expect(within(list).getByRole('checkbox', { name: `Series ${last + 1}` })).toBeTruthy();
    expect(within(list).getByRole('checkbox', { name: `Series ${last + 2}` })).toBeTruthy();
  });

  it('finds a series by title or person among many', () => {
    const { list } = renderList(many);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a series' }), {
      target: { value: 'series 137' },
    });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0].getAttribute('aria-setsize')).toBe('1');
    expect(screen.getByText('1 of 300 series match.')).toBeTruthy();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Find a series' }), {
      target: { value: 'nobody' },
    });
    expect(screen.getByText('No series matches “nobody”.')).toBeTruthy();
  });

  it('says once that a series has ended', () => {
    const { list } = renderList([
      candidate(1, { ended: true, nextStarts: [], warnings: ['The event has no length.'] }),
    ]);
    const row = within(list).getByRole('listitem', { name: 'Series 1' });
    expect(row.textContent?.match(/Ended/g)).toHaveLength(1);
    expect(row.textContent?.match(/no meetings after/gi)).toHaveLength(1);
    expect(within(row).getByText('1 thing to know')).toBeTruthy();
    // Few series: no search field.
    expect(screen.queryByRole('searchbox')).toBeNull();
  });

  it('writes the schedule and the zone choice in the time format of the settings', () => {
    const zoned = candidate(2, {
      timeZone: 'UTC',
      schedule: { ...candidate(2).schedule, time: '13:30', timeZone: 'UTC' },
      zoneChoice: {
        zone: 'Europe/Berlin',
        schedule: candidate(2).schedule,
        nextStarts: ['2026-03-03T13:30:00.000Z'],
        consequence: {
          utcTime: '13:30',
          zone: 'Europe/Berlin',
          zoneTimes: ['14:30', '15:30'],
          zoneTime: '14:30',
          differ: 20,
          of: 52,
          shift: 'earlier',
        },
      },
    });
    try {
      setDisplayStyle({ dateFormat: 'iso', timeFormat: '12h' });
      const { list } = renderList([candidate(1), zoned]);
      const row = within(list).getByRole('listitem', { name: 'Series 1' });
      expect(row.textContent).toMatch(/Every week on Tuesday at 2:30\sPM \(Europe\/Berlin\)/);
      const other = within(list).getByRole('listitem', { name: 'Series 2' });
      expect(other.textContent).toMatch(/at 1:30\sPM \(UTC\)/);
      expect(other.textContent).toMatch(/stays at 1:30\sPM UTC, which is 2:30\sPM or 3:30\sPM/);
      cleanup();
      setDisplayStyle({ dateFormat: 'iso', timeFormat: '24h' });
      const again = renderList([candidate(1)]).list;
      expect(again.textContent).toMatch(/Every week on Tuesday at 14:30 \(Europe\/Berlin\)/);
    } finally {
      setDisplayStyle({ dateFormat: 'system', timeFormat: 'system' });
    }
  });
});
