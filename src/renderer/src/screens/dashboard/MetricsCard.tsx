import { useState, type ReactNode } from 'react';
import { Gauge, Trash2 } from 'lucide-react';
import type { Metric } from '../../../../shared/domain/dashboard';
import { api, errorMessage } from '../../lib/api';
import { Card, IconButton, SentenceInput, useToast } from '../../ui';
import { AddByNameForm } from './AddByNameForm';

/** A field of a metric tile, saved when the user leaves it. */
function MetricField({
  value,
  label,
  className,
  placeholder,
  onSave,
}: {
  value: string;
  label: string;
  className: string;
  placeholder: string;
  onSave: (v: string) => void;
}): ReactNode {
  const [text, setText] = useState(value);
  const [saved, setSaved] = useState(value);
  if (value !== saved) {
    setSaved(value);
    setText(value);
  }
  return (
    <SentenceInput
      className={`dash-inline ${className}`}
      aria-label={label}
      title={text || undefined}
      placeholder={placeholder}
      value={text}
      maxLength={500}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => {
        if (text.trim() !== value) onSave(text.trim());
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter') return;
        e.preventDefault();
        e.currentTarget.blur();
      }}
    />
  );
}

/** Key metrics: name, where it is now, and the target, each edited in place. */
export function MetricsCard({
  metrics,
  leaderId,
  autoFocusNew,
  onChanged,
}: {
  metrics: Metric[];
  leaderId: string | null;
  autoFocusNew: boolean;
  onChanged: () => void;
}): ReactNode {
  const toast = useToast();
  const run = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      onChanged();
      return true;
    } catch (e) {
      toast(errorMessage(e), 'error');
      return false;
    }
  };
  return (
    <Card
      className="dash-card dash-metrics"
      title={
        <span className="row">
          <Gauge size={16} aria-hidden="true" /> Key metrics
        </span>
      }
    >
      {metrics.length === 0 && (
        <p className="dash-empty">
          Add the few numbers your leader watches: where they are now and where they should be.
        </p>
      )}
      <ul className="list dash-metric-list" aria-label="Key metrics">
        {metrics.map((m) => (
          <li key={m.id} className="dash-metric">
            <div className="dash-metric-head">
              <MetricField
                className="dash-metric-name"
                value={m.name}
                label={`Name of the metric ${m.name}`}
                placeholder="Metric"
                onSave={(v) =>
                  v && void run(() => api.dashboard.updateMetric({ id: m.id, patch: { name: v } }))
                }
              />
              <IconButton
                label={`Delete the metric ${m.name}`}
                icon={<Trash2 size={13} />}
                onClick={() => void run(() => api.dashboard.deleteMetric({ id: m.id }))}
              />
            </div>
            <MetricField
              className="dash-metric-value"
              value={m.value}
              label={`Current value of ${m.name}`}
              placeholder="—"
              onSave={(v) =>
                void run(() => api.dashboard.updateMetric({ id: m.id, patch: { value: v } }))
              }
            />
            <div className="dash-metric-target">
              <span aria-hidden="true">Target</span>
              <MetricField
                className="dash-metric-target-input"
                value={m.target}
                label={`Target of ${m.name}`}
                placeholder="none"
                onSave={(v) =>
                  void run(() => api.dashboard.updateMetric({ id: m.id, patch: { target: v } }))
                }
              />
            </div>
          </li>
        ))}
      </ul>
      <AddByNameForm
        label="New metric"
        buttonLabel="Add metric"
        autoFocus={autoFocusNew}
        onAdd={(name) =>
          run(() => api.dashboard.createMetric({ name, leaderId, value: '', target: '' }))
        }
      />
    </Card>
  );
}
