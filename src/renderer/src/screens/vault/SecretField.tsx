import { forwardRef, useState, type ReactNode } from 'react';
import { TextField } from '../../ui/Field';

/** How the user proves it is their vault: its passphrase or its recovery code. */
export type SecretMethod = 'passphrase' | 'recovery';

/**
 * The method and the secret typed for it (a passphrase, starting as `initialSecret`); switching
 * method forgets what was typed.
 */
export function useSecretEntry(initialSecret = ''): {
  method: SecretMethod;
  secret: string;
  setSecret: (secret: string) => void;
  switchMethod: () => void;
} {
  const [method, setMethod] = useState<SecretMethod>('passphrase');
  const [secret, setSecret] = useState(initialSecret);
  return {
    method,
    secret,
    setSecret,
    switchMethod: () => {
      setMethod((m) => (m === 'passphrase' ? 'recovery' : 'passphrase'));
      setSecret('');
    },
  };
}

/**
 * The field a passphrase or recovery code is typed into: hidden for a passphrase, shown
 * in a fixed-width face for a code, never spell-checked.
 */
export const SecretField = forwardRef<
  HTMLInputElement,
  {
    method: SecretMethod;
    /** The field's label for each method. */
    label: Record<SecretMethod, string>;
    value: string;
    onChange: (secret: string) => void;
    error?: string | null;
    autoFocus?: boolean;
    /** What the browser may fill a passphrase with (a code is never filled). */
    passphraseAutoComplete?: string;
  }
>(function SecretField(
  { method, label, value, onChange, error, autoFocus, passphraseAutoComplete = 'off' },
  ref,
) {
  return (
    <TextField
      ref={ref}
      label={label[method]}
      type={method === 'passphrase' ? 'password' : 'text'}
      autoComplete={method === 'passphrase' ? passphraseAutoComplete : 'off'}
      spellCheck={false}
      autoFocus={autoFocus}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      className={method === 'recovery' ? 'mono' : ''}
      error={error}
    />
  );
});

/** The link that switches to the other method; `words` is what it says while each one is in use. */
export function SecretMethodSwitch({
  method,
  words,
  onSwitch,
}: {
  method: SecretMethod;
  words: Record<SecretMethod, string>;
  onSwitch: () => void;
}): ReactNode {
  return (
    <button type="button" className="link-btn" onClick={onSwitch}>
      {words[method]}
    </button>
  );
}
