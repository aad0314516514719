import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  facetKeys,
  noSelections,
  type FacetKey,
  type FacetSelections,
} from './library-filter';
import { isLibrarySort, type LibrarySort } from './library-sort';

/**
 * What the library screen is set to: the query, the facet selections,
 * the order, the row last worked on and the facet sections left open.
 * Kept in the tab's sessionStorage, so that opening an exercise and
 * coming back, or reloading, finds the library as it was left; a new
 * window starts afresh. Sign-out clears it (`resetLibraryFilters`).
 */

export interface LibraryFilters {
  query: string;
  selections: FacetSelections;
  sort: LibrarySort;
  /** The exercise the list's keyboard focus was on. */
  activeExerciseId: string | null;
  openFacets: readonly FacetKey[];
}

interface LibraryFilterActions {
  setQuery: (query: string) => void;
  /** Ticks or unticks one option of one facet. */
  setOption: (facet: FacetKey, value: string, chosen: boolean) => void;
  clearFilters: () => void;
  setSort: (sort: LibrarySort) => void;
  setActiveExercise: (exerciseId: string | null) => void;
  setOpenFacets: (facets: readonly FacetKey[]) => void;
}

export type LibraryFilterState = LibraryFilters & LibraryFilterActions;

const initialFilters: LibraryFilters = {
  query: '',
  selections: noSelections,
  sort: 'relevance',
  activeExerciseId: null,
  openFacets: facetKeys,
};

const storageKey = 'motus-library-filters';

// What comes back from storage was written by an older build or by
// hand: anything that is not a known shape falls back to the defaults.
function restored(stored: unknown, current: LibraryFilterState) {
  if (typeof stored !== 'object' || stored === null) return current;
  const saved = stored as Partial<Record<keyof LibraryFilters, unknown>>;
  const strings = (value: unknown): string[] =>
    Array.isArray(value) && value.every((item) => typeof item === 'string')
      ? value
      : [];
  const savedSelections = (saved.selections ?? {}) as Record<string, unknown>;
  const selections = Object.fromEntries(
    facetKeys.map((key) => [key, strings(savedSelections[key])]),
  ) as Record<FacetKey, string[]>;
  return {
    ...current,
    query: typeof saved.query === 'string' ? saved.query : '',
    selections,
    sort: isLibrarySort(saved.sort) ? saved.sort : initialFilters.sort,
    activeExerciseId:
      typeof saved.activeExerciseId === 'string'
        ? saved.activeExerciseId
        : null,
    openFacets: strings(saved.openFacets).filter((key): key is FacetKey =>
      facetKeys.some((known) => known === key),
    ),
  };
}

export const useLibraryFilters = create<LibraryFilterState>()(
  persist(
    (set) => ({
      ...initialFilters,
      // A new query, filter or order is a new list: the row the keyboard
      // was on may be far down it or gone, so the list starts afresh.
      setQuery: (query) => {
        set({ query, activeExerciseId: null });
      },
      setOption: (facet, value, chosen) => {
        set((state) => {
          const others = state.selections[facet].filter((v) => v !== value);
          return {
            activeExerciseId: null,
            selections: {
              ...state.selections,
              [facet]: chosen ? [...others, value] : others,
            },
          };
        });
      },
      clearFilters: () => {
        set({ selections: noSelections, activeExerciseId: null });
      },
      setSort: (sort) => {
        set({ sort, activeExerciseId: null });
      },
      setActiveExercise: (activeExerciseId) => {
        set({ activeExerciseId });
      },
      setOpenFacets: (openFacets) => {
        set({ openFacets });
      },
    }),
    {
      name: storageKey,
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: ({
        query,
        selections,
        sort,
        activeExerciseId,
        openFacets,
      }): LibraryFilters => ({
        query,
        selections,
        sort,
        activeExerciseId,
        openFacets,
      }),
      merge: restored,
    },
  ),
);

/**
 * Forgets the library's query, filters and order, in memory and in
 * storage. Call on sign-out: the next user starts from the whole library.
 */
export function resetLibraryFilters(): void {
  useLibraryFilters.setState(initialFilters);
  useLibraryFilters.persist.clearStorage();
}
