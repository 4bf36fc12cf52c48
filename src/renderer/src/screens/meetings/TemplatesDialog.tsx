import { useEffect, useState, type ReactNode } from 'react';
import { ArrowDown, ArrowUp, Plus, Trash2 } from 'lucide-react';
import type {
  AgendaTemplate,
  SectionKind,
  TemplateSection,
} from '../../../../shared/domain/meeting';
import { api, errorMessage, useApiData } from '../../lib/api';
import { Alert, Button, Dialog, IconButton, Spinner, TextField, useToast } from '../../ui';
import { SelectControl } from '../../ui/Select';

const KINDS: { value: SectionKind; label: string }[] = [
  { value: 'followups', label: 'Follow-ups' },
  { value: 'updates', label: 'Updates' },
  { value: 'wins', label: 'Wins' },
  { value: 'asks', label: 'Asks & decisions' },
  { value: 'feedback', label: 'Feedback for me' },
  { value: 'help', label: 'Helping them' },
  { value: 'thanks', label: 'Thanks' },
  { value: 'other', label: 'Something else' },
];

type Draft = { id?: string; title: string; prompt: string; kind: SectionKind };

/** Edits the agenda templates: their sections, what each is for, and the prompt it shows. New meetings start from them. */
export function TemplatesDialog({ onClose }: { onClose: () => void }): ReactNode {
  const toast = useToast();
  const list = useApiData(() => api.meetings.listTemplates(), []);
  const [selected, setSelected] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [sections, setSections] = useState<Draft[]>([]);
  const [error, setError] = useState<string | null>(null);
  const templates = list.data ?? [];
  const current = templates.find((t) => t.id === selected) ?? templates[0];

  useEffect(() => {
    if (!current) return;
    setName(current.name);
    setSections(current.sections.map((s: TemplateSection) => ({ ...s })));
    setError(null);
  }, [current]);

  const update = (i: number, patch: Partial<Draft>): void =>
    setSections((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number): void =>
    setSections((all) => {
      const next = [...all];
      const [s] = next.splice(i, 1);
      next.splice(Math.max(0, Math.min(next.length, i + by)), 0, s);
      return next;
    });

  const run = async (fn: () => Promise<AgendaTemplate | null>, message: string): Promise<void> => {
    try {
      const saved = await fn();
      list.reload();
      if (saved) setSelected(saved.id);
      toast(message);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const clean = (): Draft[] =>
    sections
      .filter((s) => s.title.trim())
      .map((s) => ({ ...s, title: s.title.trim(), prompt: s.prompt.trim() }));

  return (
    <Dialog
      open
      wide
      title="Agenda templates"
      onClose={onClose}
      footer={
        <>
          {current && templates.length > 1 && (
            <Button
              variant="danger"
              onClick={() =>
                void run(async () => {
                  await api.meetings.deleteTemplate({ id: current.id });
                  setSelected(null);
                  return null;
                }, 'Template deleted.')
              }
            >
              Delete template
            </Button>
          )}
          <span className="spacer" />
          <Button
            onClick={() =>
              void run(
                () =>
                  api.meetings.createTemplate({
                    name: `${name || 'New'} (copy)`,
                    sections: clean().map((s) => ({
                      title: s.title,
                      prompt: s.prompt,
                      kind: s.kind,
                    })),
                  }),
                'Template copied.',
              )
            }
          >
            Duplicate
          </Button>
          <Button
            variant="primary"
            disabled={!current}
            onClick={() =>
              current &&
              void run(
                () =>
                  api.meetings.updateTemplate({
                    id: current.id,
                    name: name.trim(),
                    sections: clean(),
                  }),
                'Template saved. New meetings will use it.',
              )
            }
          >
            Save
          </Button>
        </>
      }
    >
      {list.loading && !list.data ? (
        <Spinner label="Loading templates" />
      ) : (
        <div className="meetings-templates">
          <nav aria-label="Templates">
            <ul className="meetings-template-list">
              {templates.map((t) => (
                <li key={t.id}>
                  <button
                    type="button"
                    aria-current={t.id === current?.id ? 'true' : undefined}
                    onClick={() => setSelected(t.id)}
                  >
                    {t.name}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="stack">
            <TextField
              label="Template name"
              value={name}
              onChange={(e) => setName(e.target.value)}
              maxLength={200}
            />
            <ol className="meetings-template-sections">
              {sections.map((s, i) => (
                <li key={s.id ?? `new-${i}`} className="meetings-template-section">
                  <div className="meetings-form-row">
                    <TextField
                      label={`Section ${i + 1}`}
                      value={s.title}
                      onChange={(e) => update(i, { title: e.target.value })}
                      maxLength={120}
                    />
                    <div className="field">
                      <label className="field-label" htmlFor={`kind-${i}`}>
                        Used for
                      </label>
                      <SelectControl
                        id={`kind-${i}`}
                        value={s.kind}
                        onValueChange={(v) => update(i, { kind: v as SectionKind })}
                        options={KINDS}
                      />
                    </div>
                    <div className="row meetings-template-tools">
                      <IconButton
                        label={`Move ${s.title || 'section'} up`}
                        icon={<ArrowUp size={15} />}
                        disabled={i === 0}
                        onClick={() => move(i, -1)}
                      />
                      <IconButton
                        label={`Move ${s.title || 'section'} down`}
                        icon={<ArrowDown size={15} />}
                        disabled={i === sections.length - 1}
                        onClick={() => move(i, 1)}
                      />
                      <IconButton
                        label={`Remove ${s.title || 'section'}`}
                        icon={<Trash2 size={15} />}
                        disabled={sections.length === 1}
                        onClick={() => setSections((all) => all.filter((_, j) => j !== i))}
                      />
                    </div>
                  </div>
                  <TextField
                    label="Prompt"
                    hideLabel
                    placeholder="A line that helps you fill this section"
                    value={s.prompt}
                    onChange={(e) => update(i, { prompt: e.target.value })}
                    maxLength={300}
                  />
                </li>
              ))}
            </ol>
            <Button
              icon={<Plus size={15} />}
              onClick={() =>
                setSections((all) => [...all, { title: '', prompt: '', kind: 'other' }])
              }
              disabled={sections.length >= 20}
            >
              Add a section
            </Button>
            <p className="faint">
              Changes shape the agendas of meetings you open from now on; agendas already started
              keep their sections.
            </p>
            {error && <Alert tone="danger">{error}</Alert>}
          </div>
        </div>
      )}
    </Dialog>
  );
}
