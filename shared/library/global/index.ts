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
import { ankleMobilityExercises } from './more-ankle-balance-ankle-mobility';
import { ankleStrengthExercises } from './more-ankle-balance-ankle-strength';
import { balanceBoardBasicExercises } from './more-ankle-balance-board-basics';
import { fallsPreventionExercises } from './more-ankle-balance-falls-prevention';
import { footAndHopExercises } from './more-ankle-balance-foot-and-hops';
import { fullBodyMobilityExercises } from './more-ankle-balance-full-body';
import { relaxationExercises } from './more-ankle-balance-relaxation';
import { standingBalanceExercises } from './more-ankle-balance-standing-balance';
import { moreKneeHipBalanceControlExercises } from './more-knee-hip-balance-control';
import { moreKneeHipGlutesExercises } from './more-knee-hip-glutes';
import { moreKneeHipHipFlexorsAdductorsExercises } from './more-knee-hip-hip-flexors-adductors';
import { moreKneeHipHipMobilityExercises } from './more-knee-hip-hip-mobility';
import { moreKneeHipHipStrengthExercises } from './more-knee-hip-hip-strength';
import { moreKneeHipKneeEarlyExercises } from './more-knee-hip-knee-early';
import { moreKneeHipKneeHopsExercises } from './more-knee-hip-knee-hops';
import { moreKneeHipKneeLoadedExercises } from './more-knee-hip-knee-loaded';
import { moreKneeHipKneeReturnToSportExercises } from './more-knee-hip-knee-return-to-sport';
import { moreKneeHipKneeStrengthExercises } from './more-knee-hip-knee-strength';
import { moreKneeHipThighStretchesExercises } from './more-knee-hip-thigh-stretches';
import { breathingControlExercises } from './more-spine-core-breathing-control';
import { breathingPositionExercises } from './more-spine-core-breathing-positions';
import { cervicalDeepNeckExercises } from './more-spine-core-cervical-deep-neck';
import { cervicalIsometricExercises } from './more-spine-core-cervical-isometrics';
import { cervicalMobilityExercises } from './more-spine-core-cervical-mobility';
import { foamRollerSpineExercises } from './more-spine-core-foam-roller';
import { lumbarMobilityExercises } from './more-spine-core-lumbar-mobility';
import { lumbarMotorControlExercises } from './more-spine-core-lumbar-motor-control';
import { lumbarNerveAndStretchExercises } from './more-spine-core-lumbar-nerve-stretch';
import { lumbarStabilityExercises } from './more-spine-core-lumbar-stability';
import { swissBallSpineExercises } from './more-spine-core-swiss-ball';
import { thoracicSpineExercises } from './more-spine-core-thoracic';
import { upperLimbClosedChainExercises } from './more-upper-limb-closed-chain';
import { elbowTendinopathyExercises } from './more-upper-limb-elbow-tendinopathy';
import { elbowExercises } from './more-upper-limb-elbow';
import { handFunctionExercises } from './more-upper-limb-hand-function';
import { nerveGlideExercises } from './more-upper-limb-nerve-glides';
import { rotatorCuffExercises } from './more-upper-limb-rotator-cuff';
import { scapularExercises } from './more-upper-limb-scapular';
import { shoulderActivationExercises } from './more-upper-limb-shoulder-activation';
import { shoulderEarlyExercises } from './more-upper-limb-shoulder-early';
import { shoulderPowerExercises } from './more-upper-limb-shoulder-power';
import { shoulderStretchExercises } from './more-upper-limb-shoulder-stretches';
import { wristHandExercises } from './more-upper-limb-wrist-hand';

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
  ...ankleMobilityExercises,
  ...ankleStrengthExercises,
  ...balanceBoardBasicExercises,
  ...fallsPreventionExercises,
  ...footAndHopExercises,
  ...fullBodyMobilityExercises,
  ...relaxationExercises,
  ...standingBalanceExercises,
  ...moreKneeHipBalanceControlExercises,
  ...moreKneeHipGlutesExercises,
  ...moreKneeHipHipFlexorsAdductorsExercises,
  ...moreKneeHipHipMobilityExercises,
  ...moreKneeHipHipStrengthExercises,
  ...moreKneeHipKneeEarlyExercises,
  ...moreKneeHipKneeHopsExercises,
  ...moreKneeHipKneeLoadedExercises,
  ...moreKneeHipKneeReturnToSportExercises,
  ...moreKneeHipKneeStrengthExercises,
  ...moreKneeHipThighStretchesExercises,
  ...breathingControlExercises,
  ...breathingPositionExercises,
  ...cervicalDeepNeckExercises,
  ...cervicalIsometricExercises,
  ...cervicalMobilityExercises,
  ...foamRollerSpineExercises,
  ...lumbarMobilityExercises,
  ...lumbarMotorControlExercises,
  ...lumbarNerveAndStretchExercises,
  ...lumbarStabilityExercises,
  ...swissBallSpineExercises,
  ...thoracicSpineExercises,
  ...upperLimbClosedChainExercises,
  ...elbowTendinopathyExercises,
  ...elbowExercises,
  ...handFunctionExercises,
  ...nerveGlideExercises,
  ...rotatorCuffExercises,
  ...scapularExercises,
  ...shoulderActivationExercises,
  ...shoulderEarlyExercises,
  ...shoulderPowerExercises,
  ...shoulderStretchExercises,
  ...wristHandExercises,
];
