import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFacets } from '../../src-renderer/library/library-facets';
import {
  exercisesForHits,
  indexExercises,
  matchNames,
  noSelections,
} from '../../src-renderer/library/library-filter';
import {
  effectiveSort,
  sortResults,
  type LibrarySort,
} from '../../src-renderer/library/library-sort';
import {
  createExerciseSearch,
  type ExerciseSearch,
} from '../../src-renderer/replica/exercise-search';
import {
  listExercises,
  type Exercise,
} from '../../src-renderer/replica/exercise-queries';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  aPlatformExercise,
  openTestReplica,
} from '../replica/replica-fixtures';

let replica: Replica;
let search: ExerciseSearch;
let exercises: Exercise[];

beforeAll(async () => {
  replica = await openTestReplica();
  await replica.collections.exercises.bulkInsert([
    aPlatformExercise({
      name: 'Übungsband Row',
      slug: 'band-row',
      difficulty: 'intermediate',
      updated_at: '2025-03-01T00:00:00.000Z',
    }),
    aPlatformExercise({
      name: 'Shoulder External Rotation',
      slug: 'ser',
      difficulty: 'beginner',
      updated_at: '2025-02-01T00:00:00.000Z',
    }),
    aPlatformExercise({
      name: 'Side-lying Shoulder Flexion',
      slug: 'slsf',
      difficulty: 'advanced',
      updated_at: '2025-04-01T00:00:00.000Z',
    }),
    aPlatformExercise({
      name: 'Wall Slide',
      slug: 'wall-slide',
      difficulty: 'beginner',
      description: 'Slide the forearms up the wall, shoulder blades down.',
      updated_at: '2025-01-01T00:00:00.000Z',
    }),
    ...Array.from({ length: 60 }, (_, n) =>
      aPlatformExercise({ name: `Calf Raise ${n + 1}`, slug: `calf-${n}` }),
    ),
  ]);
  search = createExerciseSearch(replica.collections.exercises);
  await search.ready;
  exercises = await listExercises(replica);
});

afterAll(async () => {
  search.close();
  await replica.close();
});

const names = (entries: readonly { exercise: { name: string } }[]) =>
  entries.map((entry) => entry.exercise.name);

describe('typing before the search index is built', () => {
  it('matches names regardless of case and accents', () => {
    const library = indexExercises(exercises, []).entries;
    expect(names(matchNames(library, 'ubungsBAND'))).toEqual([
      'Übungsband Row',
    ]);
  });

  it('wants every word somewhere in the name, in any order', () => {
    const library = indexExercises(exercises, []).entries;
    expect(names(matchNames(library, 'shoulder side'))).toEqual([
      'Side-lying Shoulder Flexion',
    ]);
    expect(matchNames(library, '   ')).toBe(library);
  });
});

describe('listing search results', () => {
  it("keeps the search's order, and counts every match, not a first page", () => {
    const library = indexExercises(exercises, []);
    const byId = new Map(
      library.entries.map((entry) => [entry.exercise.id, entry]),
    );
    const hits = search.search('calf', { limit: library.entries.length });
    const listed = exercisesForHits(byId, hits);
    expect(names(listed)).toEqual(hits.map((hit) => hit.name));
    const { counts } = applyFacets(library, listed, noSelections);
    expect(counts.difficulty.get('beginner')).toBe(60);
  });

  it('puts matches in names before matches in descriptions', () => {
    const library = indexExercises(exercises, []);
    const byId = new Map(
      library.entries.map((entry) => [entry.exercise.id, entry]),
    );
    const hits = search.search('shoulder', {
      limit: library.entries.length,
    });
    expect(names(exercisesForHits(byId, hits)).at(-1)).toBe('Wall Slide');
  });

  it('leaves out hits for exercises the list does not hold yet', () => {
    const library = indexExercises(
      exercises.filter((exercise) => !exercise.name.endsWith('Row')),
      [],
    );
    const byId = new Map(
      library.entries.map((entry) => [entry.exercise.id, entry]),
    );
    const hits = search.search('row', { limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(exercisesForHits(byId, hits)).toEqual([]);
  });
});

describe('sorting the results', () => {
  const four = () =>
    indexExercises(
      exercises.filter((exercise) => !exercise.name.startsWith('Calf')),
      [],
    ).entries;
  const sorted = (sort: LibrarySort) => names(sortResults(four(), sort));

  it('sorts by name both ways, as the library orders names', () => {
    expect(sorted('name')).toEqual([
      'Shoulder External Rotation',
      'Side-lying Shoulder Flexion',
      'Übungsband Row',
      'Wall Slide',
    ]);
    expect(sorted('-name')).toEqual(sorted('name').toReversed());
  });

  it('puts the most recently updated first', () => {
    expect(sorted('-updated_at')).toEqual([
      'Side-lying Shoulder Flexion',
      'Übungsband Row',
      'Shoulder External Rotation',
      'Wall Slide',
    ]);
  });

  it('sorts by difficulty from beginner up, by name within one', () => {
    expect(sorted('difficulty')).toEqual([
      'Shoulder External Rotation',
      'Wall Slide',
      'Übungsband Row',
      'Side-lying Shoulder Flexion',
    ]);
  });

  it('leaves relevance to the search, and lists by name with no query', () => {
    const library = four().toReversed();
    expect(sortResults(library, 'relevance')).toBe(library);
    expect(effectiveSort('relevance', '  ')).toBe('name');
    expect(effectiveSort('relevance', 'knee')).toBe('relevance');
    expect(effectiveSort('-updated_at', '')).toBe('-updated_at');
  });
});
