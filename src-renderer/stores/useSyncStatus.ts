import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  syncCollectionNames,
  type SyncCollection,
} from '../../shared/schemas/sync';
import type { SyncErrorCode } from '../replica/sync-request';

/** How far one collection's pull has come. */
export interface CollectionProgress {
  /** Documents pulled since the sync started. */
  pulled: number;
  /** Pulled plus what the server said was still waiting. */
  total: number;
  /** The first pull and push finished. */
  initialSyncDone: boolean;
  /** A pull or push is running now. */
  active: boolean;
}

export interface SyncProblem {
  message: string;
  /** ISO time it last happened. */
  at: string;
  /** Where it happened; null for the connection as a whole. */
  collection: SyncCollection | null;
}

export interface SyncStatus {
  /** What the device says of its network (true where it cannot say). */
  online: boolean;
  /** The live change stream is open. */
  streamConnected: boolean;
  collections: Record<SyncCollection, CollectionProgress>;
  /** Documents with local changes the server has not taken yet. */
  pendingChanges: number;
  /** ISO time of the last pull or push the server answered. */
  lastSyncedAt: string | null;
  /**
   * The latest problem of each kind. A collection's problems clear when
   * its next pull or push succeeds, the connection's with any success.
   */
  errors: Partial<Record<SyncErrorCode, SyncProblem>>;
  /** Local edits set aside by conflicts, waiting for someone to look. */
  conflictsAwaitingReview: number;
}

export interface SyncStatusActions {
  setOnline: (online: boolean) => void;
  setStreamConnected: (connected: boolean) => void;
  /** A pull brought `count` documents and left `remaining` waiting. */
  recordPulled: (
    collection: SyncCollection,
    count: number,
    remaining: number,
  ) => void;
  setInitialSyncDone: (collection: SyncCollection) => void;
  setActive: (collection: SyncCollection, active: boolean) => void;
  setPendingChanges: (count: number) => void;
  /** The server answered a pull or push of `collection`. */
  markSynced: (collection: SyncCollection, at: Date) => void;
  reportError: (
    code: SyncErrorCode,
    message: string,
    collection: SyncCollection | null,
    at: Date,
  ) => void;
  setConflictsAwaitingReview: (count: number) => void;
  reset: () => void;
}

export type SyncStatusState = SyncStatus & SyncStatusActions;
export type SyncStatusStore = StoreApi<SyncStatusState>;

function initialStatus(): SyncStatus {
  const progress = (): CollectionProgress => ({
    pulled: 0,
    total: 0,
    initialSyncDone: false,
    active: false,
  });
  return {
    online: true,
    streamConnected: false,
    collections: Object.fromEntries(
      syncCollectionNames.map((name) => [name, progress()]),
    ) as Record<SyncCollection, CollectionProgress>,
    pendingChanges: 0,
    lastSyncedAt: null,
    errors: {},
    conflictsAwaitingReview: 0,
  };
}

/** A sync status store of its own (tests, a second server). */
export function createSyncStatusStore(): SyncStatusStore {
  return createStore<SyncStatusState>()((set) => {
    const updateCollection = (
      name: SyncCollection,
      change: (progress: CollectionProgress) => Partial<CollectionProgress>,
    ) => {
      set((state) => ({
        collections: {
          ...state.collections,
          [name]: {
            ...state.collections[name],
            ...change(state.collections[name]),
          },
        },
      }));
    };
    return {
      ...initialStatus(),
      setOnline: (online) => {
        set({ online });
      },
      setStreamConnected: (streamConnected) => {
        set({ streamConnected });
      },
      recordPulled: (name, count, remaining) => {
        updateCollection(name, (progress) => ({
          pulled: progress.pulled + count,
          total: progress.pulled + count + remaining,
        }));
      },
      setInitialSyncDone: (name) => {
        updateCollection(name, () => ({ initialSyncDone: true }));
      },
      setActive: (name, active) => {
        updateCollection(name, () => ({ active }));
      },
      setPendingChanges: (pendingChanges) => {
        set({ pendingChanges });
      },
      markSynced: (collection, at) => {
        set((state) => ({
          lastSyncedAt: at.toISOString(),
          errors: Object.fromEntries(
            Object.entries(state.errors).filter(
              ([, problem]) =>
                problem.collection !== null &&
                problem.collection !== collection,
            ),
          ),
        }));
      },
      reportError: (code, message, collection, at) => {
        set((state) => ({
          errors: {
            ...state.errors,
            [code]: { message, at: at.toISOString(), collection },
          },
        }));
      },
      setConflictsAwaitingReview: (conflictsAwaitingReview) => {
        set({ conflictsAwaitingReview });
      },
      reset: () => {
        set(initialStatus());
      },
    };
  });
}

/** The app's sync status; `startSync` feeds it. */
export const syncStatusStore = createSyncStatusStore();

/** Reads the app's sync status in a component, re-rendering on change. */
export function useSyncStatus<T>(select: (status: SyncStatusState) => T): T {
  return useStore(syncStatusStore, select);
}
