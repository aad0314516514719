import { describe, expect, it } from 'vitest';
import {
  applyFormChanges,
  changedFormFields,
  exerciseEditsFrom,
} from '../../src-renderer/exercise/exercise-edits';
import {
  formValuesOf,
  newInstruction,
} from '../../src-renderer/exercise/exercise-form-values';
import { aPlatformExercise } from '../replica/replica-fixtures';

const tagA = '0a0a0a0a-0000-4000-8000-00000000000a';
const tagB = '0b0b0b0b-0000-4000-8000-00000000000b';

const exercise = aPlatformExercise({
  name: 'Glute Bridge',
  video_url: 'https://cdn.example/bridge.mp4',
  video_provider: 's3',
  video_thumbnail_url: 'https://cdn.example/bridge.jpg',
  video_duration_seconds: 42,
  body_region_ids: [tagA, tagB],
});

describe('what the editor writes', () => {
  it('writes nothing when nothing changed', () => {
    const base = formValuesOf(exercise);

    expect(exerciseEditsFrom(base, formValuesOf(exercise))).toEqual({});
  });

  it('writes only the fields that changed, trimmed as stored', () => {
    const base = formValuesOf(exercise);
    const values = { ...base, name: '  Single-leg Glute Bridge ' };

    expect(exerciseEditsFrom(base, values)).toEqual({
      name: 'Single-leg Glute Bridge',
    });
  });

  it('counts spaces around a name, or tags picked in another order, as no change', () => {
    const base = formValuesOf(exercise);
    const values = {
      ...base,
      name: `${base.name}  `,
      body_region_ids: [tagB, tagA],
    };

    expect(changedFormFields(base, values)).toEqual({});
  });

  it('writes an emptied duration as no duration', () => {
    const base = formValuesOf(exercise);

    expect(
      exerciseEditsFrom(base, { ...base, estimated_duration_seconds: '' }),
    ).toEqual({ estimated_duration_seconds: null });
  });

  it('writes the whole instruction list, in its new order, after a move', () => {
    const base = formValuesOf(exercise);
    const [first, second] = base.instructions;
    if (!first || !second) throw new Error('fixture has two instructions');

    const edits = exerciseEditsFrom(base, {
      ...base,
      instructions: [second, first],
    });

    expect(edits.instructions?.map((row) => row.text)).toEqual([
      second.text,
      first.text,
    ]);
    expect(edits.instructions?.[0]).not.toHaveProperty('key');
  });

  it('forgets the old video poster and provider when the video address changes', () => {
    const base = formValuesOf(exercise);

    expect(
      exerciseEditsFrom(base, {
        ...base,
        video_url: 'https://cdn.example/bridge-v2.mp4',
      }),
    ).toEqual({
      video_url: 'https://cdn.example/bridge-v2.mp4',
      video_provider: null,
      video_thumbnail_url: null,
      video_duration_seconds: null,
    });
  });

  it('removes the video when its address is cleared', () => {
    const base = formValuesOf(exercise);

    expect(exerciseEditsFrom(base, { ...base, video_url: ' ' }).video_url).toBe(
      null,
    );
  });
});

describe('a kept draft laid over the exercise', () => {
  it('brings back the changed fields and keeps the rest from the exercise', () => {
    const before = formValuesOf(exercise);
    const typed = {
      ...before,
      description: 'Feet hip-width apart.',
      instructions: [...before.instructions, newInstruction('safety')],
    };
    const changes = changedFormFields(before, typed);

    const renamedMeanwhile = formValuesOf({ ...exercise, name: 'Bridge' });
    const restored = applyFormChanges(renamedMeanwhile, changes);

    expect(Object.keys(changes).sort()).toEqual([
      'description',
      'instructions',
    ]);
    expect(restored.name).toBe('Bridge');
    expect(restored.description).toBe('Feet hip-width apart.');
    expect(restored.instructions.map((row) => row.type)).toEqual([
      'preparation',
      'step',
      'safety',
    ]);
  });

  it('gives restored rows keys no row on screen has', () => {
    const base = formValuesOf(exercise);
    const restored = applyFormChanges(base, {
      instructions: base.instructions,
    });

    const keys = [...base.instructions, ...restored.instructions].map(
      (row) => row.key,
    );
    expect(new Set(keys).size).toBe(keys.length);
  });
});
