import { useMemo } from 'react';
import type { Replica } from '../replica/open-replica';
import {
  conflictsAwaitingReview$,
  type SyncConflict,
} from '../replica/sync-conflicts';
import { useObservedValue } from '../replica/useObservedValue';

const loading: readonly SyncConflict[] | null = null;

/** The conflicts awaiting review, oldest first; null while loading. */
export function useConflicts(replica: Replica): readonly SyncConflict[] | null {
  const source = useMemo(
    () => conflictsAwaitingReview$(replica.collections.sync_conflicts),
    [replica],
  );
  return useObservedValue<readonly SyncConflict[] | null>(source, loading);
}
