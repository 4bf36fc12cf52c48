import { forwardRef, useCallback, useState, type ReactNode } from 'react';
import * as RadixSelect from '@radix-ui/react-select';
import { Check, ChevronDown } from 'lucide-react';
import { Field } from './Field';

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** Radix Select cannot hold an empty string, so the "any / none" option travels as this. */
const EMPTY = '__upward-empty__';

export interface SelectControlProps {
  value: string;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  id?: string;
  className?: string;
  disabled?: boolean;
  name?: string;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
}

/**
 * A styled single-choice list (WAI-ARIA combobox + listbox): opens with Enter, Space or the
 * arrow keys, type-ahead finds an option, Escape closes it and focus stays on the trigger.
 */
export const SelectControl = forwardRef<HTMLButtonElement, SelectControlProps>(
  function SelectControl(
    { value, onValueChange, options, className = '', disabled, name, ...aria },
    ref,
  ) {
    // Inside a modal <dialog> the list must render in the dialog (the top layer), not in <body>.
    const [container, setContainer] = useState<HTMLElement | null>(null);
    const setTrigger = useCallback(
      (el: HTMLButtonElement | null) => {
        setContainer(el?.closest('dialog') ?? null);
        if (typeof ref === 'function') ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    const hasEmpty = options.some((o) => o.value === '');
    const radixValue = value === '' ? (hasEmpty ? EMPTY : '') : value;
    return (
      <RadixSelect.Root
        value={radixValue}
        onValueChange={(v) => onValueChange(v === EMPTY ? '' : v)}
        disabled={disabled}
        name={name}
      >
        <RadixSelect.Trigger ref={setTrigger} className={`select ${className}`} {...aria}>
          <RadixSelect.Value className="select-value" />
          <RadixSelect.Icon className="select-icon">
            <ChevronDown size={16} aria-hidden />
          </RadixSelect.Icon>
        </RadixSelect.Trigger>
        <RadixSelect.Portal container={container ?? undefined}>
          <RadixSelect.Content className="select-content" position="popper" sideOffset={4}>
            <RadixSelect.Viewport className="select-viewport">
              {options.map((o) => (
                <RadixSelect.Item
                  key={o.value}
                  value={o.value === '' ? EMPTY : o.value}
                  disabled={o.disabled}
                  className="select-item"
                >
                  <RadixSelect.ItemText>{o.label}</RadixSelect.ItemText>
                  <RadixSelect.ItemIndicator className="select-item-check">
                    <Check size={14} aria-hidden />
                  </RadixSelect.ItemIndicator>
                </RadixSelect.Item>
              ))}
            </RadixSelect.Viewport>
          </RadixSelect.Content>
        </RadixSelect.Portal>
      </RadixSelect.Root>
    );
  },
);

/** A labelled select; `options` are value/label pairs. */
export const Select = forwardRef<
  HTMLButtonElement,
  Omit<SelectControlProps, 'id' | 'aria-describedby' | 'aria-invalid'> & {
    label: ReactNode;
    hint?: ReactNode;
    error?: string | null;
    hideLabel?: boolean;
  }
>(function Select({ label, hint, error, hideLabel, ...rest }, ref) {
  return (
    <Field label={label} hint={hint} error={error} hideLabel={hideLabel}>
      {({ id, describedBy }) => (
        <SelectControl
          ref={ref}
          id={id}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
      )}
    </Field>
  );
});
