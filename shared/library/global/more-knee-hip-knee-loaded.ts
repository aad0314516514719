import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises that load the knee in standing: step-downs for
 * kneecap pain, wall, goblet and split squats, and decline squats for the
 * kneecap tendon.
 */
export const moreKneeHipKneeLoadedExercises: readonly LibraryExercise[] = [
  {
    slug: 'forward-step-down',
    name: 'Forward Step-Down',
    description:
      'Standing on a low step, you slowly lower the other heel toward the floor in front, then straighten up again. It trains the thigh and hip muscles to control the knee on the way down, which is often painful with kneecap problems.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the bottom stair or a low, stable step, holding the rail or a wall if needed.',
      },
      {
        type: 'preparation',
        text: 'Put your weight on the working leg and let the other foot hover just in front of the step.',
      },
      {
        type: 'step',
        text: 'Bend the standing knee slowly to lower the free heel toward the floor.',
      },
      {
        type: 'step',
        text: 'Tap the heel lightly on the floor without putting weight on it.',
      },
      {
        type: 'step',
        text: 'Straighten the standing knee to return to the top.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing knee in line with your second toe; do not let it fall inward.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips level and your trunk upright.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you straighten up.',
      },
      {
        type: 'safety',
        text: 'Start with a low step and raise its height only when you can keep the knee in line without pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Use a step low enough that pain stays mild, and stop if it lingers into the next day.',
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Hold a rail with both hands, or go back to mini squats.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for full weight-bearing on one leg.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 125,
      sides: 'alternating',
    },
  },
  {
    slug: 'lateral-step-down',
    name: 'Lateral Step-Down',
    description:
      'Standing sideways on a step, you lower the outside foot toward the floor and rise again. It strengthens the muscles around the hip and knee that stop the knee collapsing inward, a common part of kneecap pain.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand side-on at the edge of a low, stable step with the working leg on the step and the other foot hanging off the side.',
      },
      { type: 'preparation', text: 'Have a wall or rail within reach.' },
      {
        type: 'step',
        text: 'Push your hips back slightly and bend the standing knee to lower the free foot toward the floor.',
      },
      { type: 'step', text: 'Touch the floor lightly with the heel.' },
      {
        type: 'step',
        text: 'Straighten the standing knee and hip to rise back up.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing kneecap pointing over the middle of the foot.',
      },
      {
        type: 'form_cue',
        text: 'Keep the pelvis level; do not let the hanging side drop.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you rise.',
      },
      {
        type: 'safety',
        text: 'Stop if the knee gives way or the pain at the front of the knee becomes sharp.',
      },
    ],
    contraindications: [
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Use a lower step and a shallower bend until the movement is comfortable.',
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Hold a support and keep the movement slow while the ankle is still recovering.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 120,
      sides: 'alternating',
    },
  },
  {
    slug: 'swiss-ball-wall-squat',
    name: 'Swiss Ball Wall Squat',
    description:
      'With a Swiss ball between your lower back and a wall, you squat down and back up as the ball rolls with you. The ball supports your back and guides the movement, so it is a good first loaded squat.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a Swiss ball against a wall and lean back on it so it sits in the curve of your lower back.',
      },
      {
        type: 'preparation',
        text: 'Walk your feet forward a little, hip-width apart, so they are slightly ahead of your hips.',
      },
      {
        type: 'step',
        text: 'Bend your knees and let the ball roll up your back as you lower yourself.',
      },
      {
        type: 'step',
        text: 'Stop at the depth that is comfortable, no lower than thighs level with the floor.',
      },
      { type: 'step', text: 'Push through your heels to stand back up.' },
      {
        type: 'form_cue',
        text: 'Keep your knees pointing over your toes and your weight even on both feet.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back resting against the ball the whole time.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you stand.',
      },
      {
        type: 'safety',
        text: 'Use a ball of the right size that is not over-inflated, and stop if you feel sharp knee pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Keep to a shallow squat that stays comfortable and deepen it over time.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for weight-bearing and knee bend.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 95,
      sides: 'both',
    },
  },
  {
    slug: 'dumbbell-split-squat',
    name: 'Dumbbell Split Squat',
    description:
      'Standing with one foot in front of the other and holding dumbbells, you lower your back knee toward the floor and rise again. It strengthens each leg separately and prepares the knee for lunging and climbing.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with one foot a long stride in front of the other, feet hip-width apart, holding a dumbbell in each hand by your sides.',
      },
      { type: 'preparation', text: 'Rise onto the ball of the back foot.' },
      {
        type: 'step',
        text: 'Bend both knees to lower the back knee toward the floor.',
      },
      {
        type: 'step',
        text: 'Stop just above the floor or at the depth that is comfortable.',
      },
      {
        type: 'step',
        text: 'Push through the front heel to rise back up, keeping the feet in place.',
      },
      {
        type: 'form_cue',
        text: 'Keep the front knee over the middle of the front foot.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk upright and your hips facing forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you rise.',
      },
      {
        type: 'safety',
        text: 'Start without weights, and stop if you lose balance or feel sharp knee pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Shorten the depth and take a longer stride so the front knee stays comfortable.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; this usually comes in the middle stage of rehabilitation.",
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions and keep the back leg's hip from twisting.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 95,
      sides: 'alternating',
    },
  },
  {
    slug: 'single-leg-decline-squat',
    name: 'Single-Leg Decline Squat',
    description:
      "Standing on one leg on a slope with your heel higher than your toes, you slowly bend the knee and then straighten it using both legs. It loads the kneecap tendon in a controlled way and is used for jumper's knee.",
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on a firm wedge or slope with your heels higher than your toes, beside a rail or wall for balance.',
      },
      {
        type: 'preparation',
        text: 'Shift your weight onto the working leg and lift the other foot slightly.',
      },
      {
        type: 'step',
        text: 'Bend the working knee slowly, over about three seconds, to the depth your physiotherapist set.',
      },
      {
        type: 'step',
        text: 'Put the other foot down and use both legs to straighten back up.',
      },
      {
        type: 'step',
        text: 'Shift back onto the working leg before the next rep.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee in line with the second toe and the trunk upright.',
      },
      {
        type: 'form_cue',
        text: 'Make the lowering smooth and steady rather than dropping.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you straighten up.',
      },
      {
        type: 'safety',
        text: 'Some tendon discomfort is expected; stop if the pain is sharp or still worse the next morning.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows heavy single-leg loading.",
      },
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Leave out the slope and use a flat floor if pain under the kneecap increases.',
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Hold a support with both hands and keep the depth shallow.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 110,
      sides: 'alternating',
    },
  },
  {
    slug: 'dumbbell-goblet-squat',
    name: 'Dumbbell Goblet Squat',
    description:
      'Holding a dumbbell against your chest, you squat down as if to sit and stand back up. Holding the weight in front helps you stay upright while you build thigh and buttock strength.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet a little wider than hip-width apart and the toes turned slightly out.',
      },
      {
        type: 'preparation',
        text: 'Hold one dumbbell upright against your chest with both hands, elbows pointing down.',
      },
      {
        type: 'step',
        text: 'Push your hips back and bend your knees to lower yourself as far as is comfortable.',
      },
      { type: 'step', text: 'Pause briefly at the bottom.' },
      {
        type: 'step',
        text: 'Push through your whole foot to stand back up tall.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees tracking over your toes, not falling inward.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chest up and your heels on the floor.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you stand up.',
      },
      {
        type: 'safety',
        text: 'Choose a weight you can control for every rep, and stop if you feel sharp knee or back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Squat only as deep as stays comfortable, and progress depth over weeks.',
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions; keep the hip bend within the allowed limit, usually above a right angle.",
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Leave out the weight, and stop if leg pain or tingling increases.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 90,
      sides: 'both',
    },
  },
];
