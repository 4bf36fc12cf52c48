import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { ActionOwner } from '../../../../shared/domain/meeting';
import type { ActionDraft } from '../../../../shared/ipc/areas/actions';
import { Button, SentenceInput } from '../../ui';
import { DateField } from '../../ui/DateField';
import { SelectControl } from '../../ui/Select';

/** The fields of an action item being written. */
export interface ActionFormValue {
  text: string;
  owner: ActionOwner;
  due: string | null;
  leaderId: string | null;
}

/**
 * Writes or edits an action item: what, who owns it, by when. Owner is me, the leader of
 * the 1:1, or someone named. `leaders` adds a leader picker (the global list).
 */
export function ActionForm({
  initial,
  leaderName,
  leaders,
  submitLabel,
  onSubmit,
  onCancel,
  autoFocus,
  textRef,
}: {
  initial?: Partial<ActionFormValue>;
  leaderName?: string;
  leaders?: { id: string; name: string }[];
  submitLabel: string;
  onSubmit: (value: Omit<ActionDraft, 'meetingId'>) => Promise<void>;
  onCancel?: () => void;
  autoFocus?: boolean;
  /** Lets a parent focus the text field (e.g. from the command palette). */
  textRef?: React.RefObject<HTMLTextAreaElement | null>;
}): ReactNode {
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [ownerKind, setOwnerKind] = useState<ActionOwner['kind']>(initial?.owner?.kind ?? 'me');
  const [ownerName, setOwnerName] = useState(
    initial?.owner?.kind === 'other' ? initial.owner.name : '',
  );
  const [due, setDue] = useState(initial?.due ?? '');
  const [leaderId, setLeaderId] = useState(initial?.leaderId ?? '');
  const [busy, setBusy] = useState(false);
  const currentLeader = leaders?.find((l) => l.id === leaderId)?.name ?? leaderName;

  const submit = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!text.trim() || (ownerKind === 'other' && !ownerName.trim())) return;
    const owner: ActionOwner =
      ownerKind === 'other' ? { kind: 'other', name: ownerName.trim() } : { kind: ownerKind };
    setBusy(true);
    try {
      await onSubmit({
        text: text.trim(),
        owner,
        due: due || null,
        ...(leaders ? { leaderId: leaderId || null } : {}),
      });
      if (!initial?.text) {
        setText('');
        setDue('');
        setOwnerKind('me');
        setOwnerName('');
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="actions-form" onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      <div className="actions-form-text">
        <label htmlFor={`${id}-text`} className="visually-hidden">
          Action item
        </label>
        <SentenceInput
          id={`${id}-text`}
          ref={textRef}
          className="input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="What needs doing?"
          maxLength={500}
          autoFocus={autoFocus}
        />
      </div>
      {leaders && (
        <div className="actions-form-field">
          <label htmlFor={`${id}-leader`}>With</label>
          <SelectControl
            id={`${id}-leader`}
            value={leaderId}
            onValueChange={(v) => setLeaderId(v)}
            options={[
              { value: '', label: 'No leader' },
              ...leaders.map((l) => ({ value: l.id, label: l.name })),
            ]}
          />
        </div>
      )}
      <div className="actions-form-field">
        <label htmlFor={`${id}-owner`}>Owner</label>
        <SelectControl
          id={`${id}-owner`}
          value={ownerKind}
          onValueChange={(v) => setOwnerKind(v as ActionOwner['kind'])}
          options={[
            { value: 'me', label: 'Me' },
            ...(currentLeader || !leaders
              ? [{ value: 'leader', label: currentLeader ?? 'The leader' }]
              : []),
            { value: 'other', label: 'Someone else…' },
          ]}
        />
      </div>
      {ownerKind === 'other' && (
        <div className="actions-form-field">
          <label htmlFor={`${id}-name`}>Name</label>
          <input
            id={`${id}-name`}
            className="input"
            value={ownerName}
            onChange={(e) => setOwnerName(e.target.value)}
            maxLength={120}
            required
          />
        </div>
      )}
      <DateField className="actions-form-field" label="Due" value={due} onChange={setDue} />
      <div className="row actions-form-buttons">
        <Button type="submit" variant="primary" disabled={busy || !text.trim()}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
