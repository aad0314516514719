import type { LibraryExercise } from '../library-exercise';

/**
 * Platform balance board progressions after an ankle sprain, from seated
 * tilts to standing on one leg. Rocker boards tilt on one axis; wobble
 * boards tilt in every direction.
 */
export const balanceBoardBasicExercises: readonly LibraryExercise[] = [
  {
    slug: 'seated-balance-board-ankle-tilts',
    name: 'Seated Balance Board Ankle Tilts',
    description:
      'Sitting with your feet on a balance board, you tilt it forward, back and side to side. It restores ankle movement and starts retraining the ankle sense of position without putting your full weight through it.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception', 'mobility'],
    bodyRegions: ['ankle-foot'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a firm chair with the balance board on the floor in front of you and place the working foot, or both feet, in the middle of it.',
      },
      {
        type: 'step',
        text: 'Tilt the board slowly forward until the front edge touches the floor, then back until the back edge touches.',
      },
      {
        type: 'step',
        text: 'Tilt it side to side in the same way, then try to hold the board level without either edge touching.',
      },
      {
        type: 'form_cue',
        text: 'Make the ankle do the work; keep your knee above your foot.',
      },
      {
        type: 'breathing',
        text: 'Breathe easily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Keep the movements small if the ankle aches or swells more afterwards.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when the ankle may move in every direction.",
      },
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Start with forward and back tilts only, and add side tilts when they are pain-free.',
      },
    ],
  },
  {
    slug: 'supported-balance-board-stance',
    name: 'Supported Balance Board Stance',
    description:
      'Standing on a balance board with both feet and holding a counter, you keep the board steady. It is the first standing step in balance board training and wakes up the reflexes that protect the ankle.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place the board on a non-slip floor next to a kitchen counter, and hold the counter with both hands.',
      },
      {
        type: 'preparation',
        text: 'Step onto the board one foot at a time, feet hip-width apart and evenly placed on each side of the centre.',
      },
      {
        type: 'step',
        text: 'Bring the board level and hold it steady for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'As it gets easier, hold on with one hand, then with just your fingertips.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees soft, your body tall and your eyes looking ahead, not at your feet.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Step off with the board held steady by the counter, one foot at a time.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Start once you can stand and walk on the ankle without pain, and keep firm hand support.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Have someone stand beside you, and practise standing balance on the floor first.',
      },
    ],
  },
  {
    slug: 'rocker-board-forward-back-tilts',
    name: 'Rocker Board Forward-Back Tilts',
    description:
      'Standing on a rocker board, you tilt it slowly forward and back under control. It trains the ankle to bend and straighten smoothly while you balance.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Set the rocker board so it tips forward and back, next to a counter, and step onto it with feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Lean gently forward from the ankles until the front edge touches the floor.',
      },
      {
        type: 'step',
        text: 'Shift back slowly until the back edge touches, then return to level.',
      },
      {
        type: 'form_cue',
        text: 'Move from the ankles with your body as one straight unit; do not bend at the hips.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you tip forward and in as you tip back.',
      },
      {
        type: 'safety',
        text: 'Keep a hand near the counter to catch yourself if needed.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Wait until supported balance board stance is easy and pain-free.',
      },
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Keep both hands on the counter and have someone nearby.',
      },
    ],
  },
  {
    slug: 'rocker-board-side-to-side-tilts',
    name: 'Rocker Board Side-to-Side Tilts',
    description:
      'Standing on a rocker board turned sideways, you tilt it slowly from side to side. It trains the muscles on the inner and outer ankle that stop the foot rolling over.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Turn the rocker board so it tips from side to side, place it next to a counter, and step on with feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Shift your weight slowly onto one foot until that edge touches the floor.',
      },
      {
        type: 'step',
        text: 'Shift across until the other edge touches, then return to level and hold.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips level and your knees pointing forward as the board tilts.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing smoothly as you shift; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Keep the tilts small if they bring on pain on the outer side of the ankle.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Side tilts stress the injured outer ligaments; add them only when forward-back tilts are pain-free.',
      },
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Keep both hands on the counter and have someone nearby.',
      },
    ],
  },
  {
    slug: 'wobble-board-circles',
    name: 'Wobble Board Circles',
    description:
      'Standing on a round wobble board, you roll its edge around the floor in a slow circle. It trains ankle control in every direction at once.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a round wobble board next to a counter and step onto it with feet hip-width apart, one hand on the counter.',
      },
      {
        type: 'step',
        text: 'Tilt the board until the edge touches the floor, then roll the edge slowly around in a full circle.',
      },
      {
        type: 'step',
        text: 'Complete the number of circles set in your plan, then change direction.',
      },
      {
        type: 'form_cue',
        text: 'Keep your upper body still and let the ankles steer the board.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily in time with the circles.',
      },
      {
        type: 'safety',
        text: 'Make the circles smaller if you lose control or feel pain in the ankle.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Progress to circles only after both rocker board tilts are pain-free.',
      },
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Keep a firm hold on the counter and have someone nearby.',
      },
    ],
  },
  {
    slug: 'balance-board-mini-squat',
    name: 'Balance Board Mini Squat',
    description:
      'Standing on a balance board, you bend your knees into a small squat and rise again while keeping the board steady. It links leg strength with ankle and knee control.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['balance-proprioception', 'isotonic'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the board next to a counter with feet hip-width apart and bring it level.',
      },
      {
        type: 'step',
        text: 'Bend your knees and push your hips back into a shallow squat.',
      },
      {
        type: 'step',
        text: 'Push back up to standing while keeping the board level.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees in line with your second toes and your weight spread across both feet.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you rise.',
      },
      {
        type: 'safety',
        text: 'Keep the squat shallow and stop if you feel pain in the front of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Keep the squat shallow and within a pain-free range.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on knee bend under load.",
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Master the board with straight knees first.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 135,
      sides: 'both',
    },
  },
  {
    slug: 'balance-board-single-leg-stance',
    name: 'Balance Board Single-Leg Stance',
    description:
      'You stand on one leg on a balance board and keep it steady. It is a late-stage ankle sprain exercise that trains the quick reactions needed to stop the ankle rolling on uneven ground or in sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'hip'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place the board next to a counter and stand with the working foot in the centre of it, one hand resting on the counter.',
      },
      {
        type: 'step',
        text: 'Lift the other foot and bring the board level.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, letting go of the counter once you feel steady, then switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing knee soft and your hips level.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Put the other foot down straight away if you start to lose balance.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not perform until you can stand on the injured leg on the floor without pain or wobbling.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'contraindicated',
        note: 'Choose supported balance work on the floor instead.',
      },
    ],
  },
];
