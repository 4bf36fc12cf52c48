import { useState, type ReactNode } from 'react';
import { History, NotebookPen, Sparkles } from 'lucide-react';
import type { JournalDraft, ReflectionPrompt } from '../../../../shared/domain/journal';
import type { RichDoc } from '../../../../shared/domain/richtext';
import { api, errorMessage, useApiData } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { Link } from '../../lib/router';
import { useSettings } from '../../lib/settings';
import { Alert, Button } from '../../ui';

/** The body a prompt starts an entry with: each question as a small heading with room to answer. */
export function promptBody(p: ReflectionPrompt): RichDoc {
  return {
    type: 'doc',
    content: p.questions.flatMap((q) => [
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: q }] },
      { type: 'paragraph' },
    ]),
  };
}

/** What the journal shows when no entry is open: start an entry (blank or from a prompt), and "On this day". */
export function StartPanel({
  onCreate,
  leaderId,
  autoFocus,
}: {
  onCreate: (draft: Partial<JournalDraft>) => Promise<void>;
  leaderId?: string;
  autoFocus?: boolean;
}): ReactNode {
  const settings = useSettings();
  const prompts = useApiData(() => api.journal.prompts(), []);
  const onThisDay = useApiData(() => api.journal.onThisDay({}), [], { areas: ['journal'] });
  const [error, setError] = useState<string | null>(null);
  const start = (draft: Partial<JournalDraft>): void => {
    setError(null);
    onCreate({ ...(leaderId ? { leaderId } : {}), ...draft }).catch((e: unknown) =>
      setError(errorMessage(e)),
    );
  };
  const earlier = onThisDay.data ?? [];

  return (
    <div className="journal-start">
      <section className="journal-start-hero" aria-labelledby="journal-start-title">
        <h2 id="journal-start-title">Write about today</h2>
        <p className="muted">
          A private place to think about the people you work for. Only you can read it.
        </p>
        <Button
          variant="primary"
          size="lg"
          icon={<NotebookPen size={16} />}
          autoFocus={autoFocus}
          onClick={() => start({})}
        >
          New blank entry
        </Button>
      </section>
      {error && <Alert tone="danger">{error}</Alert>}
      <section aria-labelledby="journal-otd-title" className="journal-otd">
        <h2 id="journal-otd-title" className="row">
          <History size={16} aria-hidden="true" /> On this day
        </h2>
        {earlier.length === 0 ? (
          <p className="muted">Nothing written on this day in earlier years yet.</p>
        ) : (
          <ul className="journal-otd-list">
            {earlier.map((e) => (
              <li key={e.id}>
                <Link to={`/journal/${e.id}`}>
                  <span className="journal-otd-year">{e.date.slice(0, 4)}</span>
                  <span className="journal-otd-title">{e.title || 'Untitled entry'}</span>
                  <span className="faint journal-otd-date">
                    {formatDate(e.date, settings.dateFormat)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="journal-prompts-title">
        <h2 id="journal-prompts-title" className="row">
          <Sparkles size={16} aria-hidden="true" /> Start from a prompt
        </h2>
        <ul className="journal-prompts">
          {(prompts.data ?? []).map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="journal-prompt"
                onClick={() => start({ title: p.title, tags: p.tags, body: promptBody(p) })}
              >
                <span className="journal-prompt-practice">{p.practice}</span>
                <span className="journal-prompt-title">{p.title}</span>
                <span className="journal-prompt-q">{p.questions[0]}</span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
