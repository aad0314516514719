import type { LibraryExercise } from '../library-exercise';

/** Platform exercises for the neck, elbow, forearm and wrist. */
export const neckAndArmExercises: readonly LibraryExercise[] = [
  {
    slug: 'chin-tuck',
    name: 'Chin Tuck',
    description:
      'You glide your head straight back to make a double chin, then hold. It trains the deep muscles at the front of the neck that support the head and helps with a forward-head posture.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall in a chair with your back supported, or lie on your back with your head on a thin pillow.',
      },
      {
        type: 'step',
        text: 'Keeping your eyes level, slide your head straight back as if making a double chin.',
      },
      { type: 'step', text: 'Hold for five seconds.' },
      { type: 'step', text: 'Relax back to the start position.' },
      {
        type: 'form_cue',
        text: 'Move straight back, not down; do not nod your chin toward your chest.',
      },
      { type: 'form_cue', text: 'Keep your jaw and shoulders relaxed.' },
      {
        type: 'breathing',
        text: 'Breathe normally while you hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel dizzy, or if pain or tingling spreads into your arms.',
      },
    ],
    contraindications: [
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not perform; clumsy hands, unsteady walking, or tingling in both arms or legs need a medical review first.',
      },
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'After a fall or accident, do not exercise the neck until a doctor has ruled out a fracture.',
      },
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Make the movement smaller and stop if symptoms travel further down the arm.',
      },
    ],
  },
  {
    slug: 'cervical-rotation',
    name: 'Cervical Rotation',
    description:
      'You turn your head slowly to look over each shoulder. It keeps the neck moving freely and eases stiffness.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall in a chair with your feet flat and your shoulders relaxed.',
      },
      {
        type: 'step',
        text: 'Slowly turn your head to look over one shoulder, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Pause for two seconds, then turn back through the middle to the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin level; turn the head rather than tipping it.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders still and facing forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn and breathe in as you come back to the middle.',
      },
      {
        type: 'safety',
        text: 'Stop straight away and seek medical advice if you feel dizzy or sick, see double, or have trouble speaking or swallowing.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Turn slowly through a small range and stay seated; stop if the room starts to spin and wait until it passes.',
      },
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: "Do not perform; these signs can point to a problem with the neck's blood supply and need urgent medical assessment.",
      },
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'Do not perform until a doctor has ruled out a fracture or ligament injury.',
      },
    ],
  },
  {
    slug: 'upper-trapezius-stretch',
    name: 'Upper Trapezius Stretch',
    description:
      'You tilt your head to one side to stretch the muscle that runs from the neck to the top of the shoulder. It eases neck and shoulder tension, for example after desk work.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['cervical-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair and hold the edge of the seat with the hand on the side you are stretching.',
      },
      {
        type: 'step',
        text: 'Tilt your head to bring your ear toward the opposite shoulder until you feel a gentle stretch along the side of the neck.',
      },
      {
        type: 'step',
        text: 'For a little more stretch, rest your free hand lightly on the side of your head without pulling.',
      },
      {
        type: 'step',
        text: 'Hold for about 30 seconds, then bring your head slowly back to the middle.',
      },
      {
        type: 'form_cue',
        text: 'Keep your nose pointing forward and your shoulders level.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the shoulder drop a little further with each breath out.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pins and needles, numbness or pain running down the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Leave out the hand on the head, keep the tilt small, and stop if arm symptoms increase.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Tilt the head slowly and bring it back to the middle just as slowly.',
      },
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not perform until a doctor has assessed the neck.',
      },
    ],
  },
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
  {
    slug: 'plyometric-wall-push-off',
    name: 'Plyometric Wall Push-off',
    description:
      'Leaning toward a wall, you catch yourself on your hands and push away quickly. It trains the shoulders and arms to absorb and produce force fast, as sport and breaking a fall demand.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: "Stand facing a wall, about an arm's length away, with your feet hip-width apart.",
      },
      {
        type: 'preparation',
        text: 'Warm up first with a few slow wall push-ups.',
      },
      {
        type: 'step',
        text: 'Fall gently toward the wall and catch yourself with both hands at shoulder height, letting the elbows bend.',
      },
      {
        type: 'step',
        text: 'Push away quickly and firmly so your hands leave the wall and you return upright.',
      },
      {
        type: 'step',
        text: 'Catch yourself softly again and repeat in a steady rhythm.',
      },
      {
        type: 'form_cue',
        text: 'Keep your body straight from head to heels, tipping at the ankles rather than bending at the hips.',
      },
      {
        type: 'form_cue',
        text: 'Catch with soft elbows; do not let them snap straight.',
      },
      {
        type: 'breathing',
        text: 'Breathe out sharply as you push away and breathe in as you fall toward the wall.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel shoulder pain or a sense of the shoulder slipping.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared fast loading of the shoulder.',
      },
      {
        condition: 'Post-operative Shoulder, Elbow or Wrist Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows jumping or throwing-type work for the arm.",
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Stand closer to the wall so less load passes through the wrists.',
      },
    ],
  },
];
