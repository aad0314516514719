import type { LibraryExercise } from '../library-exercise';
import {
  latexAllergy,
  suspectedDeepVeinThrombosis,
} from '../common-contraindications';

/**
 * Platform strengthening for the buttock muscles, from a simple squeeze
 * after hip or knee surgery to loaded hip thrusts and deadlifts.
 */
export const moreKneeHipGlutesExercises: readonly LibraryExercise[] = [
  {
    slug: 'glute-sets',
    name: 'Glute Sets',
    description:
      'Lying down, you squeeze your buttock muscles together and hold. It keeps the buttock muscles working in the first days after hip or knee surgery, or whenever moving the leg is still too painful.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['glutes', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a bed or mat with your legs straight, or sit upright in a chair.',
      },
      { type: 'step', text: 'Squeeze your buttocks together firmly.' },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax fully.',
      },
      {
        type: 'form_cue',
        text: 'Keep your legs and stomach relaxed; only the buttocks tighten.',
      },
      {
        type: 'form_cue',
        text: 'You should feel yourself rise very slightly as the muscles firm up.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if the squeeze causes pain at a wound or in the lower back.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Hip or Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; glute sets usually start early, but check if you have had surgery around the buttock or pelvis.",
      },
      suspectedDeepVeinThrombosis,
    ],
  },
  {
    slug: 'single-leg-glute-bridge',
    name: 'Single-Leg Glute Bridge',
    description:
      'Lying on your back with one foot on the floor and the other leg raised, you lift your hips using one leg. It works each buttock on its own and shows whether one side is weaker than the other.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with both knees bent and feet flat, hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Straighten one leg, or hug that knee to your chest for an easier version.',
      },
      {
        type: 'step',
        text: 'Push through the heel of the foot on the floor and lift your hips until your body is straight from shoulder to knee.',
      },
      { type: 'step', text: 'Pause at the top and squeeze the buttock.' },
      { type: 'step', text: 'Lower your hips slowly to the mat.' },
      {
        type: 'form_cue',
        text: 'Keep your hips level; do not let the side of the raised leg drop.',
      },
      {
        type: 'form_cue',
        text: 'Lift with the buttock, not by arching the lower back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel cramp in the back of the thigh or pain in the lower back; go back to the two-leg bridge.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Keep the sets short and roll onto your side between them; stop if you feel faint.',
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's protocol; keep the knees apart in line with the hips.",
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Lift only a short way and stop if back pain increases.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 125,
      endAngleDegrees: 175,
      sides: 'alternating',
    },
  },
  {
    slug: 'banded-quadruped-glute-kickback',
    name: 'Banded Quadruped Glute Kickback',
    description:
      'On your hands and knees with a resistance band around your foot, you push one leg back and up against the band. It strengthens the large buttock muscle while you keep your trunk steady.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip'],
    equipment: ['resistance-band', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on your hands and knees, with hands under shoulders and knees under hips.',
      },
      {
        type: 'preparation',
        text: 'Loop a resistance band around the sole of the working foot and hold the ends under your hands.',
      },
      {
        type: 'step',
        text: 'Push the working foot back and up against the band until the leg is in line with your body.',
      },
      {
        type: 'step',
        text: 'Pause, then bring the knee slowly back under the hip.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat and your hips level; do not arch or twist to lift higher.',
      },
      {
        type: 'form_cue',
        text: 'Think of pushing the heel toward the wall behind you.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push back and breathe in as the knee returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your lower back, wrists or supporting knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Use no band and a smaller range, and stop if back pain increases.',
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions; kneeling with the hip bent may be restricted early on.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 90,
      endAngleDegrees: 170,
      sides: 'alternating',
    },
  },
  {
    slug: 'swiss-ball-hip-thrust',
    name: 'Swiss Ball Hip Thrust',
    description:
      'With your shoulders resting on a Swiss ball and your feet on the floor, you lower your hips and drive them back up. The ball makes you work to stay steady while the buttocks do the lifting.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a Swiss ball and walk your feet forward until your head and shoulder blades rest on the ball.',
      },
      {
        type: 'preparation',
        text: 'Place your feet flat, hip-width apart, with the knees bent to a right angle.',
      },
      {
        type: 'step',
        text: 'Let your hips sink toward the floor while the ball stays under your shoulders.',
      },
      {
        type: 'step',
        text: 'Drive through your heels and squeeze your buttocks to lift the hips until your body is level from shoulders to knees.',
      },
      { type: 'step', text: 'Pause at the top, then lower slowly.' },
      {
        type: 'form_cue',
        text: 'Keep your knees in line with your feet and your chin gently tucked.',
      },
      {
        type: 'form_cue',
        text: 'Stop at level; do not push your hips higher by arching your back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Use a ball of the right size on a non-slip floor, and stop if you feel neck or back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Neck Pain',
        severity: 'warning',
        note: 'Rest more of your upper back on the ball, or use the floor glute bridge instead.',
      },
      {
        condition: 'Poor Balance',
        severity: 'warning',
        note: 'Place the ball against a sofa or wall so it cannot roll away.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 120,
      endAngleDegrees: 175,
      sides: 'both',
    },
  },
  {
    slug: 'dumbbell-hip-thrust',
    name: 'Dumbbell Hip Thrust',
    description:
      'With your upper back against a bench or sofa and a dumbbell resting on your hips, you drive your hips up until your body is level. It builds strong buttock muscles for running, jumping and lifting.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip'],
    equipment: ['dumbbell', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a mat with your upper back against the edge of a stable bench or sofa.',
      },
      {
        type: 'preparation',
        text: 'Rest a dumbbell across the front of your hips, with a folded towel underneath, and hold it with both hands.',
      },
      {
        type: 'preparation',
        text: 'Place your feet flat, hip-width apart, so your shins are upright at the top.',
      },
      {
        type: 'step',
        text: 'Drive through your heels to lift your hips until your body is level from shoulders to knees.',
      },
      { type: 'step', text: 'Squeeze your buttocks at the top for a moment.' },
      { type: 'step', text: 'Lower your hips under control toward the floor.' },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your chin tucked; finish the lift with the buttocks, not the lower back.',
      },
      { type: 'form_cue', text: 'Keep your knees pointing over your toes.' },
      {
        type: 'breathing',
        text: 'Breathe out as you drive up and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Make sure the bench cannot slide, and stop if you feel pain in the lower back or the front of the hip.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Leave out the weight and keep to the floor glute bridge until the back settles.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do not rest a weight on the abdomen; use a band around the thighs instead.',
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows heavy loading of the hip.",
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 100,
      endAngleDegrees: 175,
      sides: 'both',
    },
  },
  {
    slug: 'dumbbell-romanian-deadlift',
    name: 'Dumbbell Romanian Deadlift',
    description:
      'Holding dumbbells, you hinge forward from the hips with a flat back and then stand tall again. It strengthens the buttocks and hamstrings and teaches safe bending for lifting.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart, holding a dumbbell in each hand in front of your thighs.',
      },
      {
        type: 'preparation',
        text: 'Unlock your knees so they are slightly bent.',
      },
      {
        type: 'step',
        text: 'Push your hips back and let the dumbbells slide down the front of your legs as your trunk tips forward.',
      },
      {
        type: 'step',
        text: 'Stop when you feel a stretch at the back of the thighs, or when your back starts to round.',
      },
      {
        type: 'step',
        text: 'Drive your hips forward to stand tall, squeezing your buttocks.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat and your neck in line with it the whole time.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee bend the same; the movement comes from the hips.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you hinge forward and breathe out as you stand up.',
      },
      {
        type: 'safety',
        text: 'Start light and stop if you feel pain in your lower back or a pull behind the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'contraindicated',
        note: 'Do not perform loaded forward bending until your physiotherapist clears it.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Keep the back flat throughout, use a light weight and a short range; never round the spine under load.',
      },
      {
        condition: 'Acute Hamstring Strain',
        severity: 'warning',
        note: 'Use a short range and light weight that stay pain-free.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 175,
      endAngleDegrees: 95,
      sides: 'both',
    },
  },
];
