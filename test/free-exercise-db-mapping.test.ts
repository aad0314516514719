import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import {
  LibraryFileError,
  mapFreeExerciseDb,
} from '../server/library-transfer/free-exercise-db';
import {
  globalBodyRegions,
  globalCategories,
  globalEquipment,
  type CategoryTerm,
} from '../shared/library/taxonomy';

const fixtureText = readFileSync(
  join(import.meta.dirname, 'fixtures/free-exercise-db/exercises.json'),
  'utf8',
);
const imported = mapFreeExerciseDb(fixtureText);

function categorySlugs(terms: readonly CategoryTerm[]): string[] {
  return terms.flatMap((term) => [
    term.slug,
    ...categorySlugs(term.children ?? []),
  ]);
}
const validCategories = new Set(categorySlugs(globalCategories));
const validRegions = new Set(globalBodyRegions.map((region) => region.slug));
const validEquipment = new Set(globalEquipment.map((item) => item.slug));

function importedExercise(name: string) {
  const exercise = imported.exercises.find((found) => found.name === name);
  if (exercise === undefined) throw new Error(`${name} was not imported`);
  return exercise;
}

/** The error `run` throws, failing the test when it throws nothing. */
function fileErrorOf(run: () => unknown): LibraryFileError {
  try {
    run();
  } catch (error) {
    if (error instanceof LibraryFileError) return error;
    throw error;
  }
  throw new Error('expected a LibraryFileError');
}

/** A minimal well-formed source row, to break one field at a time. */
function sourceRow(name: string, overrides: Record<string, unknown> = {}) {
  return {
    name,
    level: 'beginner',
    equipment: 'body only',
    primaryMuscles: ['quadriceps'],
    secondaryMuscles: [],
    instructions: ['Stand tall.', 'Sit back and down.'],
    category: 'strength',
    images: [],
    ...overrides,
  };
}

describe('importing free-exercise-db', () => {
  it('turns all 873 source exercises into drafts with unique slugs', () => {
    const slugs = imported.exercises.map((exercise) => exercise.slug);
    expect(imported.exercises).toHaveLength(873);
    expect(new Set(slugs).size).toBe(873);
    expect(new Set(imported.exercises.map(({ status }) => status))).toEqual(
      new Set(['draft']),
    );
  });

  it('tags exercises only with terms from the Motus taxonomy', () => {
    const unknownTags = imported.exercises.flatMap((exercise) => [
      ...exercise.categories.filter((slug) => !validCategories.has(slug)),
      ...exercise.bodyRegions.filter((slug) => !validRegions.has(slug)),
      ...exercise.equipment.filter((slug) => !validEquipment.has(slug)),
    ]);
    expect(unknownTags).toEqual([]);
  });

  it('builds kebab-case ASCII slugs from names such as 3/4 Sit-Up', () => {
    expect(importedExercise('3/4 Sit-Up').slug).toBe('3-4-sit-up');
  });

  it('files a dumbbell bicep curl under elbow, dumbbell and isotonic', () => {
    const curl = importedExercise('Dumbbell Bicep Curl');
    expect(curl.bodyRegions).toEqual(['elbow', 'wrist-hand']);
    expect(curl.equipment).toEqual(['dumbbell']);
    expect(curl.categories).toEqual(['isotonic']);
    expect(curl.difficulty).toBe('beginner');
    expect(curl.description).toBe(
      'Imported from free-exercise-db: a beginner strength exercise for the biceps.',
    );
  });

  it('files a hamstring stretch as a static stretch for hip and knee', () => {
    const stretch = importedExercise('Hamstring Stretch');
    expect(stretch.categories).toEqual(['static-stretching']);
    expect(stretch.bodyRegions).toEqual(['knee', 'hip']);
  });

  it('reports missing equipment instead of calling it bodyweight', () => {
    const stretch = importedExercise('Hamstring Stretch');
    const row = imported.report.find(({ slug }) => slug === stretch.slug);
    expect(stretch.equipment).toEqual([]);
    expect(row?.unmapped).toEqual(['equipment: null']);
  });

  it('files a band pull apart under resistance band and shoulder', () => {
    const pullApart = importedExercise('Band Pull Apart');
    expect(pullApart.equipment).toEqual(['resistance-band']);
    expect(pullApart.bodyRegions).toContain('shoulder');
  });

  it('reports rows whose barbell or cable equipment has no Motus term', () => {
    const barbell = imported.report.find((row) => row.name === 'Barbell Curl');
    const cable = imported.report.find((row) => row.name === 'Cable Crossover');
    expect(barbell?.unmapped).toContain('equipment: barbell');
    expect(cable?.unmapped).toContain('equipment: cable');
    expect(importedExercise('Barbell Curl').equipment).toEqual([]);
  });

  it('reports a row number that points back at the source array', () => {
    const source = JSON.parse(fixtureText) as { name: string }[];
    for (const row of imported.report) {
      expect(source[row.row - 1]?.name).toBe(row.name);
    }
  });

  it('leaves out of the report the rows where every value mapped', () => {
    expect(imported.report.map((row) => row.name)).not.toContain(
      'Dumbbell Bicep Curl',
    );
  });

  it('puts each image on the step of the same position', () => {
    const text = JSON.stringify([
      sourceRow('Squat', { images: ['Squat/0.jpg', 'Squat/1.jpg', 'x.jpg'] }),
    ]);
    const { exercises, report } = mapFreeExerciseDb(text, {
      imageBaseUrl: 'https://cdn.example/images/',
    });
    expect(exercises[0]?.instructions).toEqual([
      {
        type: 'step',
        text: 'Stand tall.',
        imageUrl: 'https://cdn.example/images/Squat/0.jpg',
      },
      {
        type: 'step',
        text: 'Sit back and down.',
        imageUrl: 'https://cdn.example/images/Squat/1.jpg',
      },
    ]);
    expect(report).toEqual([
      { row: 1, slug: 'squat', name: 'Squat', unmapped: ['image: x.jpg'] },
    ]);
  });

  it('rejects a file with a syntax error and names its line', () => {
    const text = '[\n  {"name": "Squat",\n    "level" "beginner"}\n]';
    const error = fileErrorOf(() => mapFreeExerciseDb(text));
    expect(error.problems).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('rejects a file that is not an array of exercises', () => {
    const error = fileErrorOf(() => mapFreeExerciseDb('{"name": "Squat"}'));
    expect(error.problems).toHaveLength(1);
  });

  it('lists every bad row at once, by 1-based row number', () => {
    const rows: unknown[] = [
      sourceRow('Squat'),
      sourceRow('Lunge'),
      sourceRow('', { name: undefined }),
      sourceRow('Bridge'),
      sourceRow('Plank', { level: 'elite' }),
    ];
    const error = fileErrorOf(() => mapFreeExerciseDb(JSON.stringify(rows)));
    expect(error.problems.map((problem) => problem.row)).toEqual([3, 5]);
  });

  it('rejects a file in which two exercises share a slug', () => {
    const rows = [sourceRow('Wall Sit'), sourceRow('Wall-Sit')];
    const error = fileErrorOf(() => mapFreeExerciseDb(JSON.stringify(rows)));
    expect(error.problems).toEqual([
      expect.objectContaining({
        row: 2,
        message: expect.stringContaining('1'),
      }),
    ]);
  });
});
