import { useState, type ReactNode } from 'react';
import type { KeepInTouch } from '../../../../shared/domain/leader';
import { useSettings } from '../../lib/settings';
import { Card, Checkbox, TextField } from '../../ui';

/**
 * The keep-in-touch nudge for one leader: on or off, and after how many weeks without a held
 * 1:1; an empty number means the general setting (Settings › Reminders).
 */
export function KeepInTouchCard({
  name,
  value,
  onChange,
}: {
  name: string;
  value: KeepInTouch;
  onChange: (next: KeepInTouch) => void;
}): ReactNode {
  const { keepInTouchWeeks } = useSettings();
  const [weeks, setWeeks] = useState(value.weeks === null ? '' : String(value.weeks));
  const parsed = weeks.trim() === '' ? null : Number(weeks);
  const valid = parsed === null || (Number.isInteger(parsed) && parsed >= 1 && parsed <= 52);
  const general = `${keepInTouchWeeks} ${keepInTouchWeeks === 1 ? 'week' : 'weeks'}`;
  return (
    <Card title="Keep in touch" className="leaders-keep">
      <div className="leaders-keep-body">
        <Checkbox
          label={`Nudge me when I have not met ${name} for a while`}
          checked={value.on}
          onChange={(on) => onChange({ ...value, on })}
        />
        {value.on && (
          <TextField
            label="Weeks without a held 1:1 before the nudge"
            type="number"
            inputMode="numeric"
            min={1}
            max={52}
            value={weeks}
            placeholder={String(keepInTouchWeeks)}
            hint={`Leave it empty to use your general setting (${general}).`}
            error={valid ? null : 'Choose a whole number of weeks from 1 to 52.'}
            onChange={(e) => {
              setWeeks(e.target.value);
              const t = e.target.value.trim();
              const n = t === '' ? null : Number(t);
              if (n === null || (Number.isInteger(n) && n >= 1 && n <= 52))
                onChange({ ...value, weeks: n });
            }}
          />
        )}
      </div>
    </Card>
  );
}
