import type { ReactNode } from 'react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { JournalFilter } from '../../../../shared/ipc/areas/journal';
import { Button } from '../../ui';
import { DateField } from '../../ui/DateField';
import { SelectControl } from '../../ui/Select';

/** Narrows the list by tag, leader and date range. */
export function JournalFilters({
  filter,
  tags,
  leaders,
  onChange,
}: {
  filter: JournalFilter;
  tags: { tag: string; count: number }[];
  leaders: LeaderSummary[];
  onChange: (f: JournalFilter) => void;
}): ReactNode {
  const set = (patch: Partial<JournalFilter>): void => {
    const next: JournalFilter = { ...filter, ...patch };
    for (const k of Object.keys(next) as (keyof JournalFilter)[]) if (!next[k]) delete next[k];
    onChange(next);
  };
  const active = Object.keys(filter).length > 0;
  return (
    <div className="journal-filters" role="group" aria-label="Filters">
      <label className="journal-filter">
        <span>Tag</span>
        <SelectControl
          value={filter.tag ?? ''}
          onValueChange={(v) => set({ tag: v || undefined })}
          options={[
            { value: '', label: 'Any tag' },
            ...tags.map((t) => ({ value: t.tag, label: `#${t.tag} (${t.count})` })),
          ]}
        />
      </label>
      <label className="journal-filter">
        <span>Leader</span>
        <SelectControl
          value={filter.leaderId ?? ''}
          onValueChange={(v) => set({ leaderId: v || undefined })}
          options={[
            { value: '', label: 'Anyone' },
            ...leaders.map((l) => ({ value: l.id, label: l.name })),
          ]}
        />
      </label>
      <DateField
        className="journal-filter"
        label="From"
        value={filter.from ?? ''}
        max={filter.to}
        onChange={(d) => set({ from: d || undefined })}
      />
      <DateField
        className="journal-filter"
        label="To"
        value={filter.to ?? ''}
        min={filter.from}
        onChange={(d) => set({ to: d || undefined })}
      />
      {active && (
        <Button variant="ghost" size="sm" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </div>
  );
}
