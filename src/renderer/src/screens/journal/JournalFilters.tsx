import type { ReactNode } from 'react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { JournalFilter } from '../../../../shared/ipc/areas/journal';
import { Button } from '../../ui';
import { DateField } from '../../ui/DateField';

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
        <select
          className="select"
          value={filter.tag ?? ''}
          onChange={(e) => set({ tag: e.target.value || undefined })}
        >
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t.tag} value={t.tag}>
              #{t.tag} ({t.count})
            </option>
          ))}
        </select>
      </label>
      <label className="journal-filter">
        <span>Leader</span>
        <select
          className="select"
          value={filter.leaderId ?? ''}
          onChange={(e) => set({ leaderId: e.target.value || undefined })}
        >
          <option value="">Anyone</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
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
