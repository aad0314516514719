import { create } from 'zustand';
import type { ExerciseSearch } from '../replica/exercise-search';
import type { Replica } from '../replica/open-replica';
import type { SignedInUser } from './signed-in-user';

/** What every signed-in screen works with. */
export interface Workstation {
  readonly user: SignedInUser;
  /** This user's replica of the library (one database per user). */
  readonly replica: Replica;
  /** Search as you type over `replica`'s exercises. */
  readonly search: ExerciseSearch;
  /**
   * `fetch` against the Motus server with the session's access token,
   * renewed once on a 401. `path` is absolute from the server's root,
   * e.g. `/v1/me`. Rejects with `SyncRequestError('server-unreachable')`
   * when the server cannot be reached (offline).
   */
  authorizedFetch(path: string, init?: RequestInit): Promise<Response>;
}

interface WorkstationState {
  /** Null until sign-in has opened the replica. */
  workstation: Workstation | null;
  setWorkstation: (workstation: Workstation | null) => void;
}

export const useWorkstation = create<WorkstationState>()((set) => ({
  workstation: null,
  setWorkstation: (workstation) => {
    set({ workstation });
  },
}));

/**
 * The workstation, for screens that are only routed to once signed in.
 * @throws Error when nobody is signed in, which is a routing bug.
 */
export function useSignedInWorkstation(): Workstation {
  const workstation = useWorkstation((state) => state.workstation);
  if (workstation === null) {
    throw new Error('This screen is only shown to a signed-in user.');
  }
  return workstation;
}
