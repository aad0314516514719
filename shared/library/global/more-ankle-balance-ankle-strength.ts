import type { LibraryExercise } from '../library-exercise';
import {
  latexAllergy,
  suspectedDeepVeinThrombosis,
} from '../common-contraindications';

/**
 * Platform strengthening for the ankle after a sprain and for Achilles
 * tendinopathy: band work in each direction, single-leg calf raises and
 * slow eccentric heel drops.
 */
export const ankleStrengthExercises: readonly LibraryExercise[] = [
  {
    slug: 'theraband-ankle-dorsiflexion',
    name: 'TheraBand Ankle Dorsiflexion',
    description:
      'Sitting with a TheraBand pulling your foot away, you draw your toes up toward your shin. It strengthens the muscles at the front of the shin that lift the foot, so your toes clear the ground when you walk.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on the floor with your legs straight, tie the TheraBand to a heavy table leg in front of you, loop it over the top of the working foot, and shuffle back until it is taut.',
      },
      {
        type: 'step',
        text: 'Pull your toes and foot up toward your shin against the band, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Let the foot return slowly to the start over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee straight and still; the movement comes only from the ankle.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you pull the foot up and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Check that the band is secure and free of nicks before you start.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when the ankle may work against resistance.",
      },
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Use the lightest band and a pain-free range during the first week.',
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 120,
      endAngleDegrees: 85,
      sides: 'alternating',
    },
  },
  {
    slug: 'theraband-ankle-plantarflexion',
    name: 'TheraBand Ankle Plantarflexion',
    description:
      'Sitting with a TheraBand around the ball of your foot, you point your toes away against the band. It is a gentle way to start strengthening the calf before you can do calf raises standing up.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your leg straight and loop the TheraBand around the ball of the working foot, holding one end in each hand.',
      },
      {
        type: 'step',
        text: 'Push your foot away from you against the band, as if pressing a car pedal.',
      },
      {
        type: 'step',
        text: 'Return slowly to the start over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Push through the big and second toes so the foot does not twist outward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push and breathe in as the foot returns.',
      },
      {
        type: 'safety',
        text: 'Hold the band ends firmly so it cannot snap back toward your face.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows the calf to work against resistance.',
      },
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on resisted ankle exercise.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 90,
      endAngleDegrees: 130,
      sides: 'alternating',
    },
  },
  {
    slug: 'theraband-ankle-inversion',
    name: 'TheraBand Ankle Inversion',
    description:
      'Sitting with a TheraBand pulling your foot outward, you turn the sole of your foot inward against it. It strengthens the muscles on the inner side of the ankle that support the arch and steady the ankle.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a chair with the working foot flat and tie the TheraBand to a heavy table leg on the outer side of that foot.',
      },
      {
        type: 'preparation',
        text: 'Loop the band around the front of the foot so that it pulls the foot outward.',
      },
      {
        type: 'step',
        text: 'Keeping your heel on the floor, turn the sole of your foot inward and slightly up, away from the anchor.',
      },
      {
        type: 'step',
        text: 'Return slowly to the start over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knee pointing at the ceiling; do not swing the whole leg to move the foot.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn the foot in and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain on the outer side of the ankle, where sprains usually happen.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Turning the foot in stretches the injured outer ligaments; wait for your physiotherapist to add this, then start with a light band in a small range.',
      },
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on resisted ankle exercise.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'theraband-toe-curl',
    name: 'TheraBand Toe Curl',
    description:
      'With a TheraBand looped around your toes, you curl the toes down against it. It strengthens the toe flexor muscles that help you push off when walking and keep your balance.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a chair with the heel of the working foot on the floor and the front of the foot slightly raised.',
      },
      {
        type: 'preparation',
        text: 'Loop the TheraBand under all your toes and hold both ends in your hands, pulling it lightly taut.',
      },
      {
        type: 'step',
        text: 'Curl your toes down against the band as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Let the toes straighten slowly back against the pull of the band.',
      },
      {
        type: 'form_cue',
        text: 'Keep the ankle still so that only the toes move.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease off if your arch or toes start to cramp, and rest before continuing.',
      },
    ],
    contraindications: [
      {
        condition: 'Gout Flare in the Toe',
        severity: 'warning',
        note: 'Leave the exercise out until the flare has settled.',
      },
      {
        condition: 'Recent Toe or Bunion Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol before working the toes against resistance.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'single-leg-calf-raise',
    name: 'Single-Leg Calf Raise',
    description:
      'Standing on one leg and holding a support, you rise up onto your toes and lower slowly. It is the next step after calf raises on both feet and builds the calf strength needed for running, hopping and steady balance.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the working leg beside a counter or wall, resting your fingertips on it, and lift the other foot off the floor.',
      },
      {
        type: 'step',
        text: 'Rise up onto the ball of your foot as high as you can.',
      },
      {
        type: 'step',
        text: 'Lower your heel slowly to the floor over two to three seconds.',
      },
      {
        type: 'step',
        text: 'Complete the number set in your plan, then switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Keep your weight over the big and second toes and your knee straight but not locked.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you rise and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the calf or Achilles tendon.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows full body weight through the tendon.',
      },
      suspectedDeepVeinThrombosis,
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Hold on with both hands, or stay with raises on both feet.',
      },
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 100,
      endAngleDegrees: 140,
      sides: 'alternating',
    },
  },
  {
    slug: 'eccentric-heel-drop-straight-knee',
    name: 'Eccentric Heel Drop (Straight Knee)',
    description:
      'Standing on a step, you rise on both feet and then lower slowly on the sore side only, with the knee straight. This slow lowering loads the Achilles tendon in a controlled way and is a core exercise for Achilles tendinopathy.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with the balls of both feet on the edge of a stair, heels over the edge, holding the banister.',
      },
      {
        type: 'step',
        text: 'Rise up onto your toes using both legs.',
      },
      {
        type: 'step',
        text: 'Take the good foot off the step and lower the heel of the sore leg slowly, over about three seconds, to below the level of the step.',
      },
      {
        type: 'step',
        text: 'Put the good foot back on the step and use both legs to rise again.',
      },
      {
        type: 'form_cue',
        text: 'Keep the working knee straight so the load goes into the upper calf and the tendon.',
      },
      {
        type: 'form_cue',
        text: 'Make the lowering smooth and even, with no drop at the bottom.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you rise and breathe out slowly as you lower.',
      },
      {
        type: 'safety',
        text: 'Mild tendon discomfort is usually acceptable if your physiotherapist has agreed it; stop if the pain is sharp or is worse the next morning.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows full loading of the tendon.',
      },
      {
        condition: 'Insertional Achilles Tendinopathy',
        severity: 'warning',
        note: 'Do the lowering on flat ground rather than letting the heel drop below the step.',
      },
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Hold the banister with both hands, or do the exercise on flat ground.',
      },
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 140,
      endAngleDegrees: 75,
      sides: 'alternating',
    },
  },
  {
    slug: 'eccentric-heel-drop-bent-knee',
    name: 'Eccentric Heel Drop (Bent Knee)',
    description:
      'As in the straight-knee heel drop, you lower slowly on one leg from a step, but with the knee slightly bent. Bending the knee shifts the work to the deep lower calf muscle, which also takes load off the Achilles tendon.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with the balls of both feet on the edge of a stair, heels over the edge, holding the banister.',
      },
      {
        type: 'step',
        text: 'Rise up onto your toes using both legs.',
      },
      {
        type: 'step',
        text: 'Bend the knee of the sore leg slightly, take the good foot off the step, and lower the heel slowly over about three seconds.',
      },
      {
        type: 'step',
        text: 'Put the good foot back on the step and use both legs to rise again.',
      },
      {
        type: 'form_cue',
        text: 'Keep the same small knee bend all the way down; do not let it bend further as you lower.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you rise and breathe out slowly as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if the pain is sharp or is worse the next morning, and tell your physiotherapist.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows full loading of the tendon.',
      },
      {
        condition: 'Insertional Achilles Tendinopathy',
        severity: 'warning',
        note: 'Do the lowering on flat ground rather than letting the heel drop below the step.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Keep the knee bend small and stop if the front of the knee aches.',
      },
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 135,
      endAngleDegrees: 70,
      sides: 'alternating',
    },
  },
];
