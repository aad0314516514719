import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseEditsFrom } from '../../src-renderer/exercise/exercise-edits';
import {
  exerciseFormErrors,
  exerciseLimits,
} from '../../src-renderer/exercise/exercise-form-rules';
import {
  formValuesOf,
  newContraindication,
  newInstruction,
  type ExerciseFormValues,
} from '../../src-renderer/exercise/exercise-form-values';
import { editExercise } from '../../src-renderer/replica/exercise-writes';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  aPlatformExercise,
  northside,
  openTestReplica,
} from '../replica/replica-fixtures';

const exercise = aPlatformExercise({ organization_id: northside });
const base = formValuesOf(exercise);

const errorsFor = (changes: Partial<ExerciseFormValues>) =>
  exerciseFormErrors({ ...base, ...changes });

describe('the editor checks', () => {
  it('find nothing wrong with an exercise as it was stored', () => {
    expect(exerciseFormErrors(base)).toEqual({});
  });

  it('ask for a name that is more than spaces, and at most 200 characters', () => {
    expect(errorsFor({ name: '   ' }).name).toBe('Give the exercise a name.');
    expect(errorsFor({ name: 'x'.repeat(201) }).name).toMatch(/200 characters/);
    expect(errorsFor({ name: ` ${'x'.repeat(200)} ` }).name).toBeUndefined();
  });

  it('limit the description to 5000 characters', () => {
    expect(errorsFor({ description: 'x'.repeat(5001) }).description).toMatch(
      /5000/,
    );
  });

  it('take a duration in whole seconds up to a day, or none', () => {
    const durationError = (value: number | string) =>
      errorsFor({ estimated_duration_seconds: value })
        .estimated_duration_seconds;

    expect(durationError('')).toBeUndefined();
    expect(durationError(90)).toBeUndefined();
    expect(durationError(86400)).toBeUndefined();
    expect(durationError(0)).toBeDefined();
    expect(durationError(86401)).toBeDefined();
    expect(durationError(12.5)).toBeDefined();
    expect(durationError('-')).toBeDefined();
  });

  it('take only http and https video addresses', () => {
    const videoError = (url: string) => errorsFor({ video_url: url }).video_url;

    expect(videoError('')).toBeUndefined();
    expect(videoError('https://video.example/wall-slide.m3u8')).toBeUndefined();
    expect(videoError('http://192.168.1.20/clinic/bridge.mp4')).toBeUndefined();
    expect(videoError('ftp://video.example/bridge.mp4')).toBeDefined();
    expect(videoError('javascript:alert(1)')).toBeDefined();
    expect(videoError('https://video.example/wall slide.mp4')).toBeDefined();
    expect(videoError('wall-slide.mp4')).toBeDefined();
  });

  it('put the problem beside the instruction or contraindication it is about', () => {
    const errors = errorsFor({
      instructions: [
        { ...newInstruction(), text: 'Stand tall.' },
        newInstruction(),
      ],
      contraindications: [
        newContraindication(),
        {
          ...newContraindication(),
          condition: 'Osteoporosis',
          note: 'n'.repeat(2001),
        },
      ],
    });

    expect(Object.keys(errors).sort()).toEqual([
      'contraindications.0.condition',
      'contraindications.1.note',
      'instructions.1.text',
    ]);
  });

  it('allow at most 60 instructions', () => {
    const many = Array.from({ length: 61 }, () => ({
      ...newInstruction(),
      text: 'Repeat.',
    }));

    expect(errorsFor({ instructions: many }).instructions).toMatch(/60/);
    expect(
      errorsFor({ instructions: many.slice(0, 60) }).instructions,
    ).toBeUndefined();
  });
});

describe('what the editor checks let through', () => {
  let replica: Replica;

  beforeAll(async () => {
    replica = await openTestReplica();
    await replica.collections.exercises.insert(exercise);
  });

  afterAll(async () => {
    await replica.close();
  });

  // Mostly what a clinician types, sometimes blanks and lengths at the
  // limits, so that a fair share of the drawn forms pass the checks.
  const text = (limit: number) =>
    fc.oneof(
      { weight: 8, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
      { weight: 1, arbitrary: fc.constantFrom('', ' ', '\n\t') },
      {
        weight: 1,
        arbitrary: fc
          .integer({ min: limit - 2, max: limit + 2 })
          .map((length) => ` ${'a'.repeat(length)}`),
      },
    );

  const formValues = fc.record({
    name: text(exerciseLimits.nameLength),
    description: text(exerciseLimits.descriptionLength),
    difficulty: fc.constantFrom(
      'beginner' as const,
      'intermediate' as const,
      'advanced' as const,
    ),
    estimated_duration_seconds: fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      { weight: 4, arbitrary: fc.integer({ min: -2, max: 86402 }) },
      { weight: 1, arbitrary: fc.double({ min: 0, max: 100, noNaN: true }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    video_url: fc.oneof(
      { weight: 3, arbitrary: fc.constant('') },
      { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: true }) },
      { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
      { weight: 1, arbitrary: fc.webUrl().map((url) => `${url}/a b`) },
    ),
    instructions: fc.array(
      fc.record({
        type: fc.constantFrom('preparation' as const, 'step' as const),
        text: text(exerciseLimits.instructionLength),
      }),
      { maxLength: 4 },
    ),
    contraindications: fc.array(
      fc.record({
        condition: text(exerciseLimits.conditionLength),
        severity: fc.constantFrom(
          'warning' as const,
          'contraindicated' as const,
        ),
        note: text(exerciseLimits.noteLength),
      }),
      { maxLength: 3 },
    ),
  });

  it('the replica always accepts', async () => {
    let savedCount = 0;
    await fc.assert(
      fc.asyncProperty(formValues, async (drawn) => {
        const values: ExerciseFormValues = {
          ...base,
          ...drawn,
          instructions: drawn.instructions.map((row) => ({
            ...newInstruction(row.type),
            text: row.text,
          })),
          contraindications: drawn.contraindications.map((row) => ({
            ...newContraindication(),
            ...row,
          })),
        };
        if (Object.keys(exerciseFormErrors(values)).length > 0) return;

        const saved = await editExercise(
          replica,
          exercise.id,
          exerciseEditsFrom(base, values),
        );
        expect(saved.id).toBe(exercise.id);
        savedCount += 1;
      }),
      { numRuns: 300 },
    );
    // Most drawn values break some rule; enough must pass to prove much.
    expect(savedCount).toBeGreaterThan(30);
  });
});
