import {
  forwardRef,
  useId,
  type InputHTMLAttributes,
  type ReactNode,
  type TextareaHTMLAttributes,
} from 'react';

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Hide the label visually but keep it for screen readers. */
  hideLabel?: boolean;
}

/** A labelled form field wrapper; `children` receives the generated id. */
export function Field({
  label,
  hint,
  error,
  hideLabel,
  children,
}: FieldProps & { children: (ids: { id: string; describedBy?: string }) => ReactNode }): ReactNode {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errId = error ? `${id}-err` : undefined;
  const describedBy = [hintId, errId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {children({ id, describedBy })}
      {hint && (
        <span id={hintId} className="field-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={errId} className="field-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** A labelled single-line text input. */
export const TextField = forwardRef<
  HTMLInputElement,
  FieldProps & InputHTMLAttributes<HTMLInputElement>
>(function TextField({ label, hint, error, hideLabel, className = '', ...rest }, ref) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel}>
      {({ id, describedBy }) => (
        <input
          ref={ref}
          id={id}
          className={`input ${className}`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
      )}
    </Field>
  );
});

/** A labelled multi-line plain-text input. */
export const TextArea = forwardRef<
  HTMLTextAreaElement,
  FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>
>(function TextArea({ label, hint, error, hideLabel, className = '', ...rest }, ref) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel}>
      {({ id, describedBy }) => (
        <textarea
          ref={ref}
          id={id}
          className={`textarea ${className}`}
          aria-describedby={describedBy}
          {...rest}
        />
      )}
    </Field>
  );
});

/** A checkbox with its label beside it. */
export function Checkbox({
  label,
  checked,
  onChange,
  hint,
  ...rest
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'checked' | 'type'>): ReactNode {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        {...rest}
      />
      <span>
        {label}
        {hint && <span className="field-hint"> — {hint}</span>}
      </span>
    </label>
  );
}
