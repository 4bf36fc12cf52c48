import type { ReactNode } from 'react';
import { TextField } from '../../ui';

/** A whole-number setting saved when the field loses focus, ignored when out of range. */
export function NumberSetting({
  label,
  value,
  min,
  max,
  hint,
  onSave,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  hint?: string;
  onSave: (value: number) => void;
}): ReactNode {
  return (
    <TextField
      label={label}
      type="number"
      min={min}
      max={max}
      defaultValue={value}
      // Re-mounts when the saved value changes elsewhere (another window, the palette).
      key={`${label}-${value}`}
      hint={hint}
      onBlur={(e) => {
        const v = Number(e.target.value);
        if (Number.isInteger(v) && v >= min && v <= max && v !== value) onSave(v);
      }}
    />
  );
}
