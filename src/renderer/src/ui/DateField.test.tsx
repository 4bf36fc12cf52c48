// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import type { DateFormat } from '../../../shared/dateTime';

const settings = vi.hoisted(() => ({ dateFormat: 'iso' as DateFormat, weekStart: 'monday' }));
vi.mock('../lib/settings', () => ({ useSettings: () => settings }));

const { DateField } = await import('./DateField');

beforeEach(() => {
  Object.defineProperty(navigator, 'language', { value: 'en-US', configurable: true });
});
afterEach(cleanup);

function Owner({ initial, error }: { initial: string; error?: string }): ReactNode {
  const [value, setValue] = useState(initial);
  return (
    <form>
      <DateField label="Date" value={value} onChange={setValue} error={error} required />
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
const clear = (part: string): void => {
  focus(part);
  for (let i = 0; i < 4; i++) fireEvent.keyDown(segment(part), { key: 'Backspace' });
};

describe('DateField', () => {
  it('gives an empty value when any part is cleared, never the date it showed before', () => {
    for (const part of ['day', 'month', 'year']) {
      render(<Owner initial="2026-12-08" />);
      clear(part);
      expect([
        part,
        segment(part).getAttribute('data-placeholder'),
        segment(part).textContent,
        value(),
      ]).toEqual([part, 'true', expect.anything(), '']);
      expect(value()).toBe('');
      cleanup();
    }
  });

  it('keeps what was typed on screen while a part is blank, and a date again once it is filled', () => {
    render(<Owner initial="2026-12-08" />);
    clear('day');
    expect(segment('month').textContent).toBe('12');
    expect(segment('year').textContent).toBe('2026');
    focus('day');
    type('15');
    expect(value()).toBe('2026-12-15');
  });

  it('shows an error in words, announced and tied to the field', () => {
    render(<Owner initial="" error="Choose the day this 1:1 moves to." />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Choose the day this 1:1 moves to.');
    const day = segment('day');
    expect(day.getAttribute('aria-invalid')).toBe('true');
    expect(day.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
  });
});
