import { useState, type FormEvent, type ReactNode } from 'react';
import type { OccurrenceView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage } from '../../lib/api';
import { Button, Dialog, useToast } from '../../ui';
import { fromZoned, longDay, toZoned } from './time';
import { DateField } from '../../ui/DateField';
import { TimeField } from '../../ui/TimeField';

/** Moves one meeting to another day or time (in the series' own time zone). */
export function MoveDialog({
  occurrence,
  onClose,
  onMoved,
}: {
  occurrence: OccurrenceView;
  onClose: () => void;
  onMoved: () => void;
}): ReactNode {
  const toast = useToast();
  const start = toZoned(occurrence.start, occurrence.timeZone);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  // Each field says what is wrong with it; a refusal from the app shows under the time.
  const [dateError, setDateError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    setDateError(date ? null : 'Choose the day this 1:1 moves to.');
    setError(time ? null : 'Enter the time this 1:1 moves to.');
    if (!date || !time) return;
    try {
      await api.meetings.moveOccurrence({
        seriesId: occurrence.seriesId,
        key: occurrence.key,
        start: fromZoned(date, time, occurrence.timeZone),
      });
      toast('1:1 moved.');
      onMoved();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  return (
    <Dialog
      open
      title="Move this 1:1"
      onClose={onClose}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button variant="primary" type="submit" form="meetings-move">
            Move
          </Button>
        </>
      }
    >
      <form id="meetings-move" className="stack" onSubmit={(e) => void submit(e)}>
        <p className="muted">
          {occurrence.title}, planned for {longDay(occurrence.key, occurrence.timeZone)}. Only this
          meeting moves; the series keeps its rhythm.
        </p>
        <div className="meetings-form-row">
          <DateField
            label="Date"
            value={date}
            onChange={(d) => {
              setDate(d);
              if (d) setDateError(null);
            }}
            required
            error={dateError}
          />
          <TimeField
            label={`Time (${occurrence.timeZone.replace(/_/g, ' ')})`}
            value={time}
            onChange={setTime}
            required
            error={error}
          />
        </div>
      </form>
    </Dialog>
  );
}
