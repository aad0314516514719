import type { ExerciseSearch } from '../replica/exercise-search';

/**
 * An `ExerciseSearch` whose index is built only once `start` resolves.
 * Until then it finds nothing and `ready` waits, which the library
 * answers with its plain name match.
 */
export function deferredSearch(
  start: Promise<void>,
  build: () => ExerciseSearch,
): ExerciseSearch {
  let search: ExerciseSearch | undefined;
  let closed = false;
  const ready = start.then(() => {
    if (closed) return new Promise<void>(() => undefined);
    search = build();
    return search.ready;
  });
  return {
    ready,
    size: () => search?.size() ?? 0,
    search: (query, options) => search?.search(query, options) ?? [],
    close: () => {
      closed = true;
      search?.close();
    },
  };
}
