import type {
  ExerciseContent,
  ExerciseEdits,
} from '../replica/exercise-writes';
import {
  withFreshKeys,
  type ContraindicationValues,
  type ExerciseFormField,
  type ExerciseFormValues,
  type InstructionValues,
} from './exercise-form-values';

/**
 * What the editor's form changed, compared as the exercise would be
 * stored: names and texts trimmed, tag ids as sets, row keys ignored.
 * Typing a space after the name is therefore no change at all.
 */

export type FormChanges = Partial<ExerciseFormValues>;

type StoredContent = Pick<ExerciseContent, ExerciseFormField>;

const formFields = [
  'name',
  'description',
  'difficulty',
  'estimated_duration_seconds',
  'video_url',
  'category_ids',
  'body_region_ids',
  'equipment_ids',
  'instructions',
  'contraindications',
] as const satisfies readonly ExerciseFormField[];

/** Seconds, or null when the field is empty. */
export function durationOf(value: number | string): number | null {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? null : Number(value);
}

function storedInstruction({ type, text, image_url }: InstructionValues) {
  return { type, text: text.trim(), image_url };
}

function storedContraindication(row: ContraindicationValues) {
  return {
    condition: row.condition.trim(),
    severity: row.severity,
    note: row.note.trim(),
  };
}

/** The form's values in the shape the replica stores them. */
function storedContent(values: ExerciseFormValues): StoredContent {
  const videoUrl = values.video_url.trim();
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    difficulty: values.difficulty,
    estimated_duration_seconds: durationOf(values.estimated_duration_seconds),
    video_url: videoUrl === '' ? null : videoUrl,
    category_ids: [...values.category_ids].sort(),
    body_region_ids: [...values.body_region_ids].sort(),
    equipment_ids: [...values.equipment_ids].sort(),
    instructions: values.instructions.map(storedInstruction),
    contraindications: values.contraindications.map(storedContraindication),
  };
}

function changedFields(
  base: ExerciseFormValues,
  values: ExerciseFormValues,
): { content: StoredContent; changed: ExerciseFormField[] } {
  const before = storedContent(base);
  const content = storedContent(values);
  const changed = formFields.filter(
    (field) => JSON.stringify(before[field]) !== JSON.stringify(content[field]),
  );
  return { content, changed };
}

function copyField<T>(to: Partial<T>, from: T, field: keyof T): void {
  to[field] = from[field];
}

/** The fields of `values` that differ from `base`, as typed. */
export function changedFormFields(
  base: ExerciseFormValues,
  values: ExerciseFormValues,
): FormChanges {
  const changes: FormChanges = {};
  for (const field of changedFields(base, values).changed) {
    copyField(changes, values, field);
  }
  return changes;
}

/**
 * The edits to write for the form's changes, only for fields that
 * changed. A new video address drops the old video's provider, poster
 * and duration, which described the previous video.
 */
export function exerciseEditsFrom(
  base: ExerciseFormValues,
  values: ExerciseFormValues,
): ExerciseEdits {
  const edits: ExerciseEdits = {};
  const { content, changed } = changedFields(base, values);
  for (const field of changed) copyField(edits, content, field);
  if (changed.includes('video_url')) {
    edits.video_provider = null;
    edits.video_thumbnail_url = null;
    edits.video_duration_seconds = null;
  }
  return edits;
}

/**
 * `base` with `changes` (from a kept draft) laid over it. Restored rows
 * get fresh keys, so they never collide with rows made on this screen.
 */
export function applyFormChanges(
  base: ExerciseFormValues,
  changes: FormChanges,
): ExerciseFormValues {
  const values = { ...base, ...changes };
  return {
    ...values,
    instructions: withFreshKeys(values.instructions),
    contraindications: withFreshKeys(values.contraindications),
  };
}
