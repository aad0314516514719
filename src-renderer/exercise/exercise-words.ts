import type {
  ContraindicationSeverity,
  Difficulty,
  ExerciseStatus,
  InstructionType,
} from '../../shared/domain';
import type { BodyArea } from '../../shared/library/taxonomy';

/**
 * The words the screens show for the library's enumerations, in one
 * place so the library, the page and the editor say the same thing.
 */

export const difficultyLabels: Readonly<Record<Difficulty, string>> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
};

export const statusLabels: Readonly<Record<ExerciseStatus, string>> = {
  draft: 'Draft',
  published: 'Published',
  archived: 'Archived',
};

/** What the button that moves an exercise into each status says. */
export const statusActionLabels: Readonly<Record<ExerciseStatus, string>> = {
  published: 'Publish',
  archived: 'Archive',
  draft: 'Move back to draft',
};

/** One instruction's type, as a choice in the editor. */
export const instructionTypeLabels: Readonly<Record<InstructionType, string>> =
  {
    preparation: 'Preparation',
    step: 'Step',
    form_cue: 'Form cue',
    breathing: 'Breathing',
    safety: 'Safety',
  };

/** The heading above all instructions of one type on the exercise page. */
export const instructionTypeHeadings: Readonly<
  Record<InstructionType, string>
> = {
  preparation: 'Preparation',
  step: 'Steps',
  form_cue: 'Form cues',
  breathing: 'Breathing',
  safety: 'Safety',
};

export const severityLabels: Readonly<
  Record<ContraindicationSeverity, string>
> = {
  warning: 'Warning',
  contraindicated: 'Contraindicated',
};

export const bodyAreaLabels: Readonly<Record<BodyArea, string>> = {
  upper_body: 'Upper Body',
  core: 'Core',
  lower_body: 'Lower Body',
  full_body: 'Full Body',
};

/** "Platform library", or the name of the clinic that owns it. */
export function scopeLabel(
  organizationId: string | null,
  clinic: { readonly id: string; readonly name: string } | null,
): string {
  if (organizationId === null) return 'Platform library';
  if (clinic !== null && clinic.id === organizationId) return clinic.name;
  return 'Another clinic';
}

/** "45 seconds", "2 min 30 s", "1 h 5 min": a duration as a clinician says it. */
export function durationLabel(seconds: number): string {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const parts = [
    hours > 0 ? `${hours} h` : '',
    minutes > 0 ? `${minutes} min` : '',
    rest > 0 && hours === 0 ? `${rest} s` : '',
  ];
  return parts.filter((part) => part !== '').join(' ');
}
