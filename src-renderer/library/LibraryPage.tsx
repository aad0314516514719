import {
  useCallback,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { useNavigate } from 'react-router';
import { useTaxonomyTerms } from '../replica/useTaxonomyTerms';
import { useSyncStatus } from '../stores/useSyncStatus';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { ActiveFilters, activeFilters } from './ActiveFilters';
import { EmptyLibrary } from './EmptyLibrary';
import { ExerciseList } from './ExerciseList';
import { LibraryFacets } from './LibraryFacets';
import classes from './LibraryPage.module.css';
import { LibraryToolbar } from './LibraryToolbar';
import { NoMatches } from './NoMatches';
import type { FacetKey } from './library-filter';
import { facetDefinitions, optionLabels } from './library-options';
import { effectiveSort } from './library-sort';
import { useLibraryFilters } from './useLibraryFilters';
import { useLibraryResults } from './useLibraryResults';
import { useResultsTiming } from './useResultsTiming';
import { useLibraryExercises } from './useLibraryExercises';
import { useSearchReady } from './useSearchReady';

/**
 * The exercise library: search as you type, facets with live counts,
 * and the results in a list that stays quick at ten thousand rows.
 * The query, filters and order live in `useLibraryFilters`, so they
 * are still set when the user comes back from an exercise.
 */
export function LibraryPage() {
  const { user, replica, search } = useSignedInWorkstation();
  const navigate = useNavigate();
  const { exercises, loading } = useLibraryExercises(replica, user.id);
  const categories = useTaxonomyTerms(replica, 'category');
  const bodyRegions = useTaxonomyTerms(replica, 'body_region');
  const equipment = useTaxonomyTerms(replica, 'equipment');
  const searchReady = useSearchReady(search);
  const synced = useSyncStatus((s) => s.collections.exercises.initialSyncDone);
  const online = useSyncStatus((s) => s.online);

  const filters = useLibraryFilters();
  const { query, selections, sort, activeExerciseId } = filters;
  // Coming back to a row worked on: the keyboard goes back to it.
  const [returning] = useState(() => activeExerciseId !== null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);

  // Statuses are the business of those who move exercises between
  // them. Others see what the replica holds (their clinic's drafts too),
  // with a badge, but no status facet.
  const withStatus = user.isSuperadmin || user.role === 'admin';
  const definitions = useMemo(
    () => facetDefinitions({ categories, bodyRegions, equipment, withStatus }),
    [categories, bodyRegions, equipment, withStatus],
  );
  const labels = useMemo(() => optionLabels(definitions), [definitions]);
  const termNames = useMemo(
    () => new Map([...bodyRegions, ...equipment].map((t) => [t.id, t.name])),
    [bodyRegions, equipment],
  );
  const applied = useMemo(
    () => (withStatus ? selections : { ...selections, status: [] }),
    [selections, withStatus],
  );

  // The list answers each keystroke in the same render as the box: the
  // search and facet pass take a few milliseconds (bench/ui-*.ts), and
  // deferring the list would cost a frame more on every key.
  const typed = query;
  const shownSort = effectiveSort(sort, typed);
  const { results, counts } = useLibraryResults({
    exercises,
    categories,
    search,
    searchReady,
    query: typed,
    selections: applied,
    sort: shownSort,
  });
  const active = useMemo(
    () => activeFilters(definitions, labels, applied),
    [definitions, labels, applied],
  );
  const resultsKey = useMemo(
    () => JSON.stringify([typed, applied, shownSort]),
    [typed, applied, shownSort],
  );

  const openExercise = useCallback(
    (exerciseId: string) => {
      useLibraryFilters.getState().setActiveExercise(exerciseId);
      void navigate(`/exercises/${exerciseId}`);
    },
    [navigate],
  );
  const focusSearch = useCallback(() => {
    searchRef.current?.focus();
  }, []);
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || results.length === 0) return;
    event.preventDefault();
    listRef.current?.focus();
  };
  const clearSearch = () => {
    filters.setQuery('');
    searchRef.current?.focus();
  };
  const removeFilter = useCallback((facet: FacetKey, value: string) => {
    useLibraryFilters.getState().setOption(facet, value, false);
  }, []);
  const filterControls = active.length > 0 && (
    <ActiveFilters
      filters={active}
      onRemove={removeFilter}
      onClear={filters.clearFilters}
    />
  );

  const libraryEmpty = !loading && exercises.length === 0;
  useResultsTiming(typed, results.length, !loading && !libraryEmpty, results);
  let body = null;
  if (libraryEmpty) {
    body = <EmptyLibrary synced={synced} online={online} />;
  } else if (!loading && results.length === 0) {
    body = (
      <NoMatches
        query={typed}
        filters={active}
        onClearSearch={clearSearch}
        filterControls={filterControls}
      />
    );
  } else if (!loading) {
    body = (
      <ExerciseList
        results={results}
        activeId={activeExerciseId}
        onActiveChange={filters.setActiveExercise}
        onOpen={openExercise}
        termNames={termNames}
        resultsKey={resultsKey}
        onBackToSearch={focusSearch}
        autoFocus={returning}
        listRef={listRef}
      />
    );
  }

  return (
    <div className={classes.page}>
      <aside className={classes.facets} aria-label="Filters">
        <LibraryFacets
          definitions={definitions}
          counts={counts}
          selections={applied}
          onChange={filters.setOption}
          openFacets={filters.openFacets}
          onOpenFacetsChange={filters.setOpenFacets}
        />
      </aside>
      <section className={classes.main} aria-labelledby="library-title">
        <LibraryToolbar
          query={query}
          onQueryChange={filters.setQuery}
          onSearchKeyDown={onSearchKeyDown}
          searchRef={searchRef}
          sort={effectiveSort(sort, query)}
          onSortChange={filters.setSort}
          count={loading || libraryEmpty ? null : results.length}
          autoFocus={!returning}
        />
        {results.length > 0 && filterControls}
        <div className={classes.results}>{body}</div>
      </section>
    </div>
  );
}
