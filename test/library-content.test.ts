import { describe, expect, it } from 'vitest';

import { difficulties, instructionTypes } from '../shared/domain';
import {
  lakeviewExercises,
  northsideExercises,
} from '../shared/library/demo-clinics';
import { globalExercises } from '../shared/library/global';
import type { LibraryExercise } from '../shared/library/library-exercise';
import {
  bodyAreas,
  globalBodyRegions,
  globalCategories,
  globalEquipment,
  type CategoryTerm,
} from '../shared/library/taxonomy';

// Each category slug mapped to the top-level category it sits under, so a
// leaf such as `isometric` counts toward `strengthening`.
const topLevelCategoryOf = new Map<string, string>();
function collectCategories(terms: readonly CategoryTerm[], top?: string) {
  for (const term of terms) {
    topLevelCategoryOf.set(term.slug, top ?? term.slug);
    collectCategories(term.children ?? [], top ?? term.slug);
  }
}
collectCategories(globalCategories);

const bodyAreaOf = new Map(
  globalBodyRegions.map((region) => [region.slug, region.bodyArea]),
);
const equipmentSlugs = new Set(globalEquipment.map((item) => item.slug));

const clinics = [
  { clinic: 'Northside', exercises: northsideExercises },
  { clinic: 'Lakeview', exercises: lakeviewExercises },
];
const everyExercise: readonly LibraryExercise[] = [
  ...globalExercises,
  ...northsideExercises,
  ...lakeviewExercises,
];

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Slugs of the exercises for which `isBroken` holds, for readable failures. */
function offenders(isBroken: (exercise: LibraryExercise) => boolean) {
  return everyExercise.filter(isBroken).map((exercise) => exercise.slug);
}

describe('the global exercise library', () => {
  it('offers at least 44 exercises', () => {
    expect(globalExercises.length).toBeGreaterThanOrEqual(44);
  });

  it('includes the classics every clinic expects to find', () => {
    const names = globalExercises.map((exercise) => exercise.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Shoulder External Rotation',
        'Wall Slide',
        'Bird Dog',
        'Clamshell',
      ]),
    );
  });

  it('warns about impingement and rules out an acute cuff tear for shoulder external rotation', () => {
    const rotation = globalExercises.find(
      (exercise) => exercise.slug === 'shoulder-external-rotation',
    );
    expect(rotation?.contraindications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          condition: 'Shoulder Impingement',
          severity: 'warning',
        }),
        expect.objectContaining({
          condition: 'Acute Rotator Cuff Tear',
          severity: 'contraindicated',
        }),
      ]),
    );
  });

  it('never gives two exercises the same slug or name', () => {
    expect(duplicates(globalExercises.map((e) => e.slug))).toEqual([]);
    expect(duplicates(globalExercises.map((e) => e.name))).toEqual([]);
  });

  it('uses every piece of equipment in at least one exercise', () => {
    const used = new Set(globalExercises.flatMap((e) => e.equipment));
    const unused = [...equipmentSlugs].filter((slug) => !used.has(slug));
    expect(unused).toEqual([]);
  });

  it('tags every body region on at least two exercises', () => {
    const sparse = globalBodyRegions
      .map((region) => region.slug)
      .filter(
        (slug) =>
          globalExercises.filter((e) => e.bodyRegions.includes(slug)).length <
          2,
      );
    expect(sparse).toEqual([]);
  });

  it('offers beginner, intermediate and advanced work in every body area', () => {
    for (const area of bodyAreas) {
      const offered = new Set(
        globalExercises
          .filter((e) => e.bodyRegions.some((r) => bodyAreaOf.get(r) === area))
          .map((e) => e.difficulty),
      );
      expect([...offered].sort(), area).toEqual([...difficulties].sort());
    }
  });

  it('has at least three exercises under each top-level category', () => {
    for (const top of globalCategories) {
      const count = globalExercises.filter((e) =>
        e.categories.some((slug) => topLevelCategoryOf.get(slug) === top.slug),
      ).length;
      expect(count, top.slug).toBeGreaterThanOrEqual(3);
    }
  });
});

describe.each(clinics)('the $clinic demo library', ({ exercises }) => {
  it('holds three or four exercises with slugs of their own', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(3);
    expect(exercises.length).toBeLessThanOrEqual(4);
    expect(duplicates(exercises.map((e) => e.slug))).toEqual([]);
  });

  it('keeps at least one exercise in draft', () => {
    expect(exercises.some((e) => e.status === 'draft')).toBe(true);
  });
});

describe('every exercise, global or clinic', () => {
  it('has a kebab-case slug', () => {
    expect(offenders((e) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.slug))).toEqual(
      [],
    );
  });

  it('explains itself in one to three sentences', () => {
    const sentenceCount = (text: string) =>
      text.split(/(?<=[.!?])\s+/).filter((s) => s.trim() !== '').length;
    expect(
      offenders(
        (e) =>
          e.description.trim() === '' ||
          sentenceCount(e.description) > 3 ||
          !/[.!?]$/.test(e.description),
      ),
    ).toEqual([]);
  });

  it('names only categories, body regions and equipment the taxonomy defines', () => {
    expect(
      offenders(
        (e) =>
          e.categories.some((slug) => !topLevelCategoryOf.has(slug)) ||
          e.bodyRegions.some((slug) => !bodyAreaOf.has(slug)) ||
          e.equipment.some((slug) => !equipmentSlugs.has(slug)),
      ),
    ).toEqual([]);
  });

  it('is tagged with a category, a body region and its equipment', () => {
    expect(
      offenders(
        (e) =>
          e.categories.length === 0 ||
          e.bodyRegions.length === 0 ||
          e.equipment.length === 0,
      ),
    ).toEqual([]);
  });

  it('orders instructions from preparation through steps, form cues and breathing to safety', () => {
    const isInOrder = (e: LibraryExercise) => {
      const ranks = e.instructions.map((line) =>
        instructionTypes.indexOf(line.type),
      );
      return ranks.join() === ranks.toSorted((a, b) => a - b).join();
    };
    expect(offenders((e) => !isInOrder(e))).toEqual([]);
    expect(offenders((e) => e.instructions[0]?.type !== 'preparation')).toEqual(
      [],
    );
  });

  it('gives at least two steps, a form cue, a breathing cue and a safety line', () => {
    const countOf = (e: LibraryExercise, type: string) =>
      e.instructions.filter((line) => line.type === type).length;
    expect(
      offenders(
        (e) =>
          countOf(e, 'step') < 2 ||
          countOf(e, 'form_cue') < 1 ||
          countOf(e, 'breathing') < 1 ||
          countOf(e, 'safety') < 1,
      ),
    ).toEqual([]);
  });

  it('writes every instruction as a finished sentence', () => {
    expect(
      offenders((e) =>
        e.instructions.some((line) => !/^[A-Z].*[.!?]$/.test(line.text)),
      ),
    ).toEqual([]);
  });

  it('tells the clinician what to do about each contraindication', () => {
    expect(
      offenders((e) =>
        e.contraindications.some(
          (c) => c.condition.trim() === '' || c.note.trim() === '',
        ),
      ),
    ).toEqual([]);
    expect(
      offenders(
        (e) =>
          duplicates(e.contraindications.map((c) => c.condition)).length > 0,
      ),
    ).toEqual([]);
  });

  it('estimates one bout at between half a minute and ten minutes', () => {
    expect(
      offenders(
        (e) =>
          !Number.isInteger(e.estimatedDurationSeconds) ||
          e.estimatedDurationSeconds < 30 ||
          e.estimatedDurationSeconds > 600,
      ),
    ).toEqual([]);
  });
});
