import { useState, type FormEvent, type ReactNode } from 'react';
import {
  REVIEW_THEME_LABELS,
  ReviewTheme,
  type ReviewLine,
  type ReviewScope,
} from '../../../../shared/ipc/areas/review';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Link } from '../../lib/router';
import { Alert, Badge, Button, Card, EmptyState, PageHeader, useToast } from '../../ui';
import { SelectControl } from '../../ui/Select';
import './review.css';
import { DateField } from '../../ui/DateField';

/** A line of the draft as the user edits it. */
interface DraftLine {
  key: string;
  theme: ReviewTheme;
  text: string;
  include: boolean;
  private: boolean;
  source: ReviewLine['source'] | null;
}

interface Draft {
  scope: ReviewScope;
  lines: DraftLine[];
}

const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

function lastTwelveMonths(): { from: string; to: string } {
  const to = new Date();
  const from = new Date(to);
  from.setFullYear(to.getFullYear() - 1);
  from.setDate(from.getDate() + 1);
  return { from: isoDay(from), to: isoDay(to) };
}

/** The draft survives a visit to another screen (kept in memory only, never on disk unencrypted). */
let kept: Draft | null = null;

/** Review season: a period's evidence gathered into an editable draft, saved as a document. */
export function ReviewScreen(): ReactNode {
  const { data: leaders } = useApiData(() => api.leaders.list({ includeArchived: false }), [], {
    areas: ['leaders'],
  });
  const toast = useToast();
  const [scope, setScope] = useState<ReviewScope>(
    () => kept?.scope ?? { ...lastTwelveMonths(), leaderId: null },
  );
  const [draft, setDraftState] = useState<Draft | null>(kept);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const setDraft = (next: Draft | null): void => {
    kept = next;
    setDraftState(next);
  };
  const edit = (key: string, patch: Partial<DraftLine>): void => {
    if (!draft) return;
    setDraft({ ...draft, lines: draft.lines.map((l) => (l.key === key ? { ...l, ...patch } : l)) });
  };

  const gather = async (e: FormEvent): Promise<void> => {
    e.preventDefault();
    if (!scope.from || !scope.to)
      return setError('Choose the first and the last day of the period: day, month and year.');
    if (scope.from > scope.to) return setError('The period ends before it starts.');
    setBusy(true);
    try {
      const { lines } = await api.review.draft(scope);
      setDraft({
        scope,
        lines: lines.map((l) => ({ ...l, include: !l.private })),
      });
      setError(null);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const addLine = (theme: ReviewTheme): void => {
    if (!draft) return;
    const key = `own:${Date.now()}:${Math.random()}`;
    setDraft({
      ...draft,
      lines: [
        ...draft.lines,
        { key, theme, text: '', include: true, private: false, source: null },
      ],
    });
    requestAnimationFrame(() => document.getElementById(`review-line-${key}`)?.focus());
  };

  const save = async (): Promise<void> => {
    if (!draft) return;
    const lines = draft.lines
      .filter((l) => l.include && l.text.trim())
      .map((l) => ({ theme: l.theme, text: l.text.trim() }));
    try {
      const r = await api.review.exportDocx({ ...draft.scope, lines });
      if (r.path) toast(`Review saved to ${r.path}`);
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const included = draft?.lines.filter((l) => l.include && l.text.trim()).length ?? 0;
  return (
    <div className="page review">
      <PageHeader
        title="Review"
        subtitle="Gather a period's evidence for a review or a promotion case, edit it, and save it as a document."
      />
      <Card title="Period and leader">
        <form className="review-scope" onSubmit={(e) => void gather(e)}>
          <DateField
            label="From"
            value={scope.from}
            required
            onChange={(from) => setScope({ ...scope, from })}
          />
          <DateField
            label="To"
            value={scope.to}
            required
            onChange={(to) => setScope({ ...scope, to })}
          />
          <label className="field">
            <span className="field-label">Leader</span>
            <SelectControl
              value={scope.leaderId ?? ''}
              onValueChange={(v) => setScope({ ...scope, leaderId: v || null })}
              options={[
                { value: '', label: 'All leaders' },
                ...(leaders ?? []).map((l) => ({ value: l.id, label: l.name })),
              ]}
            />
          </label>
          <Button type="submit" variant="primary" disabled={busy}>
            {draft ? 'Gather again' : 'Gather evidence'}
          </Button>
        </form>
        {error && <Alert tone="danger">{error}</Alert>}
      </Card>
      {draft && draft.lines.length === 0 && (
        <EmptyState title="Nothing in this period yet">
          Tag journal entries as #win or #feedback, record deposits in the goodwill bank and close
          your action items: they show up here.
        </EmptyState>
      )}
      {draft && draft.lines.length > 0 && (
        <>
          <p className="muted review-hint">
            Lines from private records (your journal, goodwill notes) start unticked: tick the ones
            you want in the document. Only ticked lines are saved, as you edit them.
          </p>
          {ReviewTheme.options.map((theme) => {
            const lines = draft.lines.filter((l) => l.theme === theme);
            return (
              <section key={theme} className="review-theme" aria-labelledby={`theme-${theme}`}>
                <h2 id={`theme-${theme}`}>{REVIEW_THEME_LABELS[theme]}</h2>
                {lines.length === 0 && <p className="muted">Nothing in this period.</p>}
                <ul className="list review-lines">
                  {lines.map((l) => (
                    <li key={l.key} className="review-line">
                      <input
                        type="checkbox"
                        checked={l.include}
                        aria-label={`Include: ${l.text || 'new line'}`}
                        onChange={(e) => edit(l.key, { include: e.target.checked })}
                      />
                      <div className="review-line-body">
                        <textarea
                          id={`review-line-${l.key}`}
                          className="input review-line-text"
                          rows={Math.max(1, Math.ceil(l.text.length / 90))}
                          value={l.text}
                          aria-label="Line of evidence"
                          onChange={(e) => edit(l.key, { text: e.target.value })}
                        />
                        <div className="review-line-meta">
                          {l.source ? (
                            <Link to={l.source.route} className="review-source">
                              {l.source.label}
                            </Link>
                          ) : (
                            <span className="muted">Your own line</span>
                          )}
                          {l.private && <Badge tone="private">Private source</Badge>}
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
                <Button size="sm" onClick={() => addLine(theme)}>
                  Add a line
                </Button>
              </section>
            );
          })}
          <div className="row review-actions">
            <span className="muted">
              {included} {included === 1 ? 'line' : 'lines'} will go into the document.
            </span>
            <span className="spacer" />
            <Button variant="primary" onClick={() => void save()} disabled={included === 0}>
              Save as Word document…
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
