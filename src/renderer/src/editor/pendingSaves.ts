/** Everything on screen that holds unsaved typing, so it can be written before the vault locks. */
const flushers = new Set<() => Promise<void>>();

/** Registers a function that writes pending changes; returns the function that unregisters it. */
export function registerPendingSave(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Writes every pending change now (call before locking, so unlocking finds the draft as it was left). */
export async function flushPendingSaves(): Promise<void> {
  await Promise.allSettled([...flushers].map((f) => f()));
}
