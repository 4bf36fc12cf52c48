import type { ReactNode } from 'react';
import type { MeetingView } from '../../../../shared/ipc/areas/meetings';
import { api, errorMessage } from '../../lib/api';
import { useToast } from '../../ui';
import { ActionForm } from '../actions/ActionForm';
import { ActionRow } from '../actions/ActionRow';

/** The action items agreed in this 1:1: what, who, by when. */
export function MeetingActionsCard({
  view,
  inputRef,
  onChanged,
}: {
  view: MeetingView;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
  onChanged: () => void;
}): ReactNode {
  const toast = useToast();
  const m = view.meeting;
  return (
    <section className="card meetings-actions" aria-labelledby="actions-title">
      <div className="card-header">
        <h2 id="actions-title">Action items</h2>
        <span className="spacer" />
        <span className="faint">Every discussion ends with an action, an owner and a date.</span>
      </div>
      <div className="card-body stack">
        {view.actions.length > 0 && (
          <ul className="actions-list is-plain" aria-label="Action items from this 1:1">
            {view.actions.map((a) => (
              <ActionRow key={a.id} item={a} leaderName={view.leaderName} onChanged={onChanged} />
            ))}
          </ul>
        )}
        <ActionForm
          leaderName={view.leaderName}
          submitLabel="Add action item"
          textRef={inputRef}
          onSubmit={async (v) => {
            try {
              await api.actions.create({ ...v, leaderId: m.leaderId, meetingId: m.id });
              onChanged();
            } catch (err) {
              toast(errorMessage(err), 'error');
            }
          }}
        />
      </div>
    </section>
  );
}
