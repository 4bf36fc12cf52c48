import { useEffect, useRef, useState, type ReactNode } from 'react';
import { ArrowLeft, CalendarPlus, CheckCheck, FileDown, Lock, Mail, RotateCcw } from 'lucide-react';
import { carryUndoMessage } from '../../../../shared/carryUndoMessage';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Link, useRoute } from '../../lib/router';
import { Alert, Badge, Button, Dialog, Spinner, useSavedFileToast, useToast } from '../../ui';
import { AgendaBoard } from './AgendaBoard';
import { ExportAgendaDialog } from './ExportAgendaDialog';
import { FollowUpDialog } from './FollowUpDialog';
import { useMeetingCommands } from './meetingBus';
import { MeetingActionsCard } from './MeetingActionsCard';
import { MeetingSide } from './MeetingSide';
import { NotesCard } from './NotesCard';
import { localZone, longDay, shortDay, timeRange, zoneNote } from './time';
import {
  MEETING_OUTCOME_LABELS,
  meetingOutcome,
  startsLater,
} from '../../../../shared/meetingOutcome';

type DialogName = 'follow-up' | 'export' | 'hold-early' | null;

/** One 1:1: its agenda, the prep assistant, action items, notes, closing and the follow-up. */
export function MeetingScreen({ id }: { id: string }): ReactNode {
  const { navigate } = useRoute();
  const toast = useToast();
  const savedFile = useSavedFileToast();
  const loaded = useApiData(() => api.meetings.get({ id }), [id], { areas: ['actions'] });
  const [view, setView] = useState<MeetingView | null>(null);
  const [dialog, setDialog] = useState<DialogName>(null);
  const firstInput = useRef<HTMLInputElement>(null);
  const actionInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (loaded.data) setView(loaded.data);
  }, [loaded.data]);

  const apply = async (call: Promise<MeetingView>): Promise<void> => {
    try {
      setView(await call);
    } catch (err) {
      toast(errorMessage(err), 'error');
      loaded.reload();
    }
  };

  const close = async (early = false): Promise<void> => {
    // A 1:1 that has not started is never marked held without the user saying it took place.
    if (!early && view && startsLater(view.meeting.start, new Date().toISOString())) {
      setDialog('hold-early');
      return;
    }
    try {
      const result = await api.meetings.close({ id, early });
      setView(result);
      const when = result.next ? ` to ${shortDay(result.next.start, localZone())}` : '';
      toast(
        result.carried > 0
          ? `1:1 closed. ${result.carried} ${result.carried === 1 ? 'item' : 'items'} carried over${when}.`
          : '1:1 closed.',
      );
      setDialog('follow-up');
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  /** Opens a held 1:1 again; its carry-over leaves the next 1:1, except what was changed there. */
  const reopen = async (): Promise<void> => {
    try {
      const result = await api.meetings.reopen({ id });
      setView(result);
      toast(`1:1 reopened. ${carryUndoMessage(result.carryUndone)}`.trim());
    } catch (err) {
      toast(errorMessage(err), 'error');
      loaded.reload();
    }
  };

  const exportIcs = async (): Promise<void> => {
    if (!view) return;
    try {
      const { path } = await api.meetings.exportMeetingIcs({
        seriesId: view.meeting.seriesId,
        key: view.meeting.occurrenceKey,
      });
      if (path) toast(`Saved ${path}`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  /** Saves the whole series as a calendar file, for a calendar app to import. */
  const exportSeriesIcs = async (): Promise<void> => {
    if (!view) return;
    try {
      const { path } = await api.meetings.exportSeriesIcs({ id: view.meeting.seriesId });
      if (path) savedFile(path);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  useMeetingCommands((cmd) => {
    if (cmd === 'close' && view?.meeting.status === 'scheduled') void close();
    if (cmd === 'follow-up') setDialog('follow-up');
    if (cmd === 'export-agenda') setDialog('export');
    if (cmd === 'add-item') firstInput.current?.focus();
    if (cmd === 'add-action') actionInput.current?.focus();
    if (cmd === 'export-ics') void exportIcs();
  });

  if (!view) {
    return (
      <div className="page">
        {loaded.error ? (
          <Alert tone="danger">
            {loaded.error} <Link to="/meetings">Back to your 1:1s</Link>
          </Alert>
        ) : (
          <Spinner label="Opening the meeting" />
        )}
      </div>
    );
  }

  const m = view.meeting;
  const end = new Date(Date.parse(m.start) + m.durationMinutes * 60_000).toISOString();
  const meetingId = m.id;
  const outcome = meetingOutcome({ ...m, end }, new Date().toISOString());
  return (
    <div className="page meetings-page">
      <Link to="/meetings" className="meetings-back">
        <ArrowLeft size={14} aria-hidden="true" /> 1:1s
      </Link>
      <header className="meetings-head">
        <div>
          <h1>{view.title}</h1>
          <p className="subtitle">
            {[
              longDay(m.start, localZone()),
              timeRange(m.start, end),
              zoneNote(m.start, view.timeZone),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <div className="row wrap meetings-head-badges">
            {outcome === 'held' && <Badge tone="success">{MEETING_OUTCOME_LABELS.held}</Badge>}
            {outcome === 'skipped' && (
              <Badge tone="warning">{MEETING_OUTCOME_LABELS.skipped}</Badge>
            )}
            {outcome === 'not-recorded' && (
              <Badge tone="warning">{MEETING_OUTCOME_LABELS['not-recorded']}</Badge>
            )}
            {m.moved && <Badge tone="accent">Moved</Badge>}
          </div>
        </div>
        <span className="spacer" />
        <div className="row wrap">
          <Button icon={<Mail size={15} />} onClick={() => setDialog('follow-up')}>
            Follow-up
          </Button>
          <Button icon={<FileDown size={15} />} onClick={() => setDialog('export')}>
            Export agenda
          </Button>
          <Button
            icon={<CalendarPlus size={15} />}
            onClick={() => void exportSeriesIcs()}
            title="Save this series of 1:1s as a calendar file (.ics)"
          >
            Export .ics
          </Button>
          {m.status === 'held' ? (
            <Button icon={<RotateCcw size={15} />} onClick={() => void reopen()}>
              Reopen
            </Button>
          ) : (
            m.status === 'scheduled' && (
              <Button
                variant="primary"
                icon={<CheckCheck size={15} />}
                onClick={() => void close()}
              >
                Close 1:1
              </Button>
            )
          )}
        </div>
      </header>
      <div className="meetings-layout">
        <div className="meetings-main">
          <AgendaBoard
            view={view}
            firstInputRef={firstInput}
            onActionsChanged={loaded.reload}
            onAdd={(sectionId, text) =>
              apply(api.meetings.agendaAdd({ meetingId, sectionId, text }))
            }
            onMove={(item, sectionId, index) =>
              apply(api.meetings.agendaMove({ meetingId, itemId: item.id, sectionId, index }))
            }
            handlers={{
              setStatus: (item, status) =>
                void apply(api.meetings.agendaSetStatus({ meetingId, itemId: item.id, status })),
              update: (item, patch) =>
                void apply(api.meetings.agendaUpdate({ meetingId, itemId: item.id, ...patch })),
              remove: (item) =>
                void apply(api.meetings.agendaDelete({ meetingId, itemId: item.id })),
            }}
          />
          <MeetingActionsCard view={view} inputRef={actionInput} onChanged={loaded.reload} />
          <NotesCard
            key={`notes-${meetingId}`}
            className="meetings-notes"
            title="Meeting notes"
            meetingId={meetingId}
            field="notes"
            initial={m.notes}
            label="Meeting notes"
            placeholder="What was said, in your words."
          />
        </div>
        <MeetingSide
          view={view}
          onAgenda={setView}
          prepNotes={
            <NotesCard
              key={`prep-${meetingId}`}
              className="meetings-prepnotes"
              title="Prep notes"
              badge={
                <Badge tone="private">
                  <Lock size={11} aria-hidden="true" /> Private
                </Badge>
              }
              meetingId={meetingId}
              field="prepNotes"
              initial={m.prepNotes}
              label="Private prep notes"
              placeholder="What you want to get out of this 1:1. Only you see this."
            />
          }
          onOpenNext={(meetingIdNext) => navigate(`/meetings/${meetingIdNext}`)}
        />
      </div>
      {dialog === 'follow-up' && (
        <FollowUpDialog meetingId={meetingId} onClose={() => setDialog(null)} />
      )}
      <Dialog
        open={dialog === 'hold-early'}
        title="Hold this 1:1 before its time?"
        onClose={() => setDialog(null)}
        footer={
          <>
            <Button onClick={() => setDialog(null)}>Keep it planned</Button>
            <Button
              variant="primary"
              onClick={() => {
                setDialog(null);
                void close(true);
              }}
            >
              It took place: mark it held
            </Button>
          </>
        }
      >
        <p>
          This 1:1 is planned for {longDay(m.start, localZone())}, {timeRange(m.start, end)}. It has
          not started yet.
        </p>
        <p>
          Mark it held only if you already met. What was not discussed then moves to the next 1:1,
          and the follow-up is written as of today.
        </p>
      </Dialog>
      {dialog === 'export' && (
        <ExportAgendaDialog meetingId={meetingId} onClose={() => setDialog(null)} />
      )}
    </div>
  );
}
