import { IsUri } from 'typebox/format';
import type { ExerciseFormValues } from './exercise-form-values';

/**
 * The editor's checks, with the limits of `ExerciseDocument` in
 * shared/schemas/sync.ts: what passes here the replica accepts, so a
 * clinician sees the problem beside the field instead of a refused save.
 */

export const exerciseLimits = {
  nameLength: 200,
  descriptionLength: 5000,
  instructionLength: 2000,
  conditionLength: 200,
  noteLength: 2000,
  instructions: 60,
  contraindications: 60,
  /** Tags per taxonomy. */
  terms: 40,
  /** Seconds: one day. */
  longestDuration: 86400,
  videoUrlLength: 2048,
} as const;

const termFields = [
  'category_ids',
  'body_region_ids',
  'equipment_ids',
] as const;

/** Messages by form path (`name`, `instructions.2.text`, …). */
export type ExerciseFormErrors = Record<string, string>;

function tooLong(text: string, limit: number, what: string): string | null {
  const length = text.trim().length;
  return length > limit
    ? `Keep ${what} to ${limit} characters (it has ${length}).`
    : null;
}

function durationProblem(value: number | string): string | null {
  if (typeof value === 'string' && value.trim() === '') return null;
  const seconds = Number(value);
  const fits =
    Number.isInteger(seconds) &&
    seconds >= 1 &&
    seconds <= exerciseLimits.longestDuration;
  return fits
    ? null
    : `Enter whole seconds from 1 to ${exerciseLimits.longestDuration}, or leave it empty.`;
}

/** Only web addresses a video player can fetch: http and https. */
function videoUrlProblem(value: string): string | null {
  const url = value.trim();
  if (url === '') return null;
  const problem = 'Enter a web address that starts with https:// or http://.';
  if (!/^https?:\/\/[^\s/]+/i.test(url) || !IsUri(url)) return problem;
  return tooLong(url, exerciseLimits.videoUrlLength, 'the address');
}

function requiredText(
  text: string,
  limit: number,
  missing: string,
  what: string,
): string | null {
  return text.trim() === '' ? missing : tooLong(text, limit, what);
}

type Note = (path: string, problem: string | null) => void;

function checkFields(values: ExerciseFormValues, note: Note): void {
  const limits = exerciseLimits;
  note(
    'name',
    requiredText(
      values.name,
      limits.nameLength,
      'Give the exercise a name.',
      'the name',
    ),
  );
  note(
    'description',
    tooLong(values.description, limits.descriptionLength, 'the description'),
  );
  note(
    'estimated_duration_seconds',
    durationProblem(values.estimated_duration_seconds),
  );
  note('video_url', videoUrlProblem(values.video_url));
  for (const field of termFields) {
    if (values[field].length > limits.terms) {
      note(field, `Pick at most ${limits.terms}.`);
    }
  }
}

function checkInstructions(values: ExerciseFormValues, note: Note): void {
  const limit = exerciseLimits.instructions;
  if (values.instructions.length > limit) {
    note('instructions', `An exercise holds at most ${limit} instructions.`);
  }
  values.instructions.forEach((instruction, index) => {
    note(
      `instructions.${index}.text`,
      requiredText(
        instruction.text,
        exerciseLimits.instructionLength,
        'Write what to do, or remove this instruction.',
        'an instruction',
      ),
    );
  });
}

function checkContraindications(values: ExerciseFormValues, note: Note) {
  const limits = exerciseLimits;
  if (values.contraindications.length > limits.contraindications) {
    note(
      'contraindications',
      `An exercise holds at most ${limits.contraindications} contraindications.`,
    );
  }
  values.contraindications.forEach((row, index) => {
    note(
      `contraindications.${index}.condition`,
      requiredText(
        row.condition,
        limits.conditionLength,
        'Name the condition, or remove this contraindication.',
        'the condition',
      ),
    );
    note(
      `contraindications.${index}.note`,
      tooLong(row.note, limits.noteLength, 'the note'),
    );
  });
}

/** Every problem with `values`; empty when they can be saved. */
export function exerciseFormErrors(
  values: ExerciseFormValues,
): ExerciseFormErrors {
  const errors: ExerciseFormErrors = {};
  const note: Note = (path, problem) => {
    if (problem !== null) errors[path] = problem;
  };
  checkFields(values, note);
  checkInstructions(values, note);
  checkContraindications(values, note);
  return errors;
}
