// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState, type ReactNode } from 'react';
import { Select } from './Select';

beforeAll(() => {
  // jsdom lacks these; the list uses them to keep the chosen option in view.
  Element.prototype.scrollIntoView = (): void => undefined;
  Element.prototype.hasPointerCapture = (): boolean => false;
  Element.prototype.releasePointerCapture = (): void => undefined;
});
afterEach(cleanup);

function Owner({ seen }: { seen: string[] }): ReactNode {
  const [value, setValue] = useState('me');
  return (
    <Select
      label="Owner"
      value={value}
      onValueChange={(v) => {
        seen.push(v);
        setValue(v);
      }}
      options={[
        { value: '', label: 'Anyone' },
        { value: 'me', label: 'Me' },
        { value: 'other', label: 'Someone else' },
      ]}
    />
  );
}

describe('Select', () => {
  it('is a combobox named by its label that shows the chosen option', () => {
    render(<Owner seen={[]} />);
    const trigger = screen.getByLabelText('Owner');
    expect(trigger.getAttribute('role')).toBe('combobox');
    expect(trigger.textContent).toBe('Me');
  });

  it('chooses with the keyboard and hands back an empty value for the "any" option', () => {
    const seen: string[] = [];
    render(<Owner seen={seen} />);
    const trigger = screen.getByLabelText('Owner');
    fireEvent.keyDown(trigger, { key: 'Enter' });
    expect(screen.getByRole('listbox')).toBeTruthy();
    fireEvent.keyDown(screen.getByRole('option', { name: 'Anyone' }), { key: 'Enter' });
    expect(seen).toEqual(['']);
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(trigger.textContent).toBe('Anyone');
  });
});
