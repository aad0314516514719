import { describe, expect, it } from 'vitest';
import { syncCollectionNames } from '../../shared/schemas/sync';
import type { SyncStatus } from '../../src-renderer/stores/useSyncStatus';
import {
  lastSyncedLabel,
  summarizeSync,
} from '../../src-renderer/sync/sync-summary';

function status(overrides: Partial<SyncStatus> = {}): SyncStatus {
  const done = { pulled: 10, total: 10, initialSyncDone: true, active: false };
  return {
    online: true,
    streamConnected: true,
    collections: Object.fromEntries(
      syncCollectionNames.map((name) => [name, { ...done }]),
    ) as SyncStatus['collections'],
    pendingChanges: 0,
    lastSyncedAt: null,
    errors: {},
    conflictsAwaitingReview: 0,
    ...overrides,
  };
}

describe('the header’s sync status', () => {
  it('reads Online with nothing to send once everything is in', () => {
    const summary = summarizeSync(status());
    expect(summary.label).toBe('Online');
    expect(summary.initialProgress).toBeNull();
    expect(summary.pendingLabel).toBeNull();
  });

  it('shows the first download’s progress across every collection', () => {
    const base = status();
    const summary = summarizeSync({
      ...base,
      collections: {
        ...base.collections,
        exercises: {
          pulled: 250,
          total: 1000,
          initialSyncDone: false,
          active: true,
        },
      },
    });
    expect(summary.label).toBe('Syncing');
    // 250 + 3 × 10 pulled of 1000 + 3 × 10.
    expect(summary.initialProgress).toBe(27);
  });

  it('shows no download bar while a kept replica only catches up', () => {
    const catchingUp = {
      pulled: 0,
      total: 0,
      initialSyncDone: false,
      active: true,
    };
    const summary = summarizeSync(
      status({
        collections: Object.fromEntries(
          syncCollectionNames.map((name) => [name, { ...catchingUp }]),
        ) as SyncStatus['collections'],
      }),
    );
    expect(summary.label).toBe('Syncing');
    expect(summary.initialProgress).toBeNull();
  });

  it('says Offline and counts what waits to be sent', () => {
    const summary = summarizeSync(status({ online: false, pendingChanges: 1 }));
    expect(summary.label).toBe('Offline');
    expect(summary.pendingLabel).toBe('1 change to send');
    expect(summarizeSync(status({ pendingChanges: 3 })).pendingLabel).toBe(
      '3 changes to send',
    );
  });

  it('names the problem when the server refuses', () => {
    const summary = summarizeSync(
      status({
        errors: {
          'invalid-refresh-token': {
            message: 'Sign in again.',
            at: '2026-12-03T10:00:00.000Z',
            collection: null,
          },
        },
      }),
    );
    expect(summary.label).toBe('Sync problem');
    expect(summary.problem).toBe('Sign in again.');
  });

  it('says when sync last answered, in words', () => {
    const now = new Date('2026-12-03T10:30:00.000Z');
    expect(lastSyncedLabel(null, now)).toBe('Not synced yet');
    expect(lastSyncedLabel('2026-12-03T10:29:30.000Z', now)).toBe(
      'Last synced just now',
    );
    expect(lastSyncedLabel('2026-12-03T10:26:00.000Z', now)).toBe(
      'Last synced 4 min ago',
    );
    expect(lastSyncedLabel('2026-12-03T08:00:00.000Z', now)).toMatch(
      /^Last synced at /,
    );
  });
});
