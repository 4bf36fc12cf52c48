import { useEffect, useId, useState, type ReactNode } from 'react';
import type { GoodwillCategory, LedgerKind, LedgerLine } from '../../../../shared/domain/goodwill';
import type { LeaderBalance } from '../../../../shared/domain/goodwill';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useSettings } from '../../lib/settings';
import { Button, Dialog, SentenceField } from '../../ui';
import { Select } from '../../ui/Select';
import { todayIso } from './goodwillText';
import { DateField } from '../../ui/DateField';

const POINTS = [1, 2, 3, 4, 5] as const;
const POINT_HINT: Record<number, string> = {
  1: 'A small thing',
  2: 'Noticed',
  3: 'Clearly felt',
  4: 'A big one',
  5: 'Remembered for months',
};

interface LinkOption {
  value: string;
  label: string;
}

/** Loads the leader's recent 1:1s and journal entries, for the optional link of a line. */
function useLinkOptions(leaderId: string): { meetings: LinkOption[]; entries: LinkOption[] } {
  const { dateFormat } = useSettings();
  const [options, setOptions] = useState<{ meetings: LinkOption[]; entries: LinkOption[] }>({
    meetings: [],
    entries: [],
  });
  useEffect(() => {
    let live = true;
    if (!leaderId) return;
    void Promise.all([
      api.meetings.history({ leaderId, limit: 30 }).catch(() => []),
      api.journal
        .list({ leaderId })
        .then((r) => r.entries.slice(0, 40))
        .catch(() => []),
    ]).then(([meetings, entries]) => {
      if (!live) return;
      setOptions({
        meetings: meetings.map((m) => ({
          value: m.id,
          label: `${formatDate(m.start.slice(0, 10), dateFormat)} · ${m.title}`,
        })),
        entries: entries.map((e) => ({
          value: e.id,
          label: `${formatDate(e.date, dateFormat)} · ${e.title || e.excerpt.slice(0, 50) || 'Untitled entry'}`,
        })),
      });
    });
    return () => {
      live = false;
    };
  }, [leaderId, dateFormat]);
  return options;
}

/** The options, with the current value kept even when it is older than what was loaded. */
function keep(options: LinkOption[], value: string, label: string): LinkOption[] {
  return value && !options.some((o) => o.value === value)
    ? [{ value, label }, ...options]
    : options;
}

/** Adds or edits one ledger line: kind, leader, date, points, category, note and an optional link. */
export function EntryDialog({
  initialKind,
  initialLeaderId,
  editing,
  leaders,
  categories,
  onClose,
  onSaved,
}: {
  initialKind: LedgerKind;
  initialLeaderId: string;
  editing: LedgerLine | null;
  leaders: LeaderBalance[];
  categories: GoodwillCategory[];
  onClose: () => void;
  onSaved: () => void;
}): ReactNode {
  const [kind, setKind] = useState<LedgerKind>(editing?.kind ?? initialKind);
  const [leaderId, setLeaderId] = useState(editing?.leaderId ?? initialLeaderId);
  const [date, setDate] = useState(editing?.date ?? todayIso());
  const [points, setPoints] = useState<number>(editing?.points ?? 1);
  const usable = (k: LedgerKind): GoodwillCategory[] =>
    categories.filter((c) => c.kind === k && (!c.archived || c.id === editing?.categoryId));
  const [categoryId, setCategoryId] = useState(editing?.categoryId ?? usable(kind)[0]?.id ?? '');
  const [note, setNote] = useState(editing?.note ?? '');
  const [meetingId, setMeetingId] = useState(editing?.meetingId ?? '');
  const [journalEntryId, setJournalEntryId] = useState(editing?.journalEntryId ?? '');
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const links = useLinkOptions(leaderId);
  const groupId = useId();

  const switchKind = (k: LedgerKind): void => {
    setKind(k);
    if (!usable(k).some((c) => c.id === categoryId)) setCategoryId(usable(k)[0]?.id ?? '');
  };

  const save = async (): Promise<void> => {
    if (!date) return setDateError('Choose the day it happened: day, month and year.');
    if (!categoryId) return setError('Pick a category.');
    setBusy(true);
    const fields = {
      leaderId,
      date,
      kind,
      points,
      categoryId,
      note: note.trim(),
      meetingId: meetingId || null,
      journalEntryId: journalEntryId || null,
    };
    try {
      if (editing) await api.goodwill.update({ id: editing.id, patch: fields });
      else await api.goodwill.add(fields);
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const title = editing
    ? 'Edit ledger line'
    : kind === 'deposit'
      ? 'Record a deposit'
      : 'Record a withdrawal';
  return (
    <Dialog
      open
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="goodwill-entry-form" disabled={busy}>
            {editing ? 'Save changes' : kind === 'deposit' ? 'Record deposit' : 'Record withdrawal'}
          </Button>
        </>
      }
    >
      <form
        id="goodwill-entry-form"
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="goodwill-segmented">
          <legend className="field-label">Kind</legend>
          {(['deposit', 'withdrawal'] as const).map((k) => (
            <label key={k} className={`goodwill-segment${kind === k ? ' is-on' : ''}`}>
              <input
                type="radio"
                name={`${groupId}-kind`}
                value={k}
                checked={kind === k}
                onChange={() => switchKind(k)}
              />
              {k === 'deposit' ? 'Deposit' : 'Withdrawal'}
            </label>
          ))}
        </fieldset>
        <div className="goodwill-two">
          <Select
            label="Leader"
            value={leaderId}
            options={leaders.map((l) => ({ value: l.leaderId, label: l.leaderName }))}
            onValueChange={(v) => setLeaderId(v)}
          />
          <DateField
            label="Date"
            value={date}
            max={todayIso()}
            required
            error={dateError}
            onChange={(d) => {
              setDate(d);
              if (d) setDateError(null);
            }}
          />
        </div>
        <fieldset className="goodwill-points-picker">
          <legend className="field-label">Points</legend>
          <div className="row">
            {POINTS.map((p) => (
              <label
                key={p}
                className={`goodwill-point${points === p ? ' is-on' : ''}`}
                title={POINT_HINT[p]}
              >
                <input
                  type="radio"
                  name={`${groupId}-points`}
                  value={p}
                  checked={points === p}
                  onChange={() => setPoints(p)}
                />
                {p}
              </label>
            ))}
            <span className="field-hint">{POINT_HINT[points]}</span>
          </div>
        </fieldset>
        <Select
          label="Category"
          value={categoryId}
          options={usable(kind).map((c) => ({
            value: c.id,
            label: c.archived ? `${c.name} (archived)` : c.name,
          }))}
          onValueChange={(v) => setCategoryId(v)}
        />
        <SentenceField
          label="Note"
          placeholder="What happened, in a few words"
          maxLength={500}
          value={note}
          error={error}
          onChange={(e) => {
            setNote(e.target.value);
            setError(null);
          }}
        />
        <div className="goodwill-two">
          <Select
            label="Linked 1:1 (optional)"
            value={meetingId}
            options={[
              { value: '', label: 'None' },
              ...keep(links.meetings, meetingId, 'An earlier 1:1'),
            ]}
            onValueChange={(v) => setMeetingId(v)}
          />
          <Select
            label="Linked journal entry (optional)"
            value={journalEntryId}
            options={[
              { value: '', label: 'None' },
              ...keep(links.entries, journalEntryId, 'An earlier entry'),
            ]}
            onValueChange={(v) => setJournalEntryId(v)}
          />
        </div>
      </form>
    </Dialog>
  );
}
