import { describe, expect, it } from 'vitest';
import { flushPendingSaves, registerPendingReport, registerPendingSave } from './pendingSaves';

describe('saving before a lock', () => {
  it('has every editor hand over what was typed before anything saves, whatever the order they registered in', async () => {
    let typed = 'title only';
    const saved: string[] = [];
    const offSave = registerPendingSave(async () => {
      saved.push(typed);
    });
    const offReport = registerPendingReport(() => {
      typed = 'title and the half-written sentence';
    });
    await flushPendingSaves();
    expect(saved).toEqual(['title and the half-written sentence']);
    offSave();
    offReport();
  });
});
