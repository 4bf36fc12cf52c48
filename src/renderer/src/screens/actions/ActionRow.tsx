import { useEffect, useState, type ReactNode } from 'react';
import { Ban, Pencil, RotateCcw, Trash2, UserRound } from 'lucide-react';
import type { ActionView } from '../../../../shared/ipc/areas/actions';
import { api, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Badge, IconButton, useToast } from '../../ui';
import { ActionForm } from './ActionForm';
import { ownerLabel } from './ownerLabel';

/**
 * One action item: tick it done, see who owns it and by when (overdue ones stand out),
 * edit, drop or delete it. Every change is saved at once and reported through `onChanged`.
 */
export function ActionRow({
  item,
  leaderName,
  showLeader,
  showSource,
  onChanged,
}: {
  item: ActionView;
  leaderName?: string;
  /** Show which leader the item is with (the global list). */
  showLeader?: boolean;
  /** Link to the 1:1 the item came from. */
  showSource?: boolean;
  onChanged: (item: ActionView | null) => void;
}): ReactNode {
  const { dateFormat } = useSettings();
  const toast = useToast();
  const [editing, setEditing] = useState(false);
  // The box ticks at once; the saved item confirms it (or puts it back) when it arrives.
  const [ticking, setTicking] = useState<boolean | null>(null);
  const done = item.status === 'done';
  useEffect(() => setTicking(null), [item.status]);

  const run = async (
    fn: () => Promise<ActionView | null>,
    message?: string,
    onError?: () => void,
  ): Promise<void> => {
    try {
      onChanged(await fn());
      if (message) toast(message);
    } catch (err) {
      onError?.();
      toast(errorMessage(err), 'error');
    }
  };

  if (editing) {
    return (
      <li className="actions-row is-editing">
        <ActionForm
          initial={item}
          leaderName={leaderName}
          submitLabel="Save"
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (v) => {
            await run(() =>
              api.actions.update({ id: item.id, text: v.text, owner: v.owner, due: v.due ?? null }),
            );
            setEditing(false);
          }}
        />
      </li>
    );
  }

  return (
    <li
      className={`actions-row${item.overdue ? ' is-overdue' : ''}${item.status !== 'open' ? ' is-closed' : ''}`}
    >
      <input
        type="checkbox"
        className="actions-check"
        checked={ticking ?? done}
        disabled={item.status === 'dropped'}
        aria-label={`Done: ${item.text}`}
        onChange={(e) => {
          const on = e.target.checked;
          setTicking(on);
          void run(
            () => api.actions.setStatus({ id: item.id, status: on ? 'done' : 'open' }),
            undefined,
            () => setTicking(null),
          );
        }}
      />
      <div className="actions-main">
        <span className="actions-text">{item.text}</span>
        <span className="actions-meta">
          <span className="actions-owner">
            <UserRound size={12} aria-hidden="true" />
            {ownerLabel(item.owner, leaderName)}
          </span>
          {item.due && (
            <span className={item.overdue ? 'actions-due-late' : undefined}>
              {item.overdue
                ? `Overdue since ${formatDate(item.due, dateFormat)}`
                : `Due ${formatDate(item.due, dateFormat)}`}
            </span>
          )}
          {showSource && item.meetingId ? (
            <Link to={`/meetings/${item.meetingId}`}>
              {leaderName ? `From your 1:1 with ${leaderName}` : 'From a 1:1'}
            </Link>
          ) : (
            showLeader && leaderName && <span>With {leaderName}</span>
          )}
        </span>
      </div>
      {item.overdue && <Badge tone="danger">Overdue</Badge>}
      {item.status === 'dropped' && <Badge>Dropped</Badge>}
      {done && <Badge tone="success">Done</Badge>}
      <div className="actions-buttons">
        {item.status === 'open' ? (
          <>
            <IconButton
              label={`Edit: ${item.text}`}
              icon={<Pencil size={15} />}
              onClick={() => setEditing(true)}
            />
            <IconButton
              label={`Drop: ${item.text}`}
              icon={<Ban size={15} />}
              onClick={() =>
                void run(
                  () => api.actions.setStatus({ id: item.id, status: 'dropped' }),
                  'Action item dropped.',
                )
              }
            />
          </>
        ) : (
          <IconButton
            label={`Reopen: ${item.text}`}
            icon={<RotateCcw size={15} />}
            onClick={() => void run(() => api.actions.setStatus({ id: item.id, status: 'open' }))}
          />
        )}
        <IconButton
          label={`Delete: ${item.text}`}
          icon={<Trash2 size={15} />}
          onClick={() =>
            void run(async () => {
              await api.actions.remove({ id: item.id });
              return null;
            }, 'Action item deleted.')
          }
        />
      </div>
    </li>
  );
}
