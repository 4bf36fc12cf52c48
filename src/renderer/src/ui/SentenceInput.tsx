import {
  forwardRef,
  useCallback,
  useLayoutEffect,
  useRef,
  type ChangeEvent,
  type KeyboardEvent,
  type TextareaHTMLAttributes,
} from 'react';
import { Field } from './Field';

type SentenceProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'rows' | 'value'> & {
  value: string;
};

/** True where the browser sizes a text area to its content by itself (CSS field-sizing). */
const sizesItself = typeof CSS !== 'undefined' && CSS.supports?.('field-sizing', 'content');

/**
 * A one-paragraph text field that grows with its text instead of hiding it: a sentence
 * shows whole, wrapped over as many lines as it needs. Enter does not start a new line;
 * it submits the surrounding form, as a one-line input would. Pasted line breaks become spaces.
 */
export const SentenceInput = forwardRef<HTMLTextAreaElement, SentenceProps>(function SentenceInput(
  { className = 'input', onKeyDown, onChange, value, ...rest },
  forwarded,
) {
  const own = useRef<HTMLTextAreaElement | null>(null);
  const setRef = useCallback(
    (el: HTMLTextAreaElement | null) => {
      own.current = el;
      if (typeof forwarded === 'function') forwarded(el);
      else if (forwarded) forwarded.current = el;
    },
    [forwarded],
  );
  // Browsers without field-sizing: set the height from the text's own height.
  useLayoutEffect(() => {
    const el = own.current;
    if (!el || sizesItself) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight + el.offsetHeight - el.clientHeight}px`;
  }, [value]);
  const keyDown = (e: KeyboardEvent<HTMLTextAreaElement>): void => {
    onKeyDown?.(e);
    if (e.defaultPrevented || e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    e.currentTarget.form?.requestSubmit();
  };
  const change = (e: ChangeEvent<HTMLTextAreaElement>): void => {
    if (/[\r\n]/.test(e.target.value))
      e.target.value = e.target.value.replace(/\s*[\r\n]+\s*/g, ' ');
    onChange?.(e);
  };
  return (
    <textarea
      ref={setRef}
      rows={1}
      className={`${className} sentence-input`}
      value={value}
      onKeyDown={keyDown}
      onChange={change}
      {...rest}
    />
  );
});

/** A labelled sentence field: the grow-with-its-text counterpart of TextField. */
export function SentenceField({
  label,
  hint,
  error,
  hideLabel,
  ...rest
}: SentenceProps & {
  label: string;
  hint?: string;
  error?: string | null;
  hideLabel?: boolean;
}): ReturnType<typeof Field> {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel}>
      {({ id, describedBy }) => (
        <SentenceInput
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
      )}
    </Field>
  );
}
