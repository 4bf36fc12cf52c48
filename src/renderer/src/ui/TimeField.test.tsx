// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import type { TimeFormat } from '../../../shared/dateTime';

const settings = vi.hoisted(() => ({ timeFormat: '24h' as TimeFormat }));
vi.mock('../lib/settings', () => ({ useSettings: () => settings }));

const { TimeField, parseWallClock, wallClockOf } = await import('./TimeField');

beforeEach(() => {
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
});
afterEach(cleanup);

function Owner({
  initial,
  seen,
  error,
  onSubmit,
}: {
  initial: string;
  seen: string[];
  error?: string;
  onSubmit?: () => void;
}): ReactNode {
  const [value, setValue] = useState(initial);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit?.();
      }}
    >
      <TimeField
        label="Time"
        value={value}
        onChange={(v) => {
          seen.push(v);
          setValue(v);
        }}
        error={error}
        required
      />
      <output data-testid="value">{value}</output>
    </form>
  );
}

const segment = (type: string): HTMLElement => {
  const el = document.querySelector<HTMLElement>(`[data-type="${type}"]`);
  if (!el) throw new Error(`no ${type} segment`);
  return el;
};

/** Types text into the focused segment as a browser does: one beforeinput per character. */
function type(text: string): void {
  for (const ch of text) {
    const target = document.activeElement as HTMLElement;
    act(() => {
      target.dispatchEvent(
        new InputEvent('beforeinput', {
          data: ch,
          inputType: 'insertText',
          bubbles: true,
          cancelable: true,
        }),
      );
    });
  }
}

const focus = (type: string): void => act(() => segment(type).focus());
const value = (): string => screen.getByTestId('value').textContent ?? '';
const types = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('[role="spinbutton"]')].map(
    (s) => s.dataset.type ?? '',
  );

describe('TimeField helpers', () => {
  it('reads only whole HH:mm times and writes them back with leading zeros', () => {
    expect(parseWallClock('09:05')?.hour).toBe(9);
    expect(parseWallClock('')).toBeNull();
    expect(parseWallClock('24:00')).toBeNull();
    expect(parseWallClock('9:5')).toBeNull();
    expect(wallClockOf({ hour: 7, minute: 3 })).toBe('07:03');
  });
});

describe('TimeField with the 24-hour clock', () => {
  beforeEach(() => {
    settings.timeFormat = '24h';
  });

  it('is a group named by its label with hour and minute, no AM/PM', () => {
    render(<Owner initial="09:30" seen={[]} />);
    expect(screen.getByRole('group', { name: 'Time' })).toBeTruthy();
    expect(types()).toEqual(['hour', 'minute']);
    expect(segment('hour').textContent).toBe('09');
    expect(segment('minute').textContent).toBe('30');
  });

  it('takes typed digits and keeps HH:mm', () => {
    const seen: string[] = [];
    render(<Owner initial="10:00" seen={seen} />);
    focus('hour');
    type('14');
    expect(document.activeElement).toBe(segment('minute'));
    type('45');
    expect(value()).toBe('14:45');
    expect(seen.at(-1)).toBe('14:45');
  });

  it('steps with the arrow keys', () => {
    render(<Owner initial="23:59" seen={[]} />);
    focus('minute');
    fireEvent.keyDown(segment('minute'), { key: 'ArrowUp' });
    expect(value()).toBe('23:00');
    focus('hour');
    fireEvent.keyDown(segment('hour'), { key: 'ArrowUp' });
    expect(value()).toBe('00:00');
    fireEvent.keyDown(segment('hour'), { key: 'ArrowDown' });
    expect(value()).toBe('23:00');
  });

  it('gives an empty value when a part is cleared, and a time again once it is filled', () => {
    const seen: string[] = [];
    render(<Owner initial="10:15" seen={seen} />);
    focus('minute');
    fireEvent.keyDown(segment('minute'), { key: 'Backspace' });
    fireEvent.keyDown(segment('minute'), { key: 'Backspace' });
    expect(value()).toBe('');
    expect(segment('minute').getAttribute('data-placeholder')).toBe('true');
    type('20');
    expect(value()).toBe('10:20');
  });

  it('clears entirely, then takes a new time', () => {
    const seen: string[] = [];
    render(<Owner initial="08:05" seen={seen} />);
    for (const part of ['minute', 'hour']) {
      focus(part);
      fireEvent.keyDown(segment(part), { key: 'Backspace' });
      fireEvent.keyDown(segment(part), { key: 'Backspace' });
    }
    expect(value()).toBe('');
    expect(segment('hour').getAttribute('data-placeholder')).toBe('true');
    focus('hour');
    type('0805');
    expect(value()).toBe('08:05');
    expect(seen.at(-1)).toBe('08:05');
  });

  it('ignores what is not a digit', () => {
    render(<Owner initial="10:15" seen={[]} />);
    focus('hour');
    type('x');
    expect(value()).toBe('10:15');
  });

  it('shows an error in words, announced and tied to the field', () => {
    render(<Owner initial="" seen={[]} error="Enter the time the 1:1s start." />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Enter the time the 1:1s start.');
    const hour = segment('hour');
    expect(hour.getAttribute('aria-invalid')).toBe('true');
    expect(hour.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(hour.getAttribute('aria-required')).toBe('true');
  });

  it('sends its form on Enter', () => {
    const onSubmit = vi.fn();
    render(<Owner initial="10:15" seen={[]} onSubmit={onSubmit} />);
    focus('minute');
    fireEvent.keyDown(segment('minute'), { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('TimeField with the 12-hour clock', () => {
  beforeEach(() => {
    settings.timeFormat = '12h';
  });

  it('shows the stored 24-hour time with AM/PM', () => {
    render(<Owner initial="14:05" seen={[]} />);
    expect(types()).toEqual(['hour', 'minute', 'dayPeriod']);
    expect(segment('hour').textContent).toBe('2');
    expect(segment('minute').textContent).toBe('05');
    expect(segment('dayPeriod').textContent).toBe('PM');
  });

  it('turns typed 12-hour times into HH:mm', () => {
    render(<Owner initial="10:00" seen={[]} />);
    focus('hour');
    type('3');
    type('30');
    expect(value()).toBe('03:30');
    focus('dayPeriod');
    type('p');
    expect(value()).toBe('15:30');
    focus('hour');
    type('12');
    expect(value()).toBe('12:30');
    focus('dayPeriod');
    type('a');
    expect(value()).toBe('00:30');
  });

  it('switches AM and PM with the arrow keys', () => {
    render(<Owner initial="09:00" seen={[]} />);
    focus('dayPeriod');
    fireEvent.keyDown(segment('dayPeriod'), { key: 'ArrowUp' });
    expect(value()).toBe('21:00');
  });

  it('clears to an empty value', () => {
    render(<Owner initial="09:00" seen={[]} />);
    focus('dayPeriod');
    fireEvent.keyDown(segment('dayPeriod'), { key: 'Backspace' });
    expect(value()).toBe('');
  });
});
