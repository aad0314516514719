import { useEffect, useState } from 'react';
import type { Replica } from '../replica/open-replica';
import { useExercises } from '../replica/useExercises';
import type { LibraryExercise } from './library-filter';
import { readLibrarySnapshot, writeLibrarySnapshot } from './library-snapshot';

export interface LibraryExercises {
  exercises: readonly LibraryExercise[];
  /** Neither the replica nor the kept list has answered yet. */
  loading: boolean;
  /** What is shown is the kept list of the last session, not live yet. */
  fromSnapshot: boolean;
}

// Long enough that a sync bringing many changes writes the list once.
const snapshotDelayMs = 2000;

/**
 * The library's exercises: the replica's live list, and until it has
 * answered, the list kept from last time (library-snapshot.ts). Each new
 * live list is kept in turn, a little after it settles.
 */
export function useLibraryExercises(
  replica: Replica,
  userId: string,
): LibraryExercises {
  const live = useExercises(replica);
  const [snapshot, setSnapshot] = useState<LibraryExercise[] | null>(null);
  const [snapshotRead, setSnapshotRead] = useState(false);

  useEffect(() => {
    let current = true;
    void readLibrarySnapshot(userId).then((kept) => {
      if (!current) return;
      setSnapshot(kept);
      setSnapshotRead(true);
    });
    return () => {
      current = false;
    };
  }, [userId]);

  useEffect(() => {
    if (live.loading) return;
    const timer = setTimeout(() => {
      void writeLibrarySnapshot(userId, live.exercises).catch(() => {
        // Only the next cold start is slower for it.
      });
    }, snapshotDelayMs);
    return () => {
      clearTimeout(timer);
    };
  }, [live, userId]);

  if (!live.loading) {
    return { exercises: live.exercises, loading: false, fromSnapshot: false };
  }
  if (snapshot !== null && snapshot.length > 0) {
    return { exercises: snapshot, loading: false, fromSnapshot: true };
  }
  // No kept list (a first start): wait for the replica.
  return {
    exercises: [],
    loading: !snapshotRead || live.loading,
    fromSnapshot: false,
  };
}
