import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises for hand dexterity and for loading the wrist
 * through the hand: fine motor practice, weight bearing on a table or
 * the floor, and sustained grip.
 */
export const handFunctionExercises: readonly LibraryExercise[] = [
  {
    slug: 'small-object-pick-up',
    name: 'Small Object Pick-up',
    description:
      'You pick up small objects such as coins, buttons or beans one at a time and place them in a cup. It trains finger control and coordination for fine everyday tasks.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table and spread a handful of small objects, such as coins or buttons, in front of you beside an empty cup.',
      },
      {
        type: 'step',
        text: 'Pick up one object at a time between the thumb and index finger and drop it into the cup.',
      },
      {
        type: 'step',
        text: 'Repeat with the thumb and each of the other fingers in turn.',
      },
      {
        type: 'step',
        text: 'As it gets easier, try picking up several objects and holding them in the palm before placing them one by one.',
      },
      {
        type: 'form_cue',
        text: 'Use the fingertips and keep the movements slow and precise.',
      },
      {
        type: 'form_cue',
        text: 'Rest your forearm on the table if your shoulder tires.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally and keep your shoulders relaxed.',
      },
      {
        type: 'safety',
        text: 'Keep small objects away from young children and pets, and rest if the hand cramps.',
      },
    ],
    contraindications: [
      {
        condition: 'Reduced Sensation in the Fingers',
        severity: 'warning',
        note: 'Watch your hand closely and use larger objects until sensation improves.',
      },
      {
        condition: 'Recent Hand Tendon Repair',
        severity: 'warning',
        note: "Follow your hand therapist's protocol on when active gripping may start.",
      },
    ],
  },
  {
    slug: 'table-top-wrist-weight-bearing',
    name: 'Table-Top Wrist Weight Bearing',
    description:
      'Standing at a table with your palms flat on it, you lean some of your weight through your hands. It gets the wrist used to taking weight again, often after a wrist fracture.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a sturdy table and place both palms flat on it, fingers pointing forward and elbows straight.',
      },
      {
        type: 'step',
        text: 'Lean forward slowly to put more weight through your hands, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then ease back.',
      },
      {
        type: 'step',
        text: 'Shift your weight gently from one hand to the other.',
      },
      {
        type: 'form_cue',
        text: 'Keep the whole palm in contact, including the heel of the hand.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbows soft and the shoulders down.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Make sure the table cannot slide, and stop if the wrist pain becomes sharp.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or fracture clinic allows weight through the wrist, and build the load gradually.',
      },
      {
        condition: 'Scaphoid Fracture or Suspected Scaphoid Injury',
        severity: 'contraindicated',
        note: 'Do not put weight through the wrist until the bone has been confirmed healed.',
      },
    ],
  },
  {
    slug: 'quadruped-wrist-rocks',
    name: 'Quadruped Wrist Rocks',
    description:
      'On your hands and knees, you rock your body forward over your hands to bend the wrists back under load, then rock back. It builds wrist mobility and tolerance for push-ups, yoga and getting up from the floor.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on your hands and knees, hands under your shoulders and fingers spread wide.',
      },
      {
        type: 'step',
        text: 'Rock your shoulders slowly forward past your hands, so the wrists bend back under your weight.',
      },
      {
        type: 'step',
        text: 'Pause at a comfortable stretch, then rock back to the start.',
      },
      {
        type: 'step',
        text: 'As it gets easier, repeat with the fingers turned out to the sides and then pointing back toward your knees.',
      },
      {
        type: 'form_cue',
        text: 'Keep the heels of your hands pressed into the mat throughout.',
      },
      { type: 'form_cue', text: 'Keep the elbows straight but soft.' },
      {
        type: 'breathing',
        text: 'Breathe out as you rock forward and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the wrist or a pinch at the back of the wrist.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist has cleared full weight bearing through the wrist.',
      },
      {
        condition: 'Carpal Tunnel Syndrome',
        severity: 'warning',
        note: 'Keep the rocks small and stop if the fingers start to tingle.',
      },
      {
        condition: 'Knee Pain with Kneeling',
        severity: 'warning',
        note: 'Kneel on a folded towel or do the table-top version.',
      },
    ],
  },
  {
    slug: 'dumbbell-pinch-grip-hold',
    name: 'Dumbbell Pinch-Grip Hold',
    description:
      'Standing tall, you hold a dumbbell by its end between your fingers and thumb for a set time. It builds strong pinch grip and forearm endurance for work and sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 90,
    categories: ['isometric'],
    bodyRegions: ['wrist-hand', 'elbow'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand beside a table with a dumbbell standing on its end.',
      },
      {
        type: 'step',
        text: 'Grip the top end of the dumbbell between your thumb and fingertips and lift it just clear of the table.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then lower it back onto the table.',
      },
      {
        type: 'form_cue',
        text: 'Keep the wrist straight and the arm relaxed by your side.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall and do not lean away from the weight.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Hold the weight low over the table so a slip cannot land on your foot.',
      },
    ],
    contraindications: [
      {
        condition: 'Thumb Base Arthritis',
        severity: 'warning',
        note: 'Use a lighter weight and a full-hand grip instead of a pinch.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a lighter weight and shorter holds, and keep breathing.',
      },
      {
        condition: 'Recent Hand Tendon or Ligament Repair',
        severity: 'contraindicated',
        note: "Do not perform until your hand therapist's protocol allows heavy gripping.",
      },
    ],
  },
];
