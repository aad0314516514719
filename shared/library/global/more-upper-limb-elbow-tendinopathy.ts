import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform loading exercises for painful tendons at the elbow: the
 * forearm tendons on the outside (tennis elbow) and inside (golfer's
 * elbow), and the biceps tendon at the front. Isometric holds come
 * first, then slow resisted and lowering work.
 */
export const elbowTendinopathyExercises: readonly LibraryExercise[] = [
  {
    slug: 'isometric-wrist-extension',
    name: 'Isometric Wrist Extension',
    description:
      'With your forearm resting on a table, you push the back of your hand up into your other hand without moving. It loads the tendon on the outside of the elbow gently and often eases tennis elbow pain.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table with the forearm of the sore arm resting on it, palm down and the hand just over the edge.',
      },
      {
        type: 'preparation',
        text: 'Place your other hand across the back of the sore hand.',
      },
      {
        type: 'step',
        text: 'Try to lift the sore hand up against your other hand, without letting it move.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax slowly.',
      },
      {
        type: 'form_cue',
        text: 'Build the push up gradually to a firm but comfortable effort.',
      },
      {
        type: 'form_cue',
        text: 'Keep the wrist level and the fingers relaxed.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Some discomfort at the elbow is acceptable if it settles soon after; reduce the effort if it does not.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a lighter effort and shorter holds, and keep breathing throughout.',
      },
      {
        condition: 'Recent Elbow or Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows resisted work.',
      },
      {
        condition: 'Pins and Needles Down the Forearm',
        severity: 'warning',
        note: 'Stop and ask your physiotherapist to check for a trapped nerve.',
      },
    ],
  },
  {
    slug: 'isometric-wrist-flexion',
    name: 'Isometric Wrist Flexion',
    description:
      "With your forearm resting palm-up on a table, you push your palm up into your other hand without moving. It gently loads the tendon on the inside of the elbow and is used early for golfer's elbow.",
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table with the forearm of the sore arm resting on it, palm up and the hand just over the edge.',
      },
      {
        type: 'preparation',
        text: 'Place your other hand across the palm of the sore hand.',
      },
      {
        type: 'step',
        text: 'Try to curl the sore hand up against your other hand, without letting it move.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax slowly.',
      },
      {
        type: 'form_cue',
        text: 'Build the push gradually and keep it at a comfortable effort.',
      },
      {
        type: 'form_cue',
        text: 'Keep the wrist level and your shoulder relaxed.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel tingling in the ring and little fingers.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a lighter effort and shorter holds, and keep breathing throughout.',
      },
      {
        condition: 'Ulnar Nerve Irritation at the Elbow',
        severity: 'warning',
        note: 'Rest the elbow straighter and stop if the little finger tingles.',
      },
    ],
  },
  {
    slug: 'theraband-wrist-extension',
    name: 'TheraBand Wrist Extension',
    description:
      'With your forearm on a table and a TheraBand under your foot, you lift the back of your hand up against the band. It strengthens the wrist extensors as a step after isometric holds for tennis elbow.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with the forearm resting on your thigh or a table, palm down and the hand over the edge.',
      },
      {
        type: 'preparation',
        text: 'Hold one end of the TheraBand and trap the other end under your foot so it is lightly taut.',
      },
      {
        type: 'step',
        text: 'Lift the back of the hand up toward the ceiling, bending at the wrist.',
      },
      { type: 'step', text: 'Pause, then lower slowly over three seconds.' },
      {
        type: 'form_cue',
        text: 'Keep the forearm still on its support; only the hand moves.',
      },
      {
        type: 'form_cue',
        text: 'Hold the band with a relaxed grip rather than squeezing hard.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      { type: 'safety', text: 'Check the band for nicks before each session.' },
      {
        type: 'safety',
        text: 'Ease off if elbow pain is worse the next morning.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows resisted wrist work.',
      },
      latexAllergy,
    ],
  },
  {
    slug: 'eccentric-wrist-flexion',
    name: 'Eccentric Wrist Flexion',
    description:
      "With your forearm supported palm-up, you lower a light dumbbell slowly by letting the wrist bend back. The slow lowering loads the tendon on the inside of the elbow and is a main exercise for golfer's elbow.",
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with the forearm resting on a table or your thigh, palm up and the hand over the edge, holding a light dumbbell.',
      },
      { type: 'step', text: 'Use your other hand to help curl the wrist up.' },
      {
        type: 'step',
        text: 'Take the helping hand away and lower the weight slowly over three to five seconds by letting the wrist bend back.',
      },
      {
        type: 'step',
        text: 'Repeat, always lifting with help and lowering alone.',
      },
      {
        type: 'form_cue',
        text: 'Keep the forearm flat on its support and the elbow still.',
      },
      {
        type: 'form_cue',
        text: 'Control the weight the whole way down; do not let it drop.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lift with help and breathe out slowly as you lower.',
      },
      {
        type: 'safety',
        text: 'Mild pain that settles by the next day is usually acceptable; reduce the weight if pain keeps building.',
      },
    ],
    contraindications: [
      {
        condition: 'Ulnar Nerve Irritation at the Elbow',
        severity: 'warning',
        note: 'Keep the elbow straighter and stop if the little finger tingles or goes numb.',
      },
      {
        condition: 'Recent Wrist or Elbow Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows weights.',
      },
    ],
  },
  {
    slug: 'towel-wringing',
    name: 'Towel Wringing',
    description:
      'You twist a rolled towel in opposite directions with both hands, as if wringing out water. It strengthens grip and the forearm muscles that turn the wrist, and can be used as a loading exercise for tennis elbow.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 90,
    categories: ['isotonic'],
    bodyRegions: ['wrist-hand', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or stand and hold a rolled hand towel in front of you with both hands, palms down and elbows bent.',
      },
      {
        type: 'step',
        text: 'Twist the towel by turning your hands in opposite directions, as if wringing it out.',
      },
      { type: 'step', text: 'Relax, then twist the other way.' },
      {
        type: 'form_cue',
        text: 'Keep the elbows close to your sides and the shoulders relaxed.',
      },
      { type: 'form_cue', text: 'Twist firmly but smoothly, without jerking.' },
      {
        type: 'breathing',
        text: 'Breathe out as you twist and breathe in as you relax.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain at the elbow or wrist.',
      },
    ],
    contraindications: [
      {
        condition: 'Inflammatory Arthritis Flare in the Hands',
        severity: 'warning',
        note: 'Leave out while the joints are hot or swollen, and twist gently when they settle.',
      },
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows forearm twisting against resistance.',
      },
      {
        condition: 'Thumb Base Arthritis',
        severity: 'warning',
        note: 'Use a thicker towel and a lighter twist.',
      },
    ],
  },
  {
    slug: 'straight-arm-dumbbell-wrist-extension',
    name: 'Straight-Arm Dumbbell Wrist Extension',
    description:
      'With your elbow straight and your palm down, you lift and slowly lower a dumbbell by moving only the wrist. It is a harder progression for tennis elbow because the straight elbow puts more load on the tendon.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit beside a table with the straight arm resting on it, palm down and the hand over the edge, holding a dumbbell.',
      },
      {
        type: 'step',
        text: 'Lift the back of the hand up toward the ceiling by bending at the wrist.',
      },
      {
        type: 'step',
        text: 'Pause, then lower slowly over three to four seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow straight and the forearm still on the table.',
      },
      {
        type: 'form_cue',
        text: 'Keep the grip relaxed rather than squeezing tightly.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Go back to the bent-elbow version if pain is worse the next morning.',
      },
    ],
    contraindications: [
      {
        condition: 'Irritable Lateral Elbow Pain',
        severity: 'warning',
        note: 'Use isometric holds first until the elbow settles, then return to this version.',
      },
      {
        condition: 'Pins and Needles Down the Forearm',
        severity: 'warning',
        note: 'Stop and ask your physiotherapist to check for a trapped nerve.',
      },
    ],
  },
  {
    slug: 'dumbbell-wrist-radial-deviation',
    name: 'Dumbbell Wrist Radial Deviation',
    description:
      'Holding a dumbbell like a hammer with your thumb up, you tip the weight up and down by moving only the wrist. It strengthens the muscles on the thumb side of the forearm for lifting and carrying.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['wrist-hand', 'elbow'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your forearm resting on your thigh or a table, thumb pointing up, and hold a light dumbbell by one end.',
      },
      {
        type: 'step',
        text: 'Tip the weight up toward the ceiling by bending the wrist toward the thumb side.',
      },
      { type: 'step', text: 'Pause, then lower slowly back to level.' },
      {
        type: 'form_cue',
        text: 'Keep the forearm still; only the wrist moves.',
      },
      {
        type: 'form_cue',
        text: 'Hold the dumbbell closer to its middle to make it easier.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain at the base of the thumb.',
      },
    ],
    contraindications: [
      {
        condition: "De Quervain's Tenosynovitis",
        severity: 'warning',
        note: 'Use a lighter weight and a smaller range, and stop if the thumb-side tendon hurts.',
      },
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows weights.',
      },
    ],
  },
  {
    slug: 'eccentric-biceps-curl',
    name: 'Eccentric Biceps Curl',
    description:
      'You lift a dumbbell with both hands, then lower it slowly with the affected arm alone. The slow lowering loads the biceps tendon and is used when the front of the elbow is painful with lifting.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['elbow'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair holding a dumbbell in the affected hand, palm facing up.',
      },
      {
        type: 'step',
        text: 'Use your other hand to help lift the weight up toward your shoulder.',
      },
      {
        type: 'step',
        text: 'Let go with the helping hand and lower the weight slowly with the affected arm over three to five seconds.',
      },
      {
        type: 'step',
        text: 'Repeat, always lifting with help and lowering alone.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow by your side and control the weight the whole way down.',
      },
      {
        type: 'form_cue',
        text: 'Stop just short of the elbow locking straight at the bottom.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lift with help and breathe out slowly as you lower.',
      },
      {
        type: 'safety',
        text: 'Mild tendon discomfort that settles by the next day is usually acceptable; stop if pain is sharp or keeps building.',
      },
    ],
    contraindications: [
      {
        condition: 'Suspected Distal Biceps Tendon Rupture',
        severity: 'contraindicated',
        note: 'Do not perform; sudden pain, bruising or a change in the shape of the arm needs urgent medical assessment.',
      },
      {
        condition: 'Recent Distal Biceps Repair',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows loaded lowering.",
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 45,
      endAngleDegrees: 165,
      sides: 'alternating',
    },
  },
];
