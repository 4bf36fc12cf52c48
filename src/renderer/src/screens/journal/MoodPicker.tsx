import { useId, type ReactNode } from 'react';
import { MOOD_WORDS } from './journalText';

/** Mood 1–5 (or none) as a group of radio buttons, each step named in words. */
export function MoodPicker({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (mood: number | null) => void;
}): ReactNode {
  const name = useId();
  const options: (number | null)[] = [null, 1, 2, 3, 4, 5];
  return (
    <fieldset className="journal-mood">
      <legend className="visually-hidden">Mood</legend>
      <span className="journal-meta-label" aria-hidden="true">
        Mood
      </span>
      {options.map((m) => (
        <label
          key={m ?? 0}
          className={`journal-mood-opt${m ? ` mood-${m}` : ''}${value === m ? ' is-on' : ''}`}
          title={m ? `${m} — ${MOOD_WORDS[m]}` : 'No mood'}
        >
          <input
            type="radio"
            name={name}
            className="visually-hidden"
            checked={value === m}
            onChange={() => onChange(m)}
          />
          {m ? (
            <>
              <span aria-hidden="true" className="journal-mood-num">
                {m}
              </span>
              <span aria-hidden="true" className="journal-mood-word">
                {MOOD_WORDS[m]}
              </span>
              <span className="visually-hidden">{`${m}, ${MOOD_WORDS[m]}`}</span>
            </>
          ) : (
            <>
              <span aria-hidden="true">—</span>
              <span className="visually-hidden">No mood</span>
            </>
          )}
        </label>
      ))}
    </fieldset>
  );
}
