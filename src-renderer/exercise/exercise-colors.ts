import type { Difficulty, ExerciseStatus } from '../../shared/domain';

/** Mantine colours for badges; the words beside them carry the meaning. */
export const difficultyColors: Readonly<Record<Difficulty, string>> = {
  beginner: 'green',
  intermediate: 'yellow',
  advanced: 'red',
};

export const statusColors: Readonly<Record<ExerciseStatus, string>> = {
  draft: 'gray',
  published: 'teal',
  archived: 'dark',
};

/** Platform exercises and clinic ones, as the library colours them. */
export function scopeColor(organizationId: string | null): string {
  return organizationId === null ? 'blue' : 'grape';
}
