import { sanitizeRichText, type RichDoc, type RichNode } from '../../../shared/domain/richtext';

const MARK_ORDER = ['link', 'bold', 'italic', 'strike', 'underline', 'highlight', 'code'];

function markKey(m: { type: string; attrs?: Record<string, unknown> }): string {
  const href = m.attrs?.href;
  return m.type === 'link' ? `link:${typeof href === 'string' ? href : ''}` : m.type;
}

function normalizeNode(node: RichNode): RichNode {
  const out: RichNode = { ...node };
  if (node.marks) {
    out.marks = [...node.marks].sort(
      (a, b) => MARK_ORDER.indexOf(a.type) - MARK_ORDER.indexOf(b.type),
    );
    if (!out.marks.length) delete out.marks;
  }
  if (node.type === 'orderedList') out.attrs = { start: Number(node.attrs?.start ?? 1) };
  if (node.content) {
    const merged: RichNode[] = [];
    for (const child of node.content.map(normalizeNode)) {
      const last = merged[merged.length - 1];
      if (child.type === 'text' && !child.text) continue;
      if (
        last?.type === 'text' &&
        child.type === 'text' &&
        (last.marks ?? []).map(markKey).join('|') === (child.marks ?? []).map(markKey).join('|')
      ) {
        merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (child.text ?? '') };
      } else merged.push(child);
    }
    if (merged.length) out.content = merged;
    else delete out.content;
  }
  return out;
}

/**
 * A canonical form of a rich-text document for comparing two of them structurally: only
 * allowed nodes and attributes, marks in one order, neighbouring text with the same marks
 * joined (the editor never keeps them apart either).
 */
export function normalizeRichText(doc: RichDoc | undefined): RichDoc {
  const clean = sanitizeRichText(doc ?? null);
  return clean ? normalizeNode(clean) : null;
}
