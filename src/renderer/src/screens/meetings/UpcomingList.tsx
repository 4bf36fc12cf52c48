import { useState, type ReactNode } from 'react';
import { ArrowRight, CalendarClock, CalendarX2, FileDown, Undo2 } from 'lucide-react';
import type { OccurrenceView } from '../../../../shared/ipc/areas/meetings';
import { carryUndoMessage } from '../../../../shared/carryUndoMessage';
import { api, errorMessage } from '../../lib/api';
import { Badge, Button, IconButton, Spinner, useToast } from '../../ui';
import { MoveDialog } from './MoveDialog';
import { dateParts, localZone, relativeDay, timeRange, zoneNote } from './time';

/** The meetings still to come: prepare one, move or skip it, or save it to a calendar. */
export function UpcomingList({
  items,
  loading,
  onPrepare,
  onChanged,
}: {
  items: OccurrenceView[];
  loading: boolean;
  onPrepare: (o: OccurrenceView) => Promise<void>;
  onChanged: () => void;
}): ReactNode {
  const toast = useToast();
  const [moving, setMoving] = useState<OccurrenceView | null>(null);
  if (loading) return <Spinner label="Loading upcoming 1:1s" />;
  if (items.length === 0) return <p className="muted">No 1:1 in the next 60 days.</p>;

  const act = async <T,>(
    fn: () => Promise<T>,
    message: string | ((result: T) => string),
  ): Promise<void> => {
    try {
      const result = await fn();
      toast(typeof message === 'string' ? message : message(result));
      onChanged();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  return (
    <>
      <ul className="meetings-upcoming-list">
        {items.map((o, i) => {
          const d = dateParts(o.start, localZone());
          const skipped = o.status === 'skipped';
          const ref = { seriesId: o.seriesId, key: o.key };
          const prepared = o.meetingId !== null;
          return (
            <li
              key={`${o.seriesId}-${o.key}`}
              className={`meetings-occ${skipped ? ' is-skipped' : ''}${i === 0 ? ' is-next' : ''}`}
            >
              <div className="meetings-date" aria-hidden="true">
                <span className="meetings-date-wd">{d.weekday}</span>
                <span className="meetings-date-day">{d.day}</span>
                <span className="meetings-date-mon">{d.month}</span>
              </div>
              <div className="meetings-occ-text">
                <span className="meetings-occ-title">{o.title}</span>
                <span className="meetings-occ-meta">
                  <span>{`${d.weekday} ${d.day} ${d.month}`}</span>
                  <span>{timeRange(o.start, o.end)}</span>
                  {zoneNote(o.start, o.timeZone) && <span>{zoneNote(o.start, o.timeZone)}</span>}
                  <span>{relativeDay(o.start)}</span>
                </span>
                <span className="row wrap meetings-occ-badges">
                  {skipped && <Badge tone="warning">Skipped</Badge>}
                  {o.moved && !skipped && <Badge tone="accent">Moved</Badge>}
                  {prepared && !skipped && (
                    <Badge tone="success">
                      {o.agendaCount === 0
                        ? 'Agenda started'
                        : `${o.agendaCount} agenda ${o.agendaCount === 1 ? 'item' : 'items'}`}
                    </Badge>
                  )}
                </span>
              </div>
              <div className="row meetings-occ-actions">
                {skipped ? (
                  <Button
                    size="sm"
                    icon={<Undo2 size={14} />}
                    onClick={() =>
                      void act(
                        () => api.meetings.restoreOccurrence(ref),
                        (r) => `1:1 restored. ${carryUndoMessage(r.carryUndone)}`.trim(),
                      )
                    }
                  >
                    Restore
                  </Button>
                ) : (
                  <>
                    <span className="row meetings-occ-secondary">
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<CalendarClock size={14} />}
                        onClick={() => setMoving(o)}
                        aria-label={`Move the 1:1 of ${d.weekday} ${d.day} ${d.month}`}
                      >
                        Move
                      </Button>
                      <Button
                        size="sm"
                        variant="ghost"
                        icon={<CalendarX2 size={14} />}
                        onClick={() =>
                          void act(
                            () => api.meetings.skipOccurrence(ref),
                            'Skipped. Anything on its agenda moves on to the next 1:1.',
                          )
                        }
                        aria-label={`Skip the 1:1 of ${d.weekday} ${d.day} ${d.month}`}
                      >
                        Skip
                      </Button>
                      <IconButton
                        label={`Export the 1:1 of ${d.weekday} ${d.day} ${d.month} as .ics`}
                        icon={<FileDown size={15} />}
                        onClick={() =>
                          void api.meetings.exportMeetingIcs(ref).then(
                            (r) => r.path && toast(`Saved ${r.path}`),
                            (err: unknown) => toast(errorMessage(err), 'error'),
                          )
                        }
                      />
                    </span>
                    <Button
                      size="sm"
                      variant={i === 0 ? 'primary' : 'default'}
                      onClick={() => void onPrepare(o)}
                      aria-label={`${prepared ? 'Open the agenda' : 'Prepare'}: ${o.title}, ${d.weekday} ${d.day} ${d.month}`}
                    >
                      {prepared ? 'Open agenda' : 'Prepare'}
                      <ArrowRight size={14} aria-hidden="true" />
                    </Button>
                  </>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {moving && (
        <MoveDialog
          occurrence={moving}
          onClose={() => setMoving(null)}
          onMoved={() => {
            setMoving(null);
            onChanged();
          }}
        />
      )}
    </>
  );
}
