/**
 * The words of the exercise library, shared by the server, the desktop
 * shell and the renderer. Schemas in `shared/schemas` are built from these
 * lists so that validation and types never drift apart.
 */

export const difficulties = ['beginner', 'intermediate', 'advanced'] as const;
export type Difficulty = (typeof difficulties)[number];

export const exerciseStatuses = ['draft', 'published', 'archived'] as const;
export type ExerciseStatus = (typeof exerciseStatuses)[number];

export const instructionTypes = [
  'preparation',
  'step',
  'form_cue',
  'breathing',
  'safety',
] as const;
export type InstructionType = (typeof instructionTypes)[number];

export const contraindicationSeverities = [
  'warning',
  'contraindicated',
] as const;
export type ContraindicationSeverity =
  (typeof contraindicationSeverities)[number];

export const organizationRoles = ['admin', 'specialist'] as const;
export type OrganizationRole = (typeof organizationRoles)[number];

export const videoProviders = ['bunny_stream', 's3'] as const;
export type VideoProvider = (typeof videoProviders)[number];

export const tagTypes = ['category', 'body_region', 'equipment'] as const;
export type TagType = (typeof tagTypes)[number];

/**
 * The status moves an exercise may make. Anything else is an invalid
 * transition (422); staying in the same status is not a transition.
 */
export const statusTransitions: Readonly<
  Record<ExerciseStatus, readonly ExerciseStatus[]>
> = {
  draft: ['published'],
  published: ['archived'],
  archived: ['draft'],
};

export function isStatusTransitionAllowed(
  from: ExerciseStatus,
  to: ExerciseStatus,
): boolean {
  return statusTransitions[from].includes(to);
}
