import { IconVideo } from '@tabler/icons-react';
import { memo } from 'react';
import type { LibraryExercise } from './library-filter';
import classes from './ExerciseList.module.css';
import { difficultyLabels, scopeLabels, statusLabels } from './library-options';

/** Pixels per row; the list's virtualizer lays rows out by it. */
export const exerciseRowHeight = 60;

// More tags than this make a row too busy to scan; the rest are counted.
const shownTags = 4;

/** The id of the option for an exercise, for `aria-activedescendant`. */
export function exerciseOptionId(exerciseId: string): string {
  return `library-exercise-${exerciseId}`;
}

function tagLine(
  exercise: LibraryExercise,
  termNames: ReadonlyMap<string, string>,
): string {
  const names = [...exercise.body_region_ids, ...exercise.equipment_ids]
    .map((id) => termNames.get(id))
    .filter((name) => name !== undefined);
  const more = names.length - shownTags;
  const shown = names.slice(0, shownTags).join(' · ');
  return more > 0 ? `${shown} +${more}` : shown;
}

interface ExerciseRowProps {
  exercise: LibraryExercise;
  /** Pixels from the top of the list. */
  top: number;
  active: boolean;
  /** Names of body regions and equipment, by term id. */
  termNames: ReadonlyMap<string, string>;
  onOpen: (exerciseId: string) => void;
}

/**
 * One exercise in the results list: its name (the option's accessible
 * name), then what tells exercises apart at a glance, which assistive
 * technology reads as the option's description. Plain elements, not
 * Mantine badges: a keystroke re-renders every row in view, and each
 * badge would resolve its colours from the theme every time.
 */
export const ExerciseRow = memo(function ExerciseRow({
  exercise,
  top,
  active,
  termNames,
  onOpen,
}: ExerciseRowProps) {
  const id = exerciseOptionId(exercise.id);
  const scope = exercise.organization_id === null ? 'platform' : 'clinic';
  const tags = tagLine(exercise, termNames);
  return (
    <div
      role="option"
      id={id}
      aria-selected={active}
      aria-labelledby={`${id}-name`}
      aria-describedby={`${id}-tags ${id}-badges`}
      className={classes.row}
      data-active={active || undefined}
      style={{ transform: `translateY(${top}px)` }}
      onClick={() => {
        onOpen(exercise.id);
      }}
    >
      <div className={classes.text}>
        <span id={`${id}-name`} className={classes.name}>
          {exercise.name}
        </span>
        <span id={`${id}-tags`} className={classes.tags}>
          {tags}
        </span>
      </div>
      {/* Spaces between the badges keep their words apart when read
          as the description; flex layout drops them from sight. */}
      <div id={`${id}-badges`} className={classes.badges}>
        {exercise.video_url !== null && (
          <span className={classes.video} title="Has video">
            <IconVideo size={18} aria-hidden />
            <span className={classes.hidden}>Has video</span>
          </span>
        )}{' '}
        {exercise.status !== 'published' && (
          <span className={classes.status}>
            {statusLabels[exercise.status]}
          </span>
        )}{' '}
        <span className={classes.scope} data-scope={scope}>
          {scopeLabels[scope]}
        </span>{' '}
        <span
          className={classes.difficulty}
          data-difficulty={exercise.difficulty}
        >
          {difficultyLabels[exercise.difficulty]}
        </span>
      </div>
    </div>
  );
});
