import type { LibraryExercise } from '../library-exercise';
import { abdominalExercises } from './core-abdominals';
import { spineExercises } from './core-spine';
import { fullBodyExercises } from './full-body';
import { ankleExercises } from './lower-body-ankle';
import { hipExercises } from './lower-body-hip';
import { kneeExercises } from './lower-body-knee';
import { neckAndArmExercises } from './upper-body-neck-arm';
import { shoulderExercises } from './upper-body-shoulder';

/**
 * The platform library every clinic sees, all to be seeded as published.
 * Slugs are unique across the whole list; the files split it by body area
 * and, where an area is large, by region.
 */
export const globalExercises: readonly LibraryExercise[] = [
  ...shoulderExercises,
  ...neckAndArmExercises,
  ...spineExercises,
  ...abdominalExercises,
  ...kneeExercises,
  ...hipExercises,
  ...ankleExercises,
  ...fullBodyExercises,
];
