import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { difficulties, exerciseStatuses } from '../../shared/domain';
import {
  applyFacets,
  hasSelections,
} from '../../src-renderer/library/library-facets';
import {
  facetKeys,
  hasVideo,
  indexExercises,
  noSelections,
  type FacetKey,
  type FacetSelections,
  type LibraryExercise,
} from '../../src-renderer/library/library-filter';

// A small taxonomy: two parents, one with two sub-categories, one
// with a sub-sub-category.
const categories = [
  { id: 'stretching', parent_id: null },
  { id: 'static', parent_id: 'stretching' },
  { id: 'dynamic', parent_id: 'stretching' },
  { id: 'strengthening', parent_id: null },
  { id: 'isotonic', parent_id: 'strengthening' },
  { id: 'eccentric', parent_id: 'isotonic' },
];
const clinic = 'northside-clinic';

let made = 0;
function anExercise(overrides: Partial<LibraryExercise> = {}): LibraryExercise {
  made++;
  return {
    id: `exercise-${made}`,
    name: `Exercise ${made}`,
    difficulty: 'beginner',
    status: 'published',
    organization_id: null,
    video_url: null,
    category_ids: [],
    body_region_ids: [],
    equipment_ids: [],
    updated_at: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function select(choices: Partial<Record<FacetKey, string[]>>): FacetSelections {
  return { ...noSelections, ...choices };
}

function filtered(
  exercises: LibraryExercise[],
  choices: Partial<Record<FacetKey, string[]>>,
) {
  const library = indexExercises(exercises, categories);
  const { results, counts } = applyFacets(
    library,
    library.entries,
    select(choices),
  );
  return { names: results.map((entry) => entry.exercise.name), counts };
}

describe('filtering the library by facets', () => {
  it('lists everything when nothing is ticked', () => {
    const exercises = [anExercise(), anExercise(), anExercise()];
    expect(filtered(exercises, {}).names).toHaveLength(3);
    expect(hasSelections(noSelections)).toBe(false);
  });

  it('picking a parent category includes its sub-categories', () => {
    const exercises = [
      anExercise({ name: 'Hamstring Stretch', category_ids: ['static'] }),
      anExercise({ name: 'Leg Swings', category_ids: ['dynamic'] }),
      anExercise({ name: 'Nordic Curl', category_ids: ['eccentric'] }),
      anExercise({ name: 'Bridge', category_ids: ['strengthening'] }),
    ];
    expect(filtered(exercises, { category: ['stretching'] }).names).toEqual([
      'Hamstring Stretch',
      'Leg Swings',
    ]);
    // Two levels down is still under the parent.
    expect(filtered(exercises, { category: ['strengthening'] }).names).toEqual([
      'Nordic Curl',
      'Bridge',
    ]);
    // A sub-category alone does not take its siblings or its parent.
    expect(filtered(exercises, { category: ['static'] }).names).toEqual([
      'Hamstring Stretch',
    ]);
  });

  it('counts an exercise once under a parent, even when tagged with the parent and a child', () => {
    const exercises = [
      anExercise({ category_ids: ['stretching', 'static', 'dynamic'] }),
    ];
    const { counts } = filtered(exercises, {});
    expect(counts.category.get('stretching')).toBe(1);
    expect(counts.category.get('static')).toBe(1);
    expect(counts.category.get('strengthening')).toBeUndefined();
  });

  it('combines options of one facet with OR and facets with AND', () => {
    const exercises = [
      anExercise({ name: 'Band Row', equipment_ids: ['band'] }),
      anExercise({
        name: 'Dumbbell Press',
        equipment_ids: ['dumbbell'],
        difficulty: 'advanced',
      }),
      anExercise({ name: 'Wall Slide', equipment_ids: [] }),
    ];
    expect(
      filtered(exercises, { equipment: ['band', 'dumbbell'] }).names,
    ).toEqual(['Band Row', 'Dumbbell Press']);
    expect(
      filtered(exercises, {
        equipment: ['band', 'dumbbell'],
        difficulty: ['advanced'],
      }).names,
    ).toEqual(['Dumbbell Press']);
  });

  it("a facet's counts ignore its own selection but apply the others", () => {
    const exercises = [
      anExercise({ difficulty: 'beginner', equipment_ids: ['band'] }),
      anExercise({ difficulty: 'beginner', equipment_ids: ['mat'] }),
      anExercise({ difficulty: 'advanced', equipment_ids: ['band'] }),
      anExercise({ difficulty: 'intermediate', equipment_ids: ['mat'] }),
    ];
    const { names, counts } = filtered(exercises, {
      difficulty: ['beginner'],
      equipment: ['band'],
    });
    expect(names).toHaveLength(1);
    // Difficulty counts: equipment "band" applies, the beginner tick not.
    expect(counts.difficulty.get('beginner')).toBe(1);
    expect(counts.difficulty.get('advanced')).toBe(1);
    expect(counts.difficulty.get('intermediate')).toBeUndefined();
    // Equipment counts: beginner applies, the band tick not.
    expect(counts.equipment.get('band')).toBe(1);
    expect(counts.equipment.get('mat')).toBe(1);
  });

  it('tells platform from clinic exercises and finds those with a video', () => {
    const exercises = [
      anExercise({ name: 'Platform, filmed', video_url: 'https://v/1.mp4' }),
      anExercise({ name: 'Platform, unfilmed' }),
      anExercise({
        name: 'Clinic, filmed',
        organization_id: clinic,
        video_url: 'https://v/2.mp4',
      }),
    ];
    expect(filtered(exercises, { library: ['clinic'] }).names).toEqual([
      'Clinic, filmed',
    ]);
    const { names, counts } = filtered(exercises, { video: [hasVideo] });
    expect(names).toEqual(['Platform, filmed', 'Clinic, filmed']);
    expect(counts.library.get('platform')).toBe(1);
    expect(counts.video.get(hasVideo)).toBe(2);
  });

  it('lets nothing through for a ticked term the library no longer has', () => {
    const exercises = [anExercise({ equipment_ids: ['band'] })];
    const { names, counts } = filtered(exercises, { equipment: ['gone'] });
    expect(names).toEqual([]);
    expect(counts.equipment.get('band')).toBe(1);
  });

  it('keeps the order it was given (the search relevance)', () => {
    const exercises = [
      anExercise({ name: 'Zed', status: 'draft' }),
      anExercise({ name: 'Alpha', status: 'draft' }),
      anExercise({ name: 'Mid', status: 'archived' }),
    ];
    expect(filtered(exercises, { status: ['draft'] }).names).toEqual([
      'Zed',
      'Alpha',
    ]);
  });
});

// Any library and any selection: each count must equal what ticking
// that option instead of the facet's current ones would list, worked
// out here the slow way, straight from the exercises' fields.
const terms = ['a', 'b', 'c'];
const parentOf = new Map(categories.map((c) => [c.id, c.parent_id]));

function isUnder(categoryId: string, ancestorId: string): boolean {
  for (let id: string | null = categoryId; id !== null;) {
    if (id === ancestorId) return true;
    id = parentOf.get(id) ?? null;
  }
  return false;
}

function fallsUnder(
  exercise: LibraryExercise,
  facet: FacetKey,
  value: string,
): boolean {
  switch (facet) {
    case 'category':
      return exercise.category_ids.some((id) => isUnder(id, value));
    case 'body_region':
      return exercise.body_region_ids.includes(value);
    case 'equipment':
      return exercise.equipment_ids.includes(value);
    case 'difficulty':
      return exercise.difficulty === value;
    case 'library':
      return (
        (exercise.organization_id === null ? 'platform' : 'clinic') === value
      );
    case 'status':
      return exercise.status === value;
    case 'video':
      return value === hasVideo && exercise.video_url !== null;
  }
}

function passesOthers(
  exercise: LibraryExercise,
  selections: FacetSelections,
  except: FacetKey | null,
): boolean {
  return facetKeys.every(
    (facet) =>
      facet === except ||
      selections[facet].length === 0 ||
      selections[facet].some((value) => fallsUnder(exercise, facet, value)),
  );
}

const anyExercise = fc.record({
  difficulty: fc.constantFrom(...difficulties),
  status: fc.constantFrom(...exerciseStatuses),
  organization_id: fc.constantFrom(null, clinic),
  video_url: fc.constantFrom(null, 'https://v/x.mp4'),
  category_ids: fc.subarray(categories.map((c) => c.id)),
  body_region_ids: fc.subarray(terms),
  equipment_ids: fc.subarray(terms),
});
const anySelection: fc.Arbitrary<FacetSelections> = fc.record({
  category: fc.subarray(
    categories.map((c) => c.id),
    { maxLength: 2 },
  ),
  body_region: fc.subarray(terms, { maxLength: 2 }),
  equipment: fc.subarray(terms, { maxLength: 1 }),
  difficulty: fc.subarray([...difficulties], { maxLength: 2 }),
  library: fc.subarray(['platform', 'clinic'], { maxLength: 1 }),
  status: fc.subarray([...exerciseStatuses], { maxLength: 2 }),
  video: fc.subarray([hasVideo]),
});
const everyValue = [
  ...categories.map((c) => c.id),
  ...terms,
  ...difficulties,
  ...exerciseStatuses,
  'platform',
  'clinic',
  hasVideo,
];

describe('facets, for any library and selection', () => {
  it('list what passes every facet and count what each option would give', () => {
    fc.assert(
      fc.property(
        fc.array(anyExercise, { maxLength: 40 }),
        anySelection,
        (shapes, selections) => {
          const exercises = shapes.map((shape) => anExercise(shape));
          const library = indexExercises(exercises, categories);
          const { results, counts } = applyFacets(
            library,
            library.entries,
            selections,
          );
          expect(results.map((entry) => entry.exercise)).toEqual(
            exercises.filter((e) => passesOthers(e, selections, null)),
          );
          for (const facet of facetKeys) {
            for (const value of everyValue) {
              const expected = exercises.filter(
                (e) =>
                  fallsUnder(e, facet, value) &&
                  passesOthers(e, selections, facet),
              ).length;
              expect(counts[facet].get(value) ?? 0).toBe(expected);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
