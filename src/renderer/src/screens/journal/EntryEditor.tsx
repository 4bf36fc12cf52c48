import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Trash2 } from 'lucide-react';
import type { JournalDraft, JournalEntry } from '../../../../shared/domain/journal';
import type { LeaderSummary } from '../../../../shared/domain/leader';
import { RichEditor, SaveIndicator, appMentions, useAutosave } from '../../editor';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Dialog, IconButton, Spinner, useToast } from '../../ui';
import { MoodPicker } from './MoodPicker';
import { TagInput } from './TagInput';

/** One entry, edited in place and saved while typing. */
export function EntryEditor({
  id,
  leaders,
  knownTags,
  onSaved,
  onDeleted,
  deleteRequested,
  onDeleteDismissed,
  autoFocus,
}: {
  id: string;
  leaders: LeaderSummary[];
  knownTags: { tag: string; count: number }[];
  onSaved: (entry: JournalEntry) => void;
  onDeleted: (id: string) => void;
  /** The command palette asked to delete this entry: ask for confirmation. */
  deleteRequested?: boolean;
  onDeleteDismissed?: () => void;
  /** Just created: focus goes where typing is next (the title, or the text when it has one). */
  autoFocus?: boolean;
}): ReactNode {
  const toast = useToast();
  const { data, error } = useApiData(() => api.journal.get({ id }), [id]);
  const [entry, setEntry] = useState<JournalEntry | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const focusedOnce = useRef(false);
  const autosave = useAutosave<Partial<JournalDraft>>(async (patch) =>
    onSaved(await api.journal.update({ id, patch })),
  );

  useEffect(() => {
    if (data) setEntry((cur) => cur ?? data);
  }, [data]);
  useEffect(() => {
    if (deleteRequested) setConfirmDelete(true);
  }, [deleteRequested]);
  useEffect(() => {
    const title = titleRef.current;
    if (!autoFocus || !entry || !title || focusedOnce.current) return;
    focusedOnce.current = true;
    const text = title.closest('article')?.querySelector<HTMLElement>('.rte-content');
    (entry.title && text ? text : title).focus();
  }, [autoFocus, entry]);
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
  const leaderOptions =
    leaders.some((l) => l.id === entry.leaderId) || !entry.leaderId
      ? leaders
      : [...leaders, { id: entry.leaderId, name: 'A leader no longer listed' } as LeaderSummary];

  return (
    <article className="journal-entry" aria-label="Entry">
      <div className="journal-entry-top">
        <label className="journal-date">
          <span className="visually-hidden">Date</span>
          <input
            type="date"
            className="input"
            value={entry.date}
            required
            onChange={(e) => {
              if (e.target.value) edit({ date: e.target.value });
            }}
          />
        </label>
        <div className="spacer" />
        <SaveIndicator state={autosave.state} error={autosave.error} />
        <IconButton
          label="Delete entry"
          icon={<Trash2 size={16} />}
          onClick={() => setConfirmDelete(true)}
        />
      </div>
      <input
        ref={titleRef}
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
          <select
            className="select"
            value={entry.leaderId ?? ''}
            onChange={(e) => edit({ leaderId: e.target.value || null })}
          >
            <option value="">No one in particular</option>
            {leaderOptions.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <MoodPicker value={entry.mood} onChange={(mood) => edit({ mood })} />
      </div>
      <TagInput tags={entry.tags} known={knownTags} onChange={(tags) => edit({ tags })} />
      <RichEditor
        label="Entry text"
        placeholder="Write freely. Type @ to mention a leader."
        value={entry.body}
        mentionSource={appMentions}
        onChange={(body) => edit({ body })}
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
