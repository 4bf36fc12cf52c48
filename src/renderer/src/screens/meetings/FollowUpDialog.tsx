import { useState, type ReactNode } from 'react';
import { Copy, FileDown } from 'lucide-react';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Dialog, Spinner, useToast } from '../../ui';

/** The follow-up message of a meeting: decisions and action items with owners and dates, to copy or save as .docx. */
export function FollowUpDialog({
  meetingId,
  onClose,
}: {
  meetingId: string;
  onClose: () => void;
}): ReactNode {
  const toast = useToast();
  const { data, error, loading } = useApiData(
    () => api.meetings.followUpText({ meetingId }),
    [meetingId],
  );
  const [failed, setFailed] = useState<string | null>(null);

  const copy = async (): Promise<void> => {
    if (!data) return;
    try {
      await api.app.copyText({ text: data.text });
      toast('Follow-up copied. Paste it into a message to your leader.');
    } catch (err) {
      setFailed(errorMessage(err));
    }
  };
  const save = async (): Promise<void> => {
    try {
      const { path } = await api.meetings.exportFollowUp({ meetingId });
      if (path) toast(`Saved ${path}`);
    } catch (err) {
      setFailed(errorMessage(err));
    }
  };

  return (
    <Dialog
      open
      wide
      title="Follow-up message"
      onClose={onClose}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
          <Button icon={<FileDown size={15} />} onClick={() => void save()} disabled={!data}>
            Export .docx
          </Button>
          <Button
            variant="primary"
            icon={<Copy size={15} />}
            onClick={() => void copy()}
            disabled={!data}
          >
            Copy
          </Button>
        </>
      }
    >
      <div className="stack">
        <p className="muted">
          What was decided and who does what by when. Send it soon after the 1:1, while it is fresh
          for both of you.
        </p>
        {loading && !data ? (
          <Spinner label="Writing the follow-up" />
        ) : (
          data && (
            <pre className="meetings-followup-text" tabIndex={0} aria-label="Follow-up text">
              {data.text}
            </pre>
          )
        )}
        {(error || failed) && <Alert tone="danger">{error ?? failed}</Alert>}
      </div>
    </Dialog>
  );
}
