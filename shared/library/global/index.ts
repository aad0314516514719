import type { LibraryExercise } from '../library-exercise';
import { abdominalExercises } from './core-abdominals';
import { spineExercises } from './core-spine';
import { fullBodyConditioningExercises } from './full-body-conditioning';
import { fullBodyFoundationExercises } from './full-body-foundations';
import { ankleExercises } from './lower-body-ankle';
import { hipStrengthExercises } from './lower-body-hip-strength';
import { hipStretchExercises } from './lower-body-hip-stretches';
import { kneeEarlyExercises } from './lower-body-knee-early';
import { kneeLoadedExercises } from './lower-body-knee-loaded';
import { elbowAndWristExercises } from './upper-body-elbow-wrist';
import { neckExercises } from './upper-body-neck';
import { shoulderMobilityExercises } from './upper-body-shoulder-mobility';
import { shoulderStrengthExercises } from './upper-body-shoulder-strength';

/**
 * The platform library every clinic sees, all to be seeded as published.
 * Slugs are unique across the whole list. The files split it by body area
 * (upper body, core, lower body, full body) and then by region or purpose.
 */
export const globalExercises: readonly LibraryExercise[] = [
  ...shoulderMobilityExercises,
  ...shoulderStrengthExercises,
  ...neckExercises,
  ...elbowAndWristExercises,
  ...spineExercises,
  ...abdominalExercises,
  ...kneeEarlyExercises,
  ...kneeLoadedExercises,
  ...hipStrengthExercises,
  ...hipStretchExercises,
  ...ankleExercises,
  ...fullBodyFoundationExercises,
  ...fullBodyConditioningExercises,
];
