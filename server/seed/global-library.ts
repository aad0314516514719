import type pg from 'pg';
import { withinTransaction } from '../db/transaction';
import { globalExercises } from '../../shared/library/global';
import { seedGlobalTaxonomy } from './global-taxonomy';
import {
  loadTermIds,
  syncLibraryExercise,
  type LibraryChange,
} from './library-writer';

export type LibraryChangeCounts = Record<LibraryChange, number>;

/**
 * Brings the global taxonomy and library of a database up to date with
 * `shared/library`, in one transaction, matching exercises by slug.
 * Runs as the schema owner.
 */
export async function updateGlobalLibrary(
  owner: pg.ClientBase,
): Promise<LibraryChangeCounts> {
  return withinTransaction(owner, async () => {
    await seedGlobalTaxonomy(owner);
    const terms = await loadTermIds(owner, null);
    const target = {
      organizationId: null,
      status: 'published',
      createdBy: null,
    } as const;
    const counts: LibraryChangeCounts = { added: 0, updated: 0, unchanged: 0 };
    for (const exercise of globalExercises) {
      const change = await syncLibraryExercise(
        owner,
        target,
        terms,
        exercise,
        true,
      );
      counts[change] += 1;
    }
    return counts;
  });
}
