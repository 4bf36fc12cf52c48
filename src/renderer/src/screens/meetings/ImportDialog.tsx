import { useEffect, useState, type ReactNode } from 'react';
import { FileUp } from 'lucide-react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { IcsCandidate, IcsFileView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage, onEvent } from '../../lib/api';
import { Alert, Badge, Button, Checkbox, Dialog, Select, useToast } from '../../ui';
import { clock, localZone, shortDay } from './time';

/** What the user decided for one series of the file. */
interface Pick {
  ticked: boolean;
  leaderId: string;
  useCalendarZone: boolean;
}

type Step =
  | { kind: 'start' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'pick'; file: IcsFileView }
  | { kind: 'done'; count: number; warnings: string[] };

const when = (iso: string): string => {
  const zone = localZone();
  return `${shortDay(iso, zone)} ${clock(iso, zone)}`;
};

/** One series of the file: who and when, whether it is already here, and the user's choices. */
function CandidateRow({
  c,
  pick,
  leaders,
  onChange,
}: {
  c: IcsCandidate;
  pick: Pick;
  leaders: LeaderSummary[];
  onChange: (p: Pick) => void;
}): ReactNode {
  const zoned = pick.useCalendarZone && c.zoneChoice ? c.zoneChoice : null;
  const next = zoned ? zoned.nextStarts : c.nextStarts;
  const titleId = `ics-series-${c.key.replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <li className="ics-candidate" aria-labelledby={titleId}>
      <Checkbox
        id={`${titleId}-tick`}
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
        <p className="muted">{zoned ? zoned.rule : c.rule}</p>
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
                name={`${titleId}-zone`}
                checked={!pick.useCalendarZone}
                onChange={() => onChange({ ...pick, useCalendarZone: false })}
              />
              <span>UTC, as the file says</span>
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name={`${titleId}-zone`}
                checked={pick.useCalendarZone}
                onChange={() => onChange({ ...pick, useCalendarZone: true })}
              />
              <span>{c.zoneChoice.zone}, as the calendar is set</span>
            </label>
            <p className="field-hint">{c.zoneChoice.consequence}</p>
          </fieldset>
        )}
        {pick.ticked && (
          <Select
            label={`Leader for “${c.title}”`}
            value={c.existing?.leaderId ?? pick.leaderId}
            disabled={c.existing !== null}
            hint={c.existing ? 'A series stays with its leader.' : undefined}
            onChange={(e) => onChange({ ...pick, leaderId: e.target.value })}
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
    </li>
  );
}

/**
 * Imports 1:1 series from a calendar file (as Outlook, Google or Apple Calendar export it): the
 * file is read in the background with progress and cancel, then the user ticks the series to
 * import and links each to a leader.
 */
export function ImportDialog({
  leaders,
  onClose,
  onImported,
}: {
  leaders: LeaderSummary[];
  onClose: () => void;
  onImported: () => void;
}): ReactNode {
  const toast = useToast();
  const [step, setStep] = useState<Step>({ kind: 'start' });
  const [picks, setPicks] = useState<Record<string, Pick>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(
    () =>
      onEvent('icsProgress', ({ done, total }) =>
        setStep((s) => (s.kind === 'reading' ? { kind: 'reading', done, total } : s)),
      ),
    [],
  );

  const choose = async (): Promise<void> => {
    setError(null);
    setStep({ kind: 'reading', done: 0, total: 0 });
    try {
      const file = await api.meetings.readIcs(undefined);
      if (!file) {
        setStep({ kind: 'start' });
        return;
      }
      const only = file.series.length === 1;
      setPicks(
        Object.fromEntries(
          file.series.map((c) => [
            c.key,
            {
              ticked: only && !c.ended,
              leaderId: c.existing?.leaderId ?? leaders[0]?.id ?? '',
              useCalendarZone: false,
            },
          ]),
        ),
      );
      setStep({ kind: 'pick', file });
    } catch (err) {
      setStep({ kind: 'start' });
      const message = errorMessage(err);
      if (!/cancelled/.test(message)) setError(message);
    }
  };

  const cancelReading = (): void => {
    void api.meetings.cancelReadIcs(undefined).catch(() => undefined);
  };

  const importTicked = async (file: IcsFileView): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const chosen = file.series
        .filter((c) => picks[c.key]?.ticked)
        .map((c) => ({
          key: c.key,
          leaderId: picks[c.key].leaderId,
          useCalendarZone: picks[c.key].useCalendarZone,
        }));
      const result = await api.meetings.importIcsSeries({ token: file.token, picks: chosen });
      onImported();
      const count = result.imported.length;
      toast(`Imported ${count} series from ${file.fileName}.`);
      if (result.warnings.length === 0) onClose();
      else setStep({ kind: 'done', count, warnings: result.warnings });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const ticked =
    step.kind === 'pick' ? step.file.series.filter((c) => picks[c.key]?.ticked).length : 0;

  const footer = (() => {
    if (step.kind === 'done')
      return (
        <Button variant="primary" onClick={onClose}>
          Done
        </Button>
      );
    if (step.kind === 'reading')
      return (
        <Button variant="ghost" onClick={cancelReading}>
          Stop reading
        </Button>
      );
    if (step.kind === 'pick')
      return (
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button
            variant="primary"
            onClick={() => void importTicked(step.file)}
            disabled={ticked === 0 || busy || leaders.length === 0}
          >
            {ticked === 0 ? 'Tick a series to import' : `Import ${ticked} series`}
          </Button>
        </>
      );
    return (
      <>
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button
          variant="primary"
          icon={<FileUp size={15} />}
          onClick={() => void choose()}
          disabled={leaders.length === 0}
        >
          Choose a calendar file…
        </Button>
      </>
    );
  })();

  return (
    <Dialog open wide title="Import 1:1 series" onClose={onClose} footer={footer}>
      <div className="stack">
        {step.kind === 'start' && (
          <p className="muted">
            Export your calendar, or just the recurring 1:1s, from Outlook, Google or Apple Calendar
            as an .ics file and pick it here. You then choose which series to import and whose 1:1
            each one is. Schedules, time zones, skipped and moved meetings come along; nothing else
            is read.
          </p>
        )}
        {step.kind === 'reading' && (
          <div className="stack">
            <label htmlFor="ics-progress">
              Reading the calendar file…
              {step.total > 0 && ` ${step.done} of ${step.total} repeating events`}
            </label>
            <progress
              id="ics-progress"
              max={step.total || undefined}
              value={step.total ? step.done : undefined}
            />
          </div>
        )}
        {step.kind === 'pick' && (
          <>
            <p>
              <strong>{step.file.fileName}</strong> holds {step.file.series.length} repeating series
              {step.file.singleEvents > 0 &&
                ` and ${step.file.singleEvents} single event${step.file.singleEvents === 1 ? '' : 's'} (not imported)`}
              . Tick the series to import and choose whose 1:1 each one is.
            </p>
            {step.file.skipped.length > 0 && (
              <Alert tone="warning">
                Some of the file could not be used and was left out:
                <ul className="meetings-warnings">
                  {step.file.skipped.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </Alert>
            )}
            <ul className="ics-candidates" aria-label="Series in the file">
              {step.file.series.map((c) => (
                <CandidateRow
                  key={c.key}
                  c={c}
                  leaders={leaders}
                  pick={picks[c.key]}
                  onChange={(p) => setPicks((all) => ({ ...all, [c.key]: p }))}
                />
              ))}
            </ul>
          </>
        )}
        {step.kind === 'done' && (
          <>
            <Alert>{step.count} series imported. A few things to know about the file:</Alert>
            <ul className="meetings-warnings">
              {step.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </>
        )}
        {leaders.length === 0 && <Alert tone="warning">Add a leader first.</Alert>}
        {error && <Alert tone="danger">{error}</Alert>}
      </div>
    </Dialog>
  );
}
