import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconArchive } from '@tabler/icons-react';
import type { Exercise } from '../replica/exercise-queries';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { BackLink } from './BackLink';
import { ClonedFromNote } from './ClonedFromNote';
import { ContraindicationsSection } from './ContraindicationsSection';
import { ExerciseActions } from './ExerciseActions';
import { ExerciseBadges } from './ExerciseBadges';
import classes from './ExercisePage.module.css';
import { ExerciseTaxonomy } from './ExerciseTaxonomy';
import { ExerciseVideo } from './ExerciseVideo';
import { InstructionsSection } from './InstructionsSection';
import { RoutedExercise } from './RoutedExercise';
import { VideoPlaceholder } from './VideoPlaceholder';

/**
 * One exercise as a clinician reads it before prescribing: the video,
 * the instructions by type, the contraindications, what it needs. Read
 * live from the replica, so it works offline and follows sync.
 */
export function ExercisePage() {
  return (
    <RoutedExercise>
      {(exercise) => <ExerciseSheet exercise={exercise} />}
    </RoutedExercise>
  );
}

function ExerciseSheet({ exercise }: { exercise: Exercise }) {
  const { user, replica } = useSignedInWorkstation();
  return (
    <article className={classes.page}>
      <BackLink to="/library">Back to library</BackLink>
      {exercise.deleted_at !== null && (
        <Alert
          color="gray"
          variant="filled"
          icon={<IconArchive aria-hidden />}
          title="Discontinued"
          className={classes.banner}
        >
          This exercise was deleted from the library. Treatment plans that use
          it still show it, but it cannot be added to new ones.
        </Alert>
      )}

      <header className={classes.header}>
        <Stack gap="xs" className={classes.heading}>
          <Title order={1}>{exercise.name}</Title>
          <ExerciseBadges exercise={exercise} user={user} />
          {exercise.cloned_from_id !== null && (
            <ClonedFromNote
              sourceId={exercise.cloned_from_id}
              replica={replica}
            />
          )}
        </Stack>
        <ExerciseActions exercise={exercise} user={user} />
      </header>

      <div className={classes.columns}>
        <div className={classes.main}>
          {exercise.video_url === null ? (
            <VideoPlaceholder />
          ) : (
            <ExerciseVideo
              url={exercise.video_url}
              posterUrl={exercise.video_thumbnail_url}
              exerciseName={exercise.name}
            />
          )}
          {exercise.description.trim() !== '' && (
            <Text className={classes.description}>{exercise.description}</Text>
          )}
          <InstructionsSection instructions={exercise.instructions} />
        </div>
        <aside
          className={classes.aside}
          aria-label="Clinical notes and details"
        >
          <ContraindicationsSection
            contraindications={exercise.contraindications}
          />
          <ExerciseTaxonomy exercise={exercise} replica={replica} />
        </aside>
      </div>
    </article>
  );
}
