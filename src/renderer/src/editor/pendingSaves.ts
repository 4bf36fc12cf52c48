/**
 * Everything on screen that holds unsaved typing, so it can be written before the vault locks.
 * Editors that report their document only when typing pauses hand it over first (`report`);
 * then whatever saves (`save`) writes it, the reported document included.
 */
const flushers = { report: new Set<() => void>(), save: new Set<() => Promise<void>>() };

/** Registers a function that writes pending changes; returns the function that unregisters it. */
export function registerPendingSave(flush: () => Promise<void>): () => void {
  flushers.save.add(flush);
  return () => flushers.save.delete(flush);
}

/** Registers an editor's hand-over of what was typed since it last reported; runs before any save. */
export function registerPendingReport(report: () => void): () => void {
  flushers.report.add(report);
  return () => flushers.report.delete(report);
}

/** Writes every pending change now (call before locking, so unlocking finds the draft as it was left). */
export async function flushPendingSaves(): Promise<void> {
  for (const report of [...flushers.report]) {
    try {
      report();
    } catch {
      // One editor failing to report must not keep the others' changes from being saved.
    }
  }
  await Promise.allSettled([...flushers.save].map((f) => f()));
}
