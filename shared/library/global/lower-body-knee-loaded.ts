import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises that load the knee through body weight: squatting,
 * holding and stepping.
 */
export const kneeLoadedExercises: readonly LibraryExercise[] = [
  {
    slug: 'mini-squat',
    name: 'Mini Squat',
    description:
      'Holding a support, you bend your knees a short way and stand back up. It builds thigh and buttock strength for everyday tasks such as standing up and using stairs.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart, holding the back of a sturdy chair or a kitchen counter.',
      },
      {
        type: 'step',
        text: 'Push your hips back slightly and bend your knees to lower about a quarter of the way toward sitting.',
      },
      {
        type: 'step',
        text: 'Pause, then push through your heels to stand up straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees in line with your second toes; do not let them fall inward.',
      },
      {
        type: 'form_cue',
        text: 'Keep your weight spread through the whole foot and your chest up.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you stand up.',
      },
      {
        type: 'safety',
        text: 'Stay at a depth that is pain-free and stop if the knee pain is sharp.',
      },
    ],
    contraindications: [
      {
        condition: 'Non-Weight-Bearing Restriction',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows weight through the leg.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Keep the squat shallow and stop if the pain rises above mild.',
      },
      {
        condition: 'Acute Knee Swelling',
        severity: 'warning',
        note: 'Reduce the depth, and tell your physiotherapist if the knee swells more afterwards.',
      },
    ],
  },
  {
    slug: 'wall-sit',
    name: 'Wall Sit',
    description:
      'Leaning your back against a wall with your knees bent, you hold a part-squat position. It builds endurance in the thigh muscles.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your back against a wall and your feet about 30 cm in front of you, hip-width apart.',
      },
      {
        type: 'step',
        text: 'Slide your back down the wall until your knees are bent to a comfortable depth, no lower than thighs level with the floor.',
      },
      {
        type: 'step',
        text: 'Hold the position for the time set in your plan.',
      },
      { type: 'step', text: 'Slide back up the wall to stand.' },
      {
        type: 'form_cue',
        text: 'Keep your knees above your ankles and in line with your toes.',
      },
      {
        type: 'form_cue',
        text: 'Press your lower back and shoulders gently into the wall.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Slide up the wall and rest if you feel sharp knee pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'contraindicated',
        note: 'Do not perform; long, hard muscle holds raise blood pressure sharply. Ask your doctor when it is under control.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Use a shallower knee bend, which loads the kneecap less.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on bending the knee under load.",
      },
    ],
  },
  {
    slug: 'step-up',
    name: 'Step-up',
    description:
      'You step up onto a low step with one leg and back down again. It strengthens the thigh and buttock muscles for stairs, kerbs and climbing.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing the bottom stair or a sturdy low step, with a rail or wall within reach.',
      },
      { type: 'step', text: 'Place your whole working foot on the step.' },
      {
        type: 'step',
        text: 'Push through that heel to straighten the leg and bring the other foot up beside it.',
      },
      {
        type: 'step',
        text: 'Step back down slowly, other foot first, controlling the movement with the working leg.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knee in line with your second toe as you rise.',
      },
      {
        type: 'form_cue',
        text: 'Let the working leg do the lifting rather than pushing off the back foot.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you step up and breathe in as you step down.',
      },
      {
        type: 'safety',
        text: 'Hold the rail if your balance is unsteady, and start with a low step.',
      },
      { type: 'safety', text: 'Stop if you feel sharp knee pain.' },
    ],
    contraindications: [
      {
        condition: 'Non-Weight-Bearing Restriction',
        severity: 'contraindicated',
        note: 'Do not perform until full weight through the leg is allowed.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Use a lower step and keep the movement slow.',
      },
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Hold a rail with both hands or have someone stand beside you.',
      },
    ],
  },
];
