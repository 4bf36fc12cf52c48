import type { ReactNode } from 'react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { IcsCandidate } from '../../../../shared/ipc/areas/meetings';
import { Badge, Checkbox } from '../../ui';
import { Select } from '../../ui/Select';
import { describeRrule, describeZoneConsequence } from '../../../../shared/recurrence';
import { displayStyle } from '../../lib/format';
import { clock, localZone, shortDay } from './time';

/** What the user decided for one series of the file. */
export interface IcsPick {
  ticked: boolean;
  leaderId: string;
  useCalendarZone: boolean;
}

const when = (iso: string): string => {
  const zone = localZone();
  return `${shortDay(iso, zone)} ${clock(iso, zone)}`;
};

/** One series of a calendar file: who and when, whether it is already here, and the user's choices. */
export function IcsCandidateRow({
  c,
  idBase,
  pick,
  leaders,
  onChange,
}: {
  c: IcsCandidate;
  /** Unique within the picker; ids of the row's controls start with it. */
  idBase: string;
  pick: IcsPick;
  leaders: readonly LeaderSummary[];
  onChange: (p: IcsPick) => void;
}): ReactNode {
  const zoned = pick.useCalendarZone && c.zoneChoice ? c.zoneChoice : null;
  const next = zoned ? zoned.nextStarts : c.nextStarts;
  const titleId = `${idBase}-title`;
  return (
    <>
      <Checkbox
        id={`${idBase}-tick`}
        label={
          <strong id={titleId} className="ics-candidate-title">
            {c.title || 'Untitled series'}
          </strong>
        }
        checked={pick.ticked}
        onChange={(ticked) => onChange({ ...pick, ticked })}
      />
      <div className="ics-candidate-body">
        {c.existing && (
          <p>
            <Badge tone="accent">Already in Upward</Badge> with {c.existing.leaderName}; importing
            updates it.
          </p>
        )}
        {c.ended && (
          <p>
            <Badge tone="warning">Ended</Badge> No meetings after today.
          </p>
        )}
        <p className="muted">
          {describeRrule(zoned ? zoned.schedule : c.schedule, displayStyle())}
        </p>
        {(c.organiser || c.attendees.length > 0) && (
          <p className="muted">
            {c.organiser && <>Organiser: {c.organiser}. </>}
            {c.attendees.length > 0 && <>With: {c.attendees.join(', ')}.</>}
          </p>
        )}
        {next.length > 0 && (
          <p>
            Next: {next.map(when).join(' · ')} <span className="muted">(your time)</span>
          </p>
        )}
        {c.zoneChoice && (
          <fieldset className="ics-zone-choice">
            <legend>Time zone for “{c.title}”</legend>
            <label className="checkbox">
              <input
                type="radio"
                name={`${idBase}-zone`}
                checked={!pick.useCalendarZone}
                onChange={() => onChange({ ...pick, useCalendarZone: false })}
              />
              <span>UTC, as the file says</span>
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name={`${idBase}-zone`}
                checked={pick.useCalendarZone}
                onChange={() => onChange({ ...pick, useCalendarZone: true })}
              />
              <span>{c.zoneChoice.zone}, as the calendar is set</span>
            </label>
            <p className="field-hint">
              {describeZoneConsequence(c.zoneChoice.consequence, displayStyle())}
            </p>
          </fieldset>
        )}
        {pick.ticked && (
          <Select
            label={`Leader for “${c.title}”`}
            value={c.existing?.leaderId ?? pick.leaderId}
            disabled={c.existing !== null}
            hint={c.existing ? 'A series stays with its leader.' : undefined}
            onValueChange={(v) => onChange({ ...pick, leaderId: v })}
            options={leaders.map((l) => ({ value: l.id, label: l.name }))}
          />
        )}
        {c.warnings.length > 0 && (
          <details>
            <summary>
              {c.warnings.length} thing{c.warnings.length === 1 ? '' : 's'} to know
            </summary>
            <ul className="meetings-warnings">
              {c.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </details>
        )}
      </div>
    </>
  );
}
