import type {
  ContraindicationSeverity,
  Difficulty,
  InstructionType,
} from '../domain';
import type { MovementProfile } from './movement-profile';

/**
 * An exercise as authored in the project, before it has a database id.
 * Taxonomy terms are named by slug (see `taxonomy.ts`).
 */
export interface LibraryExercise {
  slug: string;
  name: string;
  description: string;
  difficulty: Difficulty;
  /** Time to perform one prescribed bout, in seconds. */
  estimatedDurationSeconds: number;
  categories: readonly string[];
  bodyRegions: readonly string[];
  equipment: readonly string[];
  instructions: readonly {
    type: InstructionType;
    text: string;
    /** An image showing the step, where there is one. */
    imageUrl?: string;
  }[];
  contraindications: readonly {
    condition: string;
    severity: ContraindicationSeverity;
    note: string;
  }[];
  /** Present where a webcam can count the movement's reps. */
  movementProfile?: MovementProfile;
}
