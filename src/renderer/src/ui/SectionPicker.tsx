import { Lock } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import type { ExportSection } from '../../../shared/domain/exportSections';
import { Checkbox } from './Field';
import { Alert } from './Layout';

/** The ticked parts of a document, starting with the shareable ones. */
export function useSectionChoice(
  sections: readonly ExportSection[],
): [string[], (key: string, on: boolean) => void] {
  const [chosen, setChosen] = useState<string[]>(() =>
    sections.filter((s) => !s.private).map((s) => s.key),
  );
  const toggle = (key: string, on: boolean): void =>
    setChosen((c) => (on ? [...new Set([...c, key])] : c.filter((k) => k !== key)));
  return [chosen, toggle];
}

/**
 * One checkbox per part of a document the user may hand to someone: shareable parts start
 * ticked, private ones unticked and marked with a lock and the word "private".
 */
export function SectionPicker({
  legend,
  sections,
  chosen,
  onToggle,
}: {
  legend: string;
  sections: readonly ExportSection[];
  chosen: readonly string[];
  onToggle: (key: string, on: boolean) => void;
}): ReactNode {
  const privateTicked = sections.some((s) => s.private && chosen.includes(s.key));
  return (
    <fieldset className="section-picker">
      <legend>{legend}</legend>
      <div className="stack">
        {sections.map((s) => (
          <Checkbox
            key={s.key}
            label={
              s.private ? (
                <span className="row">
                  {s.label}
                  <span className="section-private">
                    <Lock size={12} aria-hidden="true" /> private
                  </span>
                </span>
              ) : (
                s.label
              )
            }
            hint={s.hint}
            checked={chosen.includes(s.key)}
            onChange={(on) => onToggle(s.key, on)}
          />
        ))}
      </div>
      {privateTicked && (
        <Alert tone="warning">
          The document will hold what you keep private. Keep it to yourself.
        </Alert>
      )}
    </fieldset>
  );
}
