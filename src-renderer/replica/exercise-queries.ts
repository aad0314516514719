import type { DeepReadonly, RxCollection, RxDocument } from 'rxdb';
import { firstValueFrom, map, type Observable } from 'rxjs';
import type { TagType } from '../../shared/domain';
import type { Replica } from './open-replica';
import type {
  ReplicaBodyRegion,
  ReplicaCategory,
  ReplicaEquipment,
  ReplicaExercise,
} from './replica-documents';

/**
 * What the library screens read from the replica. Results are the
 * replica's own frozen data, not copies: treat them as read-only.
 */

export type Exercise = DeepReadonly<ReplicaExercise>;

interface TermDocuments {
  category: ReplicaCategory;
  body_region: ReplicaBodyRegion;
  equipment: ReplicaEquipment;
}

/** A category, body region or piece of equipment. */
export type TaxonomyTerm<T extends TagType> = DeepReadonly<TermDocuments[T]>;

// Names sort as a clinician reads them: accents and case aside, "Step 2"
// before "Step 10".
const byName = new Intl.Collator(undefined, {
  sensitivity: 'base',
  numeric: true,
}).compare;

function plain<T>(documents: RxDocument<T>[]): DeepReadonly<T>[] {
  return documents.map((document) => document.toJSON());
}

/** The library's exercises by name, without soft-deleted ones; live. */
export function exercises$(replica: Replica): Observable<Exercise[]> {
  return replica.collections.exercises
    .find({ selector: { deleted_at: null } })
    .$.pipe(
      map((found) => plain(found).sort((a, b) => byName(a.name, b.name))),
    );
}

export function listExercises(replica: Replica): Promise<Exercise[]> {
  return firstValueFrom(exercises$(replica));
}

/**
 * One exercise, live; soft-deleted ones too (a treatment plan may show
 * them). Null when the replica does not hold it.
 */
export function exercise$(
  replica: Replica,
  exerciseId: string,
): Observable<Exercise | null> {
  return replica.collections.exercises
    .findOne(exerciseId)
    .$.pipe(map((found) => found?.toJSON() ?? null));
}

export function findExercise(
  replica: Replica,
  exerciseId: string,
): Promise<Exercise | null> {
  return firstValueFrom(exercise$(replica, exerciseId));
}

function termCollection<T extends TagType>(
  replica: Replica,
  taxonomy: T,
): RxCollection<TermDocuments[T]> {
  const collections = {
    category: replica.collections.exercise_categories,
    body_region: replica.collections.exercise_body_regions,
    equipment: replica.collections.exercise_equipment,
  };
  const terms = collections[taxonomy];
  if (!terms) {
    throw new TypeError(`The replica was opened without ${taxonomy} terms.`);
  }
  return terms as unknown as RxCollection<TermDocuments[T]>;
}

/** The terms of one taxonomy in their curated order; live. */
export function taxonomyTerms$<T extends TagType>(
  replica: Replica,
  taxonomy: T,
): Observable<TaxonomyTerm<T>[]> {
  return termCollection(replica, taxonomy)
    .find()
    .$.pipe(
      map((found) =>
        plain(found).sort(
          (a, b) => a.sort_order - b.sort_order || byName(a.name, b.name),
        ),
      ),
    );
}

export function listTaxonomyTerms<T extends TagType>(
  replica: Replica,
  taxonomy: T,
): Promise<TaxonomyTerm<T>[]> {
  return firstValueFrom(taxonomyTerms$(replica, taxonomy));
}
