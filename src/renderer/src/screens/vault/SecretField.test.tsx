// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { SecretField, SecretMethodSwitch, useSecretEntry } from './SecretField';

afterEach(cleanup);

function Entry(): ReactNode {
  const { method, secret, setSecret, switchMethod } = useSecretEntry();
  return (
    <>
      <SecretField
        method={method}
        label={{ passphrase: 'Passphrase', recovery: 'Recovery code' }}
        passphraseAutoComplete="current-password"
        value={secret}
        onChange={setSecret}
        error={secret === 'bad' ? 'That is not it.' : null}
      />
      <SecretMethodSwitch
        method={method}
        words={{ passphrase: 'Use recovery code', recovery: 'Use passphrase' }}
        onSwitch={switchMethod}
      />
    </>
  );
}

describe('SecretField', () => {
  it('hides a passphrase, shows a recovery code, and forgets what was typed on switching', () => {
    render(<Entry />);
    const pass = screen.getByLabelText<HTMLInputElement>('Passphrase');
    expect(pass.type).toBe('password');
    expect(pass.autocomplete).toBe('current-password');
    expect(pass.getAttribute('spellcheck')).toBe('false');
    fireEvent.change(pass, { target: { value: 'correct horse' } });
    expect(pass.value).toBe('correct horse');

    fireEvent.click(screen.getByRole('button', { name: 'Use recovery code' }));
    const code = screen.getByLabelText<HTMLInputElement>('Recovery code');
    expect(code.type).toBe('text');
    expect(code.value).toBe('');
    expect(code.autocomplete).toBe('off');
    expect(code.className).toContain('mono');

    fireEvent.click(screen.getByRole('button', { name: 'Use passphrase' }));
    expect(screen.getByLabelText<HTMLInputElement>('Passphrase').value).toBe('');
  });

  it('shows its error tied to the field', () => {
    render(<Entry />);
    const pass = screen.getByLabelText<HTMLInputElement>('Passphrase');
    fireEvent.change(pass, { target: { value: 'bad' } });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('That is not it.');
    expect(pass.getAttribute('aria-describedby')).toBe(alert.id);
    expect(pass.getAttribute('aria-invalid')).toBe('true');
  });
});
