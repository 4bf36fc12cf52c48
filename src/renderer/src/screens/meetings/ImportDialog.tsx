import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { FileUp } from 'lucide-react';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import type { IcsFileView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage, onEvent } from '../../lib/api';
import { Alert, Button, Dialog, useToast } from '../../ui';
import { IcsCandidateList } from './IcsCandidateList';
import type { IcsPick } from './IcsCandidateRow';

type Step =
  | { kind: 'start' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'pick'; file: IcsFileView }
  | { kind: 'done'; count: number; warnings: string[] };

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
  const [picks, setPicks] = useState<Record<string, IcsPick>>({});
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

  const changePick = useCallback(
    (key: string, p: IcsPick) => setPicks((all) => ({ ...all, [key]: p })),
    [],
  );

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
            {step.file.notices.map((n) => (
              <Alert key={n} tone="warning">
                {n}
              </Alert>
            ))}
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
            <IcsCandidateList
              series={step.file.series}
              picks={picks}
              leaders={leaders}
              onChange={changePick}
            />
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
