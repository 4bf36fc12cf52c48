import { useState, type ReactNode } from 'react';
import { Lightbulb } from 'lucide-react';
import type { PrepSuggestion, SectionKind } from '../../../../shared/domain/meeting';
import { Badge, Button, Spinner } from '../../ui';

const SECTION_LABELS: Record<SectionKind, string> = {
  followups: 'Follow-ups',
  updates: 'Updates',
  wins: 'Wins',
  asks: 'Asks & decisions',
  feedback: 'Feedback',
  help: 'Helping them',
  thanks: 'Thanks',
  other: 'Agenda',
};

/** The prep assistant: proposals from open actions, wins, goals and past 1:1s, each with its reason; add or dismiss. */
export function PrepPanel({
  suggestions,
  loading,
  onAccept,
  onDismiss,
}: {
  suggestions: PrepSuggestion[] | undefined;
  loading: boolean;
  onAccept: (s: PrepSuggestion) => Promise<void>;
  onDismiss: (s: PrepSuggestion) => Promise<void>;
}): ReactNode {
  const [busy, setBusy] = useState<string | null>(null);
  const act = async (
    s: PrepSuggestion,
    fn: (s: PrepSuggestion) => Promise<void>,
  ): Promise<void> => {
    setBusy(s.id);
    try {
      await fn(s);
    } finally {
      setBusy(null);
    }
  };
  return (
    <section className="card meetings-prep" aria-labelledby="prep-title">
      <div className="card-header">
        <Lightbulb size={16} aria-hidden="true" className="meetings-prep-icon" />
        <h2 id="prep-title">Prep assistant</h2>
        {suggestions && suggestions.length > 0 && <Badge tone="accent">{suggestions.length}</Badge>}
      </div>
      <div className="card-body">
        {loading && !suggestions ? (
          <Spinner label="Looking for things to raise" />
        ) : !suggestions || suggestions.length === 0 ? (
          <p className="muted">
            Nothing to add right now. Open actions, wins from your journal, their goals and past
            agendas are checked each time you open this 1:1.
          </p>
        ) : (
          <ul className="meetings-suggestions" aria-label="Suggestions">
            {suggestions.map((s) => (
              <li key={s.id} className={`meetings-suggestion${s.advisory ? ' is-advisory' : ''}`}>
                <span className="meetings-suggestion-section">{SECTION_LABELS[s.section]}</span>
                <p className="meetings-suggestion-text">{s.text}</p>
                <p className="meetings-suggestion-reason">
                  <span className="visually-hidden">Why: </span>
                  {s.reason}
                </p>
                <div className="row">
                  {!s.advisory && (
                    <Button
                      size="sm"
                      variant="primary"
                      disabled={busy === s.id}
                      onClick={() => void act(s, onAccept)}
                      aria-label={`Add to agenda: ${s.text}`}
                    >
                      Add to agenda
                    </Button>
                  )}
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy === s.id}
                    onClick={() => void act(s, onDismiss)}
                    aria-label={`Dismiss: ${s.text}`}
                  >
                    {s.advisory ? 'Got it' : 'Dismiss'}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
