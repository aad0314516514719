import type { SyncStatus } from '../stores/useSyncStatus';

/** The header's reading of the sync status, in a clinician's words. */
export interface SyncSummary {
  state: 'offline' | 'syncing' | 'in-sync' | 'problem';
  label: string;
  /** 0..100 while the first download runs; null otherwise. */
  initialProgress: number | null;
  pendingLabel: string | null;
  problem: string | null;
}

export function summarizeSync(status: SyncStatus): SyncSummary {
  const collections = Object.values(status.collections);
  const initialDone = collections.every((c) => c.initialSyncDone);
  const pulled = collections.reduce((sum, c) => sum + c.pulled, 0);
  const total = collections.reduce((sum, c) => sum + c.total, 0);
  const problem = Object.values(status.errors)[0]?.message ?? null;
  const pending = status.pendingChanges;

  const state = !status.online
    ? 'offline'
    : problem !== null
      ? 'problem'
      : !initialDone || collections.some((c) => c.active)
        ? 'syncing'
        : 'in-sync';
  const labels = {
    offline: 'Offline',
    problem: 'Sync problem',
    syncing: 'Syncing',
    'in-sync': 'Online',
  };
  return {
    state,
    label: labels[state],
    // Only while there is something to download: a replica kept from
    // the last session catches up in a pull or two, with no bar.
    initialProgress:
      initialDone || !status.online || total === 0
        ? null
        : Math.min(100, Math.round((pulled / total) * 100)),
    pendingLabel:
      pending === 0
        ? null
        : `${pending} ${pending === 1 ? 'change' : 'changes'} to send`,
    problem,
  };
}

/** "just now", "4 min ago", "at 14:05", "on 3 Dec": when sync last answered. */
export function lastSyncedLabel(at: string | null, now: Date): string {
  if (at === null) return 'Not synced yet';
  const then = new Date(at);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 60) return 'Last synced just now';
  if (seconds < 3600) return `Last synced ${Math.floor(seconds / 60)} min ago`;
  const sameDay = then.toDateString() === now.toDateString();
  const when = sameDay
    ? `at ${then.toLocaleTimeString(undefined, { timeStyle: 'short' })}`
    : `on ${then.toLocaleDateString(undefined, { dateStyle: 'medium' })}`;
  return `Last synced ${when}`;
}
