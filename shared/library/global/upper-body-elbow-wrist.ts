import type { LibraryExercise } from '../library-exercise';

/** Platform exercises for the elbow, forearm and wrist. */
export const elbowAndWristExercises: readonly LibraryExercise[] = [
  {
    slug: 'wrist-flexor-stretch',
    name: 'Wrist Flexor Stretch',
    description:
      "With your arm straight, you gently bend your hand back to stretch the muscles on the palm side of the forearm. It eases forearm tightness and is often used for golfer's elbow.",
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['wrist-hand', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or stand and hold your arm straight out in front at shoulder height, palm facing up.',
      },
      {
        type: 'step',
        text: 'With your other hand, gently draw the fingers and palm down and back toward you until you feel a stretch along the inner forearm.',
      },
      { type: 'step', text: 'Hold for about 30 seconds, then release slowly.' },
      {
        type: 'form_cue',
        text: 'Keep the elbow straight without forcing it locked.',
      },
      { type: 'form_cue', text: 'Keep your shoulder relaxed and down.' },
      {
        type: 'breathing',
        text: 'Breathe slowly and evenly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel tingling or numbness in the fingers.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist says stretching may begin, and keep it very gentle.',
      },
      {
        condition: 'Carpal Tunnel Syndrome',
        severity: 'warning',
        note: 'Shorten the hold and ease off if your fingers start to tingle.',
      },
      {
        condition: 'Inflammatory Arthritis Flare',
        severity: 'warning',
        note: 'While the wrist is hot or swollen, keep to gentle movement without a strong stretch.',
      },
    ],
  },
  {
    slug: 'wrist-extensor-stretch',
    name: 'Wrist Extensor Stretch',
    description:
      'With your arm straight, you gently bend your wrist down to stretch the muscles on the back of the forearm. It is often used for tennis elbow and forearm tightness.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['wrist-hand', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or stand and hold your arm straight out in front at shoulder height, palm facing down.',
      },
      {
        type: 'step',
        text: 'Let the wrist drop, then use your other hand to ease the back of the hand toward you until you feel a stretch along the outer forearm.',
      },
      { type: 'step', text: 'Hold for about 30 seconds, then release slowly.' },
      {
        type: 'form_cue',
        text: 'Keep the elbow straight; curling the fingers into a loose fist deepens the stretch.',
      },
      { type: 'form_cue', text: 'Keep your shoulder relaxed and down.' },
      {
        type: 'breathing',
        text: 'Breathe slowly and evenly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain at the outer elbow or tingling in the hand.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist says stretching may begin, and keep it very gentle.',
      },
      {
        condition: 'Carpal Tunnel Syndrome',
        severity: 'warning',
        note: 'A bent wrist can bring on symptoms; shorten the hold and ease off if the fingers tingle.',
      },
      {
        condition: 'Inflammatory Arthritis Flare',
        severity: 'warning',
        note: 'While the wrist is hot or swollen, keep to gentle movement without a strong stretch.',
      },
    ],
  },
  {
    slug: 'eccentric-wrist-extension',
    name: 'Eccentric Wrist Extension',
    description:
      'Holding a light dumbbell, you slowly lower your hand from a raised position. The slow lowering loads the tendon on the outside of the elbow and helps it recover from tennis elbow.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit beside a table and rest your forearm on it, palm down, with your hand over the edge.',
      },
      {
        type: 'preparation',
        text: 'Hold a light dumbbell of the weight your physiotherapist has advised.',
      },
      {
        type: 'step',
        text: 'Use your other hand to help lift the wrist into the raised position.',
      },
      {
        type: 'step',
        text: 'Take the helping hand away and lower the dumbbell slowly, over about four seconds.',
      },
      {
        type: 'step',
        text: 'Use the other hand again to bring the wrist back up; the sore arm only does the lowering.',
      },
      {
        type: 'form_cue',
        text: 'Keep the forearm still on the table; only the wrist moves.',
      },
      {
        type: 'form_cue',
        text: 'Keep the lowering smooth, with no drop at the end.',
      },
      {
        type: 'breathing',
        text: 'Breathe in while the helping hand lifts, and breathe out slowly as you lower.',
      },
      {
        type: 'safety',
        text: 'Mild discomfort at the elbow is acceptable if it settles by the next day; stop and tell your physiotherapist if the pain is sharp or keeps building.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Elbow or Wrist Fracture',
        severity: 'contraindicated',
        note: 'Do not load the arm until the fracture has healed and your clinician has approved resistance work.',
      },
      {
        condition: 'Acute Flare of Elbow Pain',
        severity: 'warning',
        note: 'Use a lighter weight or rest from the exercise for a few days, and let your physiotherapist know.',
      },
      {
        condition: 'Numbness or Tingling in the Forearm or Hand',
        severity: 'warning',
        note: 'These can come from a nerve rather than the tendon; pause the exercise and have it assessed.',
      },
    ],
  },
  {
    slug: 'forearm-pronation-supination',
    name: 'Forearm Pronation and Supination',
    description:
      'Holding a light dumbbell by one end, you turn your palm up and then down. It strengthens the forearm muscles that rotate the hand, as when you turn a key or a door handle.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your forearm resting on a table or your thigh, elbow bent to a right angle and hand over the edge.',
      },
      {
        type: 'preparation',
        text: 'Hold a light dumbbell by one end so the other end points up to the ceiling.',
      },
      {
        type: 'step',
        text: 'Slowly turn your palm to face up, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Turn slowly back through the middle until your palm faces down.',
      },
      {
        type: 'form_cue',
        text: 'Keep your elbow at your side and your forearm resting still; only the forearm rotates.',
      },
      {
        type: 'form_cue',
        text: 'Grip nearer the middle of the dumbbell to make it easier.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily in a relaxed rhythm; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain at the elbow or wrist.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Elbow or Wrist Fracture',
        severity: 'warning',
        note: 'Start without the weight, and only once your clinician allows forearm rotation.',
      },
      {
        condition: 'Inflammatory Arthritis Flare',
        severity: 'warning',
        note: 'Do the movement without the weight while joints are hot or swollen.',
      },
    ],
  },
];
