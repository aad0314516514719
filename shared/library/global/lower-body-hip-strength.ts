import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/** Platform strengthening for the hip and buttock muscles. */
export const hipStrengthExercises: readonly LibraryExercise[] = [
  {
    slug: 'clamshell',
    name: 'Clamshell',
    description:
      'Lying on your side with your knees bent, you open your top knee like a clamshell while your feet stay together. It strengthens the muscles at the side of the hip that keep the pelvis and knee steady when you walk.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['yoga-mat', 'resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with your hips and knees bent and your feet together, in line with your back.',
      },
      {
        type: 'preparation',
        text: 'Rest your head on your lower arm or a pillow; for more challenge, loop a resistance band just above your knees.',
      },
      {
        type: 'step',
        text: 'Keeping your feet together, lift your top knee as far as you can without your hips rolling back.',
      },
      { type: 'step', text: 'Pause, then lower the knee slowly.' },
      {
        type: 'form_cue',
        text: 'Keep your hips stacked one above the other; rest your top hand on your hip to check it stays still.',
      },
      {
        type: 'form_cue',
        text: 'Keep your stomach gently tight so your lower back does not move.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knee lifts and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the hip joint or groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Early Recovery)',
        severity: 'warning',
        note: "Follow the surgeon's movement precautions, and keep a pillow between the knees if you have been told to.",
      },
      {
        condition: 'Pain Lying on the Side of the Hip (Trochanteric Pain)',
        severity: 'warning',
        note: 'Lie on thick padding; if the lower hip still hurts, ask your physiotherapist for a standing alternative.',
      },
      latexAllergy,
    ],
  },
  {
    slug: 'glute-bridge',
    name: 'Glute Bridge',
    description:
      'Lying on your back with your knees bent, you squeeze your buttocks to lift your hips off the floor. It strengthens the buttock and back-of-thigh muscles that support the hips and lower back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent, feet flat and hip-width apart, and arms by your sides.',
      },
      {
        type: 'step',
        text: 'Gently tighten your stomach, then squeeze your buttocks and lift your hips until your body is straight from shoulders to knees.',
      },
      { type: 'step', text: 'Hold for two seconds at the top.' },
      { type: 'step', text: 'Lower your hips slowly back to the mat.' },
      {
        type: 'form_cue',
        text: 'Lift with your buttocks rather than by arching your lower back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees hip-width apart; do not let them fall in or out.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'If the back of your thigh cramps, lower down and bring your feet closer to your buttocks.',
      },
      { type: 'safety', text: 'Stop if you feel pain in your lower back.' },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Keep sets short and avoid lying flat for long; rest on your side between sets or prop your upper back up.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Lift only part of the way and stop if the pain increases.',
      },
      {
        condition: 'Post-operative Hip Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when bridging may start.",
      },
    ],
  },
  {
    slug: 'swiss-ball-bridge',
    name: 'Swiss Ball Bridge',
    description:
      'Lying on your back with your calves resting on a Swiss ball, you lift your hips off the floor. The unstable ball makes the buttock, back-of-thigh and trunk muscles work together to keep you steady.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['glutes', 'hip', 'abdominals'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your legs straight and your calves resting on a Swiss ball.',
      },
      {
        type: 'preparation',
        text: 'Rest your arms out to the sides on the floor for balance.',
      },
      {
        type: 'step',
        text: 'Press your legs down into the ball and lift your hips until your body is straight from shoulders to heels.',
      },
      { type: 'step', text: 'Hold for two seconds, keeping the ball still.' },
      { type: 'step', text: 'Lower your hips slowly back to the mat.' },
      {
        type: 'form_cue',
        text: 'Keep your hips level and the ball from rolling sideways.',
      },
      {
        type: 'form_cue',
        text: 'Once it feels steady, bring your arms closer to your body to make it harder.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Lower down and rest if the back of your thigh cramps or your lower back hurts.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Keep sets short and avoid lying flat for long; rest on your side between sets.',
      },
      {
        condition: 'Hamstring Strain',
        severity: 'warning',
        note: 'Use the floor glute bridge until the back of the thigh is pain-free, then move on to the ball.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Use the floor glute bridge until the pain has settled.',
      },
    ],
  },
  {
    slug: 'lateral-band-walk',
    name: 'Lateral Band Walk',
    description:
      'With a resistance band looped around your legs, you take small steps sideways in a slight squat. It strengthens the muscles at the side of the hip that keep the knees and pelvis in line.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Loop a resistance band around both legs just above the knees, or around the ankles for more challenge.',
      },
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart and bend your knees and hips slightly.',
      },
      {
        type: 'step',
        text: 'Take a small step to the side with one foot, keeping tension on the band.',
      },
      {
        type: 'step',
        text: 'Bring the other foot partway in, so the band stays stretched.',
      },
      {
        type: 'step',
        text: 'Take several steps in one direction, then the same number back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees pressed gently outward, in line with your toes.',
      },
      {
        type: 'form_cue',
        text: 'Keep your body level; do not rock from side to side.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily in time with your steps; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Clear the floor around you, and stop if you feel pain in the hip or knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Step sideways along a kitchen counter you can hold.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Stand taller, with less bend in the knees.',
      },
      latexAllergy,
    ],
  },
  {
    slug: 'single-leg-romanian-deadlift',
    name: 'Single-Leg Romanian Deadlift',
    description:
      'Standing on one leg and holding a dumbbell, you hinge forward at the hip while the other leg reaches back, then stand up again. It builds strength in the buttock and back of the thigh and challenges your balance.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic', 'balance-proprioception'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on your working leg with the knee slightly bent, holding a dumbbell in the opposite hand.',
      },
      {
        type: 'preparation',
        text: 'Start beside a wall or counter you can touch, and without weight until the movement is steady.',
      },
      {
        type: 'step',
        text: 'Hinge forward at the hip, letting the dumbbell lower toward the floor as your free leg reaches straight back.',
      },
      {
        type: 'step',
        text: 'Lower until you feel a stretch behind the standing thigh, keeping your back flat.',
      },
      { type: 'step', text: 'Squeeze your buttock to return to standing.' },
      {
        type: 'form_cue',
        text: 'Keep your hips level and facing the floor; do not let the free hip turn open.',
      },
      {
        type: 'form_cue',
        text: 'Keep a straight line from your head to your back heel, like a see-saw.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you hinge forward and breathe out as you stand up.',
      },
      {
        type: 'safety',
        text: 'Touch the wall or put the free foot down if you lose balance, and stop if you feel back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Use no weight and a shallower hinge, or wait until the pain has settled.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Use a light weight and keep the back flat throughout; never round the spine as you bend.',
      },
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Keep a hand on a counter throughout, or practise the two-leg version first.',
      },
      {
        condition: 'Hamstring Strain',
        severity: 'warning',
        note: 'Wait until a gentle hamstring stretch is pain-free before loading the muscle this way.',
      },
    ],
  },
];
