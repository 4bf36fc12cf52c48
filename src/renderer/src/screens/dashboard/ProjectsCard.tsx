import { useState, type ReactNode } from 'react';
import { Archive, FolderKanban, Trash2 } from 'lucide-react';
import {
  PROJECT_STATUS_LABELS,
  ProjectStatus,
  type Project,
} from '../../../../shared/domain/dashboard';
import { api, errorMessage } from '../../lib/api';
import { Badge, Card, IconButton, SentenceInput, useToast } from '../../ui';
import { SelectControl } from '../../ui/Select';
import { AddByNameForm } from './AddByNameForm';

const STATUSES = ProjectStatus.options;

/** A text that saves itself when the user leaves it or presses Enter; Escape puts the saved text back. */
function InlineText({
  value,
  label,
  placeholder,
  className,
  onSave,
}: {
  value: string;
  label: string;
  placeholder: string;
  className: string;
  onSave: (v: string) => Promise<void>;
}): ReactNode {
  const [text, setText] = useState(value);
  const [saved, setSaved] = useState(value);
  if (value !== saved) {
    setSaved(value);
    setText(value);
  }
  const commit = async (): Promise<void> => {
    if (text.trim() === value.trim()) return;
    try {
      await onSave(text.trim());
    } catch {
      setText(value);
    }
  };
  return (
    <SentenceInput
      className={`dash-inline ${className}`}
      aria-label={label}
      placeholder={placeholder}
      value={text}
      maxLength={500}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => void commit()}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          e.currentTarget.blur();
        }
        if (e.key === 'Escape') {
          setText(value);
          e.stopPropagation();
        }
      }}
    />
  );
}

/** One project: status chip, name and the one-line update, each edited in place. */
function ProjectRow({
  project,
  leaderName,
  onChanged,
}: {
  project: Project;
  leaderName: string | null;
  onChanged: () => void;
}): ReactNode {
  const toast = useToast();
  const save = async (
    patch: Parameters<typeof api.dashboard.updateProject>[0]['patch'],
  ): Promise<void> => {
    try {
      await api.dashboard.updateProject({ id: project.id, patch });
      onChanged();
    } catch (e) {
      toast(errorMessage(e), 'error');
      throw e;
    }
  };
  const act = (fn: () => Promise<unknown>, message: string) => async (): Promise<void> => {
    try {
      await fn();
      toast(message);
      onChanged();
    } catch (e) {
      toast(errorMessage(e), 'error');
    }
  };
  return (
    <li className="dash-project">
      <SelectControl
        className={`dash-status status-${project.status}`}
        aria-label={`Status of ${project.name}`}
        value={project.status}
        onValueChange={(v) => void save({ status: v as ProjectStatus }).catch(() => undefined)}
        options={STATUSES.map((s) => ({ value: s, label: PROJECT_STATUS_LABELS[s] }))}
      />
      <div className="dash-project-text">
        <div className="row">
          <InlineText
            className="dash-project-name"
            value={project.name}
            label={`Name of the project ${project.name}`}
            placeholder="Project name"
            onSave={(name) => (name ? save({ name }) : Promise.reject(new Error('empty')))}
          />
          {leaderName && <Badge>{leaderName}</Badge>}
        </div>
        <InlineText
          className="dash-project-update"
          value={project.update}
          label={`One-line update for ${project.name}`}
          placeholder="Add a one-line update: where it stands, what is next"
          onSave={(update) => save({ update })}
        />
      </div>
      <div className="dash-row-actions">
        <IconButton
          label={`Archive ${project.name} (done)`}
          icon={<Archive size={14} />}
          onClick={() =>
            void act(
              () => api.dashboard.archiveProject({ id: project.id, archived: true }),
              `${project.name} archived.`,
            )()
          }
        />
        <IconButton
          label={`Delete ${project.name}`}
          icon={<Trash2 size={14} />}
          onClick={() =>
            void act(
              () => api.dashboard.deleteProject({ id: project.id }),
              `${project.name} deleted.`,
            )()
          }
        />
      </div>
    </li>
  );
}

/** Projects with their status and one-line update, worst first; add one at the bottom. */
export function ProjectsCard({
  projects,
  leaderId,
  leaderNames,
  autoFocusNew,
  onChanged,
}: {
  projects: Project[];
  leaderId: string | null;
  leaderNames: Map<string, string>;
  autoFocusNew: boolean;
  onChanged: () => void;
}): ReactNode {
  const toast = useToast();
  const add = async (name: string): Promise<boolean> => {
    try {
      await api.dashboard.createProject({ name, leaderId, status: 'on-track', update: '' });
      onChanged();
      return true;
    } catch (e) {
      toast(errorMessage(e), 'error');
      return false;
    }
  };
  const counts = STATUSES.map(
    (s) => [s, projects.filter((p) => p.status === s).length] as const,
  ).filter(([, n]) => n > 0);
  return (
    <Card
      className="dash-card dash-projects"
      title={
        <span className="row">
          <FolderKanban size={16} aria-hidden="true" /> Projects
        </span>
      }
      actions={
        <span className="row dash-status-summary">
          {counts.map(([s, n]) => (
            <span key={s} className={`dash-count status-${s}`}>
              {n} {PROJECT_STATUS_LABELS[s].toLowerCase()}
            </span>
          ))}
        </span>
      }
    >
      {projects.length === 0 && (
        <p className="dash-empty">
          No projects yet. Add what you are driving; give each a status and one line on where it
          stands.
        </p>
      )}
      <ul className="list dash-project-list" aria-label="Projects">
        {projects.map((p) => (
          <ProjectRow
            key={p.id}
            project={p}
            leaderName={!leaderId && p.leaderId ? (leaderNames.get(p.leaderId) ?? null) : null}
            onChanged={onChanged}
          />
        ))}
      </ul>
      <AddByNameForm
        label="New project"
        buttonLabel="Add project"
        autoFocus={autoFocusNew}
        onAdd={add}
      />
    </Card>
  );
}
