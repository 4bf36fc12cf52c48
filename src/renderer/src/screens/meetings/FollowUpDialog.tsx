import { useState, type ReactNode } from 'react';
import { Copy, FileDown, Mail } from 'lucide-react';
import { FOLLOW_UP_SECTIONS } from '../../../../shared/domain/exportSections';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Dialog, SectionPicker, Spinner, useSectionChoice } from '../../ui';
import { SavedFileNotice } from '../../ui/SavedFileNotice';

/**
 * The follow-up message of a meeting: what was discussed and decided, and who does what by
 * when; meeting notes only when ticked. Copy it, save it as .docx, or open it in the mail app.
 */
export function FollowUpDialog({
  meetingId,
  onClose,
}: {
  meetingId: string;
  onClose: () => void;
}): ReactNode {
  const [sections, toggle] = useSectionChoice(FOLLOW_UP_SECTIONS);
  const { data, error, loading } = useApiData(
    () => api.meetings.followUpText({ meetingId, sections }),
    [meetingId, sections.join(',')],
  );
  const [status, setStatus] = useState<string | null>(null);
  const [savedPath, setSavedPath] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const attempt = async (fn: () => Promise<void>): Promise<void> => {
    setFailed(null);
    setStatus(null);
    setSavedPath(null);
    try {
      await fn();
    } catch (err) {
      setFailed(errorMessage(err));
    }
  };
  const copy = (): Promise<void> =>
    attempt(async () => {
      if (!data) return;
      await api.app.copyText({ text: data.text });
      setStatus('Follow-up copied. Paste it into a message to your leader.');
    });
  const mail = (): Promise<void> =>
    attempt(async () => {
      if (!data) return;
      const { done } = await api.app.openMail({ subject: data.subject, body: data.body });
      setStatus(
        done
          ? 'Opened in your mail app. Add your leader as the recipient and send it.'
          : 'The mail app could not be opened. Copy the text instead.',
      );
    });
  const save = (): Promise<void> =>
    attempt(async () => {
      const { path } = await api.meetings.exportFollowUp({ meetingId, sections });
      if (path) setSavedPath(path);
    });

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
            Save .docx
          </Button>
          <Button icon={<Mail size={15} />} onClick={() => void mail()} disabled={!data}>
            Open in mail app
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
          What was discussed and decided, and who does what by when. Send it soon after the 1:1,
          while it is fresh for both of you.
        </p>
        <SectionPicker
          legend="Put in the message"
          sections={FOLLOW_UP_SECTIONS}
          chosen={sections}
          onToggle={toggle}
        />
        {loading && !data ? (
          <Spinner label="Writing the follow-up" />
        ) : (
          data && (
            <pre className="meetings-followup-text" tabIndex={0} aria-label="Follow-up text">
              {data.text}
            </pre>
          )
        )}
        <div role="status" aria-live="polite">
          {status && <Alert tone="info">{status}</Alert>}
          {savedPath && <SavedFileNotice path={savedPath} />}
        </div>
        {(error || failed) && <Alert tone="danger">{error ?? failed}</Alert>}
      </div>
    </Dialog>
  );
}
