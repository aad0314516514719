import { describe, expect, it } from 'vitest';
import { createSyncStatusStore } from '../../src-renderer/stores/useSyncStatus';

const at = new Date('2025-05-01T08:00:00.000Z');

describe('the sync status', () => {
  it('shows how far the first pull of a collection has come', () => {
    const status = createSyncStatusStore();
    const { recordPulled } = status.getState();
    recordPulled('exercises', 200, 300);
    expect(status.getState().collections.exercises).toMatchObject({
      pulled: 200,
      total: 500,
    });
    recordPulled('exercises', 300, 0);
    expect(status.getState().collections.exercises).toMatchObject({
      pulled: 500,
      total: 500,
    });
  });

  it('clears a collection’s problems once it syncs, and the connection’s with any', () => {
    const status = createSyncStatusStore();
    const { reportError, markSynced } = status.getState();
    reportError('server-unreachable', 'No network.', null, at);
    reportError('internal-error', 'Push failed.', 'exercises', at);
    reportError('rate-limited', 'Slow down.', 'exercise-equipment', at);

    markSynced('exercises', at);

    expect(Object.keys(status.getState().errors)).toEqual(['rate-limited']);
    expect(status.getState().lastSyncedAt).toBe(at.toISOString());
  });
});
