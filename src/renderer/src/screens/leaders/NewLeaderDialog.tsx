import { useState, type ReactNode } from 'react';
import { RELATIONSHIP_LABELS, Relationship } from '../../../../shared/domain/leader';
import { api, errorMessage } from '../../lib/api';
import { Button, Dialog, TextField } from '../../ui';
import { DateField } from '../../ui/DateField';
import { Select } from '../../ui/Select';

const RELATIONSHIPS = Relationship.options.map((r) => ({
  value: r,
  label: RELATIONSHIP_LABELS[r],
}));

/** Asks for the few facts a new leader starts with; the rest is filled in on the profile. */
export function NewLeaderDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}): ReactNode {
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [relationship, setRelationship] = useState<Relationship>('manager');
  const [since, setSince] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const create = async (): Promise<void> => {
    if (!name.trim()) {
      setError('Give this leader a name.');
      return;
    }
    setBusy(true);
    try {
      const leader = await api.leaders.create({ name, role, relationship, since: since || null });
      onCreated(leader.id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      open={open}
      title="New leader"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="new-leader-form" disabled={busy}>
            Create leader
          </Button>
        </>
      }
    >
      <form
        id="new-leader-form"
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <TextField
          label="Name"
          value={name}
          autoFocus
          error={error}
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
        />
        <TextField
          label="Role"
          placeholder="e.g. VP Engineering"
          value={role}
          onChange={(e) => setRole(e.target.value)}
        />
        <div className="leaders-two">
          <Select
            label="Relationship"
            value={relationship}
            options={RELATIONSHIPS}
            onValueChange={(v) => setRelationship(v as Relationship)}
          />
          <DateField label="Working together since" value={since} onChange={setSince} />
        </div>
      </form>
    </Dialog>
  );
}
