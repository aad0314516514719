import { useCallback, useMemo } from 'react';
import type { Replica } from '../replica/open-replica';
import { useTaxonomyTerms } from '../replica/useTaxonomyTerms';

/** Looks up any category, body region or equipment name by id. */
export function useTermNames(replica: Replica): (id: string) => string {
  const categories = useTaxonomyTerms(replica, 'category');
  const regions = useTaxonomyTerms(replica, 'body_region');
  const equipment = useTaxonomyTerms(replica, 'equipment');
  const names = useMemo(
    () =>
      new Map(
        [...categories, ...regions, ...equipment].map((term) => [
          term.id,
          term.name,
        ]),
      ),
    [categories, regions, equipment],
  );
  return useCallback((id) => names.get(id) ?? 'A removed term', [names]);
}
