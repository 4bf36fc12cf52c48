import { useState, type ReactNode } from 'react';
import type { PrepSuggestion } from '../../../../shared/domain/meeting';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Link } from '../../lib/router';
import { Button, useToast } from '../../ui';
import { PrepPanel } from './PrepPanel';
import { localZone, shortDay } from './time';

/** The preparation column: the prep assistant, private prep notes, and the meetings before and after. */
export function MeetingSide({
  view,
  onAgenda,
  prepNotes,
  onOpenNext,
}: {
  view: MeetingView;
  onAgenda: (v: MeetingView) => void;
  prepNotes: ReactNode;
  onOpenNext: (meetingId: string) => void;
}): ReactNode {
  const toast = useToast();
  const m = view.meeting;
  const [dismissed, setDismissed] = useState(0);
  const suggestions = useApiData(
    () => api.meetings.suggestions({ meetingId: m.id }),
    [m.id, m.agenda.length, dismissed],
    { areas: ['actions', 'journal', 'goodwill', 'leaders'] },
  );
  const accept = async (s: PrepSuggestion): Promise<void> => {
    try {
      onAgenda(await api.meetings.acceptSuggestion({ meetingId: m.id, suggestionId: s.id }));
    } catch (err) {
      toast(errorMessage(err), 'error');
      suggestions.reload();
    }
  };
  const dismiss = async (s: PrepSuggestion): Promise<void> => {
    try {
      await api.meetings.dismissSuggestion({ meetingId: m.id, suggestionId: s.id });
      setDismissed((n) => n + 1);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  const openNext = async (): Promise<void> => {
    if (!view.next) return;
    try {
      const next = await api.meetings.open({ seriesId: m.seriesId, key: view.next.key });
      onOpenNext(next.meeting.id);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  return (
    <aside className="meetings-side" aria-label="Preparation">
      {m.status === 'scheduled' && (
        <PrepPanel
          suggestions={suggestions.data}
          loading={suggestions.loading}
          onAccept={accept}
          onDismiss={dismiss}
        />
      )}
      {prepNotes}
      <section className="card meetings-around" aria-labelledby="around-title">
        <div className="card-header">
          <h2 id="around-title">Before and after</h2>
        </div>
        <div className="card-body stack">
          {view.previousMeetingId ? (
            <Link to={`/meetings/${view.previousMeetingId}`}>Previous 1:1</Link>
          ) : (
            <span className="muted">This is the first 1:1 of the series.</span>
          )}
          {view.next ? (
            <div className="row wrap">
              <span className="muted">Next: {shortDay(view.next.start, localZone())}</span>
              <Button size="sm" onClick={() => void openNext()}>
                {view.next.meetingId ? 'Open' : 'Prepare'}
              </Button>
            </div>
          ) : (
            <span className="muted">No later 1:1 in this series.</span>
          )}
          {m.status === 'scheduled' && (
            <p className="faint">
              When you close this 1:1, what was not discussed moves to the next one.
            </p>
          )}
        </div>
      </section>
    </aside>
  );
}
