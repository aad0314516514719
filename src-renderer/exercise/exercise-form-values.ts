import type {
  ContraindicationSeverity,
  Difficulty,
  InstructionType,
} from '../../shared/domain';
import type { Exercise } from '../replica/exercise-queries';

/**
 * What the exercise editor's form holds: the exercise's own field names,
 * as typed (untrimmed), with a key on each instruction and
 * contraindication so rows keep their identity while they move.
 */

export interface InstructionValues {
  key: string;
  type: InstructionType;
  text: string;
  image_url: string | null;
}

export interface ContraindicationValues {
  key: string;
  condition: string;
  severity: ContraindicationSeverity;
  note: string;
}

export interface ExerciseFormValues {
  name: string;
  description: string;
  difficulty: Difficulty;
  /** Seconds; '' when left empty (Mantine's NumberInput gives strings). */
  estimated_duration_seconds: number | string;
  /** '' for no video. */
  video_url: string;
  category_ids: string[];
  body_region_ids: string[];
  equipment_ids: string[];
  instructions: InstructionValues[];
  contraindications: ContraindicationValues[];
}

export type ExerciseFormField = keyof ExerciseFormValues;

let lastRowKey = 0;

/** A key no other row on this screen has, for React and drag and drop. */
export function newRowKey(): string {
  lastRowKey += 1;
  return `row-${lastRowKey}`;
}

export function newInstruction(
  type: InstructionType = 'step',
): InstructionValues {
  return { key: newRowKey(), type, text: '', image_url: null };
}

export function newContraindication(): ContraindicationValues {
  return { key: newRowKey(), condition: '', severity: 'warning', note: '' };
}

/** The form's starting values for `exercise`. */
export function formValuesOf(
  exercise: Pick<
    Exercise,
    | 'name'
    | 'description'
    | 'difficulty'
    | 'estimated_duration_seconds'
    | 'video_url'
    | 'category_ids'
    | 'body_region_ids'
    | 'equipment_ids'
    | 'instructions'
    | 'contraindications'
  >,
): ExerciseFormValues {
  return {
    name: exercise.name,
    description: exercise.description,
    difficulty: exercise.difficulty,
    estimated_duration_seconds: exercise.estimated_duration_seconds ?? '',
    video_url: exercise.video_url ?? '',
    category_ids: [...exercise.category_ids],
    body_region_ids: [...exercise.body_region_ids],
    equipment_ids: [...exercise.equipment_ids],
    instructions: exercise.instructions.map((instruction) => ({
      ...instruction,
      key: newRowKey(),
    })),
    contraindications: exercise.contraindications.map((contraindication) => ({
      ...contraindication,
      key: newRowKey(),
    })),
  };
}

/** The same rows under fresh keys (rows restored from a saved draft). */
export function withFreshKeys<Row extends { key: string }>(
  rows: readonly Row[],
): Row[] {
  return rows.map((row) => ({ ...row, key: newRowKey() }));
}
