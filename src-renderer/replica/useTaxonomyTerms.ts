import { useMemo } from 'react';
import type { TagType } from '../../shared/domain';
import { taxonomyTerms$, type TaxonomyTerm } from './exercise-queries';
import type { Replica } from './open-replica';
import { useObservedValue } from './useObservedValue';

const none: readonly never[] = [];

/**
 * The terms of one taxonomy (categories, body regions or equipment) in
 * their curated order, kept current; empty until the replica answers.
 */
export function useTaxonomyTerms<T extends TagType>(
  replica: Replica,
  taxonomy: T,
): readonly TaxonomyTerm<T>[] {
  const source = useMemo(
    () => taxonomyTerms$(replica, taxonomy),
    [replica, taxonomy],
  );
  return useObservedValue<readonly TaxonomyTerm<T>[]>(source, none);
}
