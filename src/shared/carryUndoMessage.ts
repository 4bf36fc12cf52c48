/** What undoing a hold or a skip did to the next 1:1, as the user is told. */
export interface CarryUndoCounts {
  removed: number;
  kept: number;
}

const items = (n: number): string => `${n} ${n === 1 ? 'item' : 'items'}`;

/**
 * The sentence that follows "1:1 reopened." or "1:1 restored.": how many carried items left
 * the next 1:1, and how many stay there because the user changed them there. Empty when the
 * undo touched nothing.
 */
export function carryUndoMessage({ removed, kept }: CarryUndoCounts): string {
  const parts: string[] = [];
  if (removed > 0) parts.push(`${items(removed)} taken back from the next 1:1.`);
  if (kept > 0)
    parts.push(
      `${items(kept)} ${kept === 1 ? 'stays' : 'stay'} in the next 1:1 because you changed ${kept === 1 ? 'it' : 'them'} there.`,
    );
  return parts.join(' ');
}
