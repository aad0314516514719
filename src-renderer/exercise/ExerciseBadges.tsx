import { Badge, Group, VisuallyHidden } from '@mantine/core';
import { IconBuildingHospital, IconWorld } from '@tabler/icons-react';
import type { Exercise } from '../replica/exercise-queries';
import type { SignedInUser } from '../workstation/signed-in-user';
import { difficultyColors, scopeColor, statusColors } from './exercise-colors';
import { difficultyLabels, scopeLabel, statusLabels } from './exercise-words';

interface ExerciseBadgesProps {
  exercise: Exercise;
  user: SignedInUser;
}

/** Status, difficulty and whose library the exercise is in. */
export function ExerciseBadges({ exercise, user }: ExerciseBadgesProps) {
  const platform = exercise.organization_id === null;
  const ScopeIcon = platform ? IconWorld : IconBuildingHospital;

  return (
    <Group gap="xs">
      <Badge variant="light" color={statusColors[exercise.status]}>
        <VisuallyHidden>Status: </VisuallyHidden>
        {statusLabels[exercise.status]}
      </Badge>
      <Badge variant="dot" color={difficultyColors[exercise.difficulty]}>
        <VisuallyHidden>Difficulty: </VisuallyHidden>
        {difficultyLabels[exercise.difficulty]}
      </Badge>
      <Badge
        variant="light"
        color={scopeColor(exercise.organization_id)}
        leftSection={<ScopeIcon size={14} aria-hidden />}
      >
        <VisuallyHidden>Library: </VisuallyHidden>
        {scopeLabel(exercise.organization_id, user.organization)}
      </Badge>
    </Group>
  );
}
