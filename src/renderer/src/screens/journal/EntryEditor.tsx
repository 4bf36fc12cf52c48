import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Trash2 } from 'lucide-react';
import type { JournalDraft, JournalEntry } from '../../../../shared/domain/journal';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import {
  mentionedLeaderIds,
  richTextToPlain,
  type RichDoc,
} from '../../../../shared/domain/richtext';
import { RichEditor, SaveIndicator, appMentions, useAutosave } from '../../editor';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Dialog, IconButton, Spinner, useToast } from '../../ui';
import { SelectControl } from '../../ui/Select';
import { MoodPicker } from './MoodPicker';
import { TagInput } from './TagInput';
import { DateField } from '../../ui/DateField';

/** One entry, edited in place and saved while typing. */
export function EntryEditor({
  id,
  leaders,
  knownTags,
  onSaved,
  onDeleted,
  deleteRequested,
  onDeleteDismissed,
  fresh,
  onDiscarded,
}: {
  id: string;
  leaders: LeaderSummary[];
  knownTags: { tag: string; count: number }[];
  onSaved: (entry: JournalEntry) => void;
  onDeleted: (id: string) => void;
  /** The command palette asked to delete this entry: ask for confirmation. */
  deleteRequested?: boolean;
  onDeleteDismissed?: () => void;
  /** Just created: the caret starts in the body, and the entry is not kept if left empty. */
  fresh?: boolean;
  /** A fresh entry was left empty and has been removed. */
  onDiscarded?: (id: string) => void;
}): ReactNode {
  const toast = useToast();
  const { data, error } = useApiData(() => api.journal.get({ id }), [id]);
  const [entry, setEntry] = useState<JournalEntry | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const autosave = useAutosave<Partial<JournalDraft>>(async (patch) =>
    onSaved(await api.journal.update({ id, patch })),
  );

  useEffect(() => {
    if (data) setEntry((cur) => cur ?? data);
  }, [data]);
  const latest = useRef<JournalEntry | null>(null);
  latest.current = entry;
  const discard = useRef({ fresh, onDiscarded });
  discard.current = { fresh, onDiscarded };
  // A new entry left without a word is removed rather than kept as an empty row.
  useEffect(
    () => () => {
      const e = latest.current;
      if (!discard.current.fresh || !e || !isBlank(e)) return;
      const { onDiscarded: notify } = discard.current;
      void api.journal.delete({ id: e.id }).then(
        () => notify?.(e.id),
        () => undefined,
      );
    },
    [],
  );
  useEffect(() => {
    if (deleteRequested) setConfirmDelete(true);
  }, [deleteRequested]);
  /** What a new body does; set on each render, so it sees the entry as it is now. */
  const bodyChanged = useRef<(body: RichDoc) => void>(() => undefined);
  // The same callback from render to render: the editor then stays out of this screen's
  // renders (a save starting or ending).
  const onBody = useCallback((body: RichDoc) => bodyChanged.current(body), []);
  const closeConfirm = (): void => {
    setConfirmDelete(false);
    if (deleteRequested) onDeleteDismissed?.();
  };

  if (error) return <Alert tone="danger">{error}</Alert>;
  if (!entry) return <Spinner label="Opening entry" />;

  const edit = (patch: Partial<JournalDraft>): void => {
    setEntry({ ...entry, ...patch });
    autosave.schedule(patch);
  };
  const remove = async (): Promise<void> => {
    try {
      await autosave.flush();
      await api.journal.delete({ id });
      toast('Entry deleted.');
      onDeleted(id);
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  };
  bodyChanged.current = (body) => {
    // The first leader mentioned becomes who the entry is about, when no one is chosen yet.
    const about = entry.leaderId
      ? null
      : (mentionedLeaderIds(body).find((m) => leaders.some((l) => l.id === m)) ?? null);
    edit(about ? { body, leaderId: about } : { body });
  };
  const leaderOptions =
    leaders.some((l) => l.id === entry.leaderId) || !entry.leaderId
      ? leaders
      : [...leaders, { id: entry.leaderId, name: 'A leader no longer listed' } as LeaderSummary];

  return (
    <article className="journal-entry" aria-label="Entry">
      <div className="journal-entry-top">
        <DateField
          className="journal-date"
          label="Date"
          hideLabel
          value={entry.date}
          required
          onChange={(d) => {
            if (d) edit({ date: d });
          }}
        />
        <div className="spacer" />
        <SaveIndicator state={autosave.state} error={autosave.error} />
        <IconButton
          label="Delete entry"
          icon={<Trash2 size={16} />}
          onClick={() => setConfirmDelete(true)}
        />
      </div>
      <input
        className="journal-title-input"
        aria-label="Title"
        placeholder="Title"
        value={entry.title}
        maxLength={500}
        onChange={(e) => edit({ title: e.target.value })}
      />
      <div className="journal-meta">
        <label className="journal-leader">
          <span className="journal-meta-label">About</span>
          <SelectControl
            value={entry.leaderId ?? ''}
            onValueChange={(v) => edit({ leaderId: v || null })}
            options={[
              { value: '', label: 'No one in particular' },
              ...leaderOptions.map((l) => ({ value: l.id, label: l.name })),
            ]}
          />
        </label>
        <MoodPicker value={entry.mood} onChange={(mood) => edit({ mood })} />
      </div>
      <TagInput tags={entry.tags} known={knownTags} onChange={(tags) => edit({ tags })} />
      <RichEditor
        label="Entry text"
        placeholder="Write freely. Type @ to mention a leader."
        value={entry.body}
        mentionSource={appMentions}
        onChange={onBody}
        autoFocus={fresh}
      />
      <Dialog
        open={confirmDelete}
        title="Delete this entry?"
        onClose={closeConfirm}
        footer={
          <>
            <Button onClick={closeConfirm}>Keep it</Button>
            <Button variant="danger" onClick={() => void remove()}>
              Delete entry
            </Button>
          </>
        }
      >
        <p>
          “{entry.title || 'Untitled entry'}” will be removed from the journal. Backups of the vault
          still hold it until they rotate out.
        </p>
      </Dialog>
    </article>
  );
}

/** True when nothing was written in an entry: no title, no text, no tags, no mood. */
function isBlank(e: JournalEntry): boolean {
  return !e.title.trim() && !richTextToPlain(e.body).trim() && !e.tags.length && e.mood === null;
}
