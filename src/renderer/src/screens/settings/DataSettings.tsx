import { useEffect, useState, type ReactNode } from 'react';
import type { ImportReport } from '../../../../shared/ipc/areas/data';
import { api, errorMessage } from '../../lib/api';
import { useRoute } from '../../lib/router';
import { Alert, Button, Card, Checkbox, Dialog } from '../../ui';

type Outcome = { tone: 'info' | 'danger'; lines: string[] } | null;

/** The `?data=` values the palette uses to start one of this card's actions. */
export type DataAction = 'export' | 'import-open' | 'import-dayone' | 'import-markdown';

function describe(report: ImportReport, what: string): string[] {
  const head =
    report.imported === 0
      ? `Nothing came in from ${what}.`
      : `${report.imported} ${report.imported === 1 ? 'record' : 'records'} came in from ${what}.`;
  return [head, ...report.leftOut];
}

function entriesLine(report: ImportReport, what: string): string[] {
  const n = report.imported;
  return [`${n} journal ${n === 1 ? 'entry' : 'entries'} came in from ${what}.`, ...report.leftOut];
}

/** "Your data": the open (unencrypted) export, and bringing data in from it and from other apps. */
export function DataSettings(): ReactNode {
  const { path, navigate } = useRoute();
  const [confirming, setConfirming] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const run = async (fn: () => Promise<string[] | null>): Promise<void> => {
    setBusy(true);
    try {
      const lines = await fn();
      if (lines) setOutcome({ tone: 'info', lines });
    } catch (err) {
      setOutcome({ tone: 'danger', lines: [errorMessage(err)] });
    } finally {
      setBusy(false);
    }
  };

  const importOpen = (): Promise<void> =>
    run(async () => {
      const r = await api.data.importOpen();
      return r.chosen ? describe(r, 'the open export') : null;
    });
  const importDayOne = (): Promise<void> =>
    run(async () => {
      const r = await api.data.importDayOne();
      return r.chosen ? entriesLine(r, 'Day One') : null;
    });
  const importMarkdown = (): Promise<void> =>
    run(async () => {
      const r = await api.data.importMarkdownFolder();
      return r.chosen ? entriesLine(r, 'the Markdown notes') : null;
    });

  // The palette opens Settings with `?data=<action>` to start one of these.
  const requested = /[?&]data=([a-z-]+)/.exec(path)?.[1] as DataAction | undefined;
  useEffect(() => {
    if (!requested) return;
    navigate('/settings');
    if (requested === 'export') setConfirming(true);
    else if (requested === 'import-open') void importOpen();
    else if (requested === 'import-dayone') void importDayOne();
    else if (requested === 'import-markdown') void importMarkdown();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs once per request in the address
  }, [requested]);

  const closeExport = (): void => {
    setConfirming(false);
    setUnderstood(false);
  };

  return (
    <Card title="Your data" className="span-all">
      <div className="stack">
        <p className="muted">
          Take everything out in an open format any Markdown app reads, or bring entries in from
          another journal.
        </p>
        <div className="row wrap">
          <Button onClick={() => setConfirming(true)} disabled={busy}>
            Export everything (not encrypted)…
          </Button>
          <Button onClick={() => void importOpen()} disabled={busy}>
            Import an open export…
          </Button>
          <Button onClick={() => void importDayOne()} disabled={busy}>
            Import from Day One…
          </Button>
          <Button onClick={() => void importMarkdown()} disabled={busy}>
            Import Markdown notes…
          </Button>
        </div>
        {outcome && (
          <div data-testid="data-outcome">
            <Alert tone={outcome.tone}>
              {outcome.lines.map((line) => (
                <p key={line}>{line}</p>
              ))}
            </Alert>
          </div>
        )}
      </div>
      <Dialog
        open={confirming}
        title="Export everything, not encrypted"
        onClose={closeExport}
        footer={
          <div className="row">
            <span className="spacer" />
            <Button onClick={closeExport}>Cancel</Button>
            <Button
              variant="primary"
              disabled={!understood || busy}
              onClick={() => {
                closeExport();
                void run(async () => {
                  const r = await api.data.exportOpen({ understood: true });
                  return r.path
                    ? [
                        `Everything was saved, not encrypted, to ${r.path}.`,
                        'Keep it somewhere safe and delete it when you no longer need it.',
                      ]
                    : null;
                });
              }}
            >
              Export…
            </Button>
          </div>
        }
      >
        <div className="stack">
          <Alert tone="warning">
            This copy is <strong>not encrypted</strong>. Anyone who can open the file can read your
            journal, your notes about each leader and your private prep notes.
          </Alert>
          <p>
            You get a zip with one Markdown file per journal entry, leader profile and 1:1, and JSON
            files holding every field, which Upward can import again into a new vault.
          </p>
          <Checkbox
            label="I understand that this copy is not encrypted"
            checked={understood}
            onChange={setUnderstood}
          />
        </div>
      </Dialog>
    </Card>
  );
}
