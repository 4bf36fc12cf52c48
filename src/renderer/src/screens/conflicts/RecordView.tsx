import type { ReactNode } from 'react';

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True for rich text as the editor saves it (a ProseMirror document). */
function isRichDoc(v: Json): v is { type: 'doc'; content?: Json[] } {
  return isObject(v) && v.type === 'doc';
}

/** Shows one node of rich text as read-only markup: text with its marks, paragraphs, headings, lists, quotes. */
function RichNode({ node }: { node: Json }): ReactNode {
  if (!isObject(node)) return null;
  const kids = Array.isArray(node.content)
    ? (node.content as Json[]).map((c, i) => <RichNode key={i} node={c} />)
    : null;
  switch (node.type) {
    case 'doc':
      return <>{kids}</>;
    case 'text': {
      let out: ReactNode = typeof node.text === 'string' ? node.text : '';
      for (const m of Array.isArray(node.marks) ? node.marks : []) {
        const t = isObject(m) ? m.type : null;
        if (t === 'bold') out = <strong>{out}</strong>;
        else if (t === 'italic') out = <em>{out}</em>;
        else if (t === 'underline') out = <u>{out}</u>;
        else if (t === 'strike') out = <s>{out}</s>;
        else if (t === 'highlight') out = <mark>{out}</mark>;
      }
      return out;
    }
    case 'mention': {
      const label = isObject(node.attrs) ? node.attrs.label : null;
      return <span className="conflict-mention">@{typeof label === 'string' ? label : ''}</span>;
    }
    case 'heading':
      return <p className="conflict-heading">{kids}</p>;
    case 'bulletList':
      return <ul>{kids}</ul>;
    case 'orderedList':
      return <ol>{kids}</ol>;
    case 'taskList':
      return <ul className="conflict-tasks">{kids}</ul>;
    case 'listItem':
      return <li>{kids}</li>;
    case 'taskItem':
      return (
        <li>
          {(node.attrs as { checked?: Json })?.checked ? '☑ ' : '☐ '}
          {kids}
        </li>
      );
    case 'blockquote':
      return <blockquote>{kids}</blockquote>;
    case 'hardBreak':
      return <br />;
    default:
      return <p>{kids}</p>;
  }
}

/** Words for a field name (`nextStep` → “Next step”). */
function fieldLabel(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field's value in words: rich text as it reads, lists as lists, the rest as text. */
function Value({ value }: { value: Json }): ReactNode {
  if (value === null || value === undefined || value === '')
    return <span className="muted">—</span>;
  if (isRichDoc(value))
    return (
      <div className="conflict-rich">
        <RichNode node={value} />
      </div>
    );
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (!value.length) return <span className="muted">none</span>;
    return (
      <ul className="conflict-list">
        {(value as Json[]).map((v, i) => (
          <li key={i}>
            {isObject(v) ? (
              <Value value={v.text ?? v.title ?? v.name ?? v.label ?? v.body ?? v} />
            ) : (
              <Value value={v} />
            )}
          </li>
        ))}
      </ul>
    );
  }
  if (isObject(value)) {
    return (
      <dl className="conflict-fields nested">
        {Object.entries(value).map(([k, v]) => (
          <div key={k}>
            <dt>{fieldLabel(k)}</dt>
            <dd>
              <Value value={v} />
            </dd>
          </div>
        ))}
      </dl>
    );
  }
  return null;
}

const HIDDEN = new Set(['id', 'createdAt']);

/**
 * One version of a record, field by field; the fields that differ from the other
 * versions are marked, so the user sees at a glance what each computer changed.
 */
export function RecordView({ value, others }: { value: Json; others: Json[] }): ReactNode {
  if (!isObject(value)) return <Value value={value} />;
  return (
    <dl className="conflict-fields">
      {Object.entries(value)
        .filter(([k]) => !HIDDEN.has(k))
        .map(([k, v]) => {
          const differs = others.some(
            (o) => !isObject(o) || JSON.stringify(o[k]) !== JSON.stringify(v),
          );
          return (
            <div key={k} className={differs ? 'differs' : undefined}>
              <dt>
                {fieldLabel(k)}
                {differs && <span className="visually-hidden"> (differs)</span>}
              </dt>
              <dd>
                <Value value={v} />
              </dd>
            </div>
          );
        })}
    </dl>
  );
}

/** A short title for a record: its title, name or first words. */
export function recordTitle(value: Json): string | null {
  if (!isObject(value)) return null;
  for (const k of ['title', 'name', 'text', 'label', 'date']) {
    const v = value[k];
    if (typeof v === 'string' && v.trim()) return v.length > 80 ? `${v.slice(0, 80)}…` : v;
  }
  return null;
}
