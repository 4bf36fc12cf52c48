/**
 * Limits on one rich-text document, far beyond any honest use (a year of daily journal
 * entries is a few hundred thousand characters in total). A document past any of them
 * is refused with a sentence saying which, and nothing is written.
 */
export const RICH_TEXT_LIMITS = {
  /** Levels of nesting: lists inside lists inside quotes. The editor's own deepest use is about 10. */
  maxDepth: 100,
  /** Characters of text in one document (about 500 printed pages). */
  maxChars: 1_000_000,
  /** Nodes, marks and attributes in one document. */
  maxParts: 200_000,
} as const;

/** Large numbers with thousands separators: "1,000,000". */
const GROUPED = new Intl.NumberFormat('en');

/**
 * Why a value is too big to be one rich-text document, or null when it fits. Walks the
 * value without recursion, so a hostile nesting depth cannot overflow the stack.
 */
export function richTextLimitProblem(value: unknown): string | null {
  // Each level of the document is a node object and its `content` array: two JSON levels.
  const maxJsonDepth = RICH_TEXT_LIMITS.maxDepth * 2 + 8;
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }];
  let chars = 0;
  let parts = 0;
  while (stack.length) {
    const { v, depth } = stack.pop() as { v: unknown; depth: number };

    if (typeof v === 'string') {
      chars += v.length;
      if (chars > RICH_TEXT_LIMITS.maxChars)
        return `This text is longer than Upward keeps in one place (more than ${GROUPED.format(RICH_TEXT_LIMITS.maxChars)} characters). Split it into several entries.`;
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    if (depth > maxJsonDepth)
      return `This text is nested more deeply than Upward allows (more than ${RICH_TEXT_LIMITS.maxDepth} levels of lists or quotes).`;
    const children = Array.isArray(v) ? (v as unknown[]) : Object.values(v);
    parts += children.length;
    if (parts > RICH_TEXT_LIMITS.maxParts)
      return `This text has more parts than Upward keeps in one place (more than ${GROUPED.format(RICH_TEXT_LIMITS.maxParts)}). Split it into several entries.`;
    if (!Array.isArray(v)) for (const k of Object.keys(v)) chars += k.length;
    for (const c of children) stack.push({ v: c, depth: depth + 1 });
  }
  return null;
}
