import type { LibraryExercise } from '../library-exercise';

/**
 * Platform mobility work for the hip: swinging the leg to warm up, and
 * turning the hip in on the floor and circling it through its whole range.
 */
export const moreKneeHipHipMobilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'front-to-back-leg-swings',
    name: 'Front-to-Back Leg Swings',
    description:
      'Standing side-on to a wall, you swing one leg forward and back in a smooth, relaxed arc. It warms up and loosens the hip and the back of the thigh before sport or a walk.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['dynamic-stretching'],
    bodyRegions: ['hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall side-on to a wall or sturdy chair and hold it with the nearer hand.',
      },
      {
        type: 'preparation',
        text: 'Stand on the leg closer to the wall, with the knee softly bent.',
      },
      {
        type: 'step',
        text: 'Swing the other leg gently forward and then back, like a pendulum.',
      },
      {
        type: 'step',
        text: 'Start with small swings and let them grow a little bigger as the hip loosens.',
      },
      { type: 'step', text: 'Turn around and repeat with the other leg.' },
      {
        type: 'form_cue',
        text: 'Keep your trunk upright and still; the movement comes from the hip.',
      },
      {
        type: 'form_cue',
        text: 'Keep the swing smooth and controlled, never flinging the leg.',
      },
      { type: 'breathing', text: 'Breathe easily in rhythm with the swing.' },
      {
        type: 'safety',
        text: 'Stop if you feel a sharp pull at the back of the thigh or in the groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows free hip bend and extension.",
      },
      {
        condition: 'Acute Hamstring Strain',
        severity: 'warning',
        note: 'Keep the forward swing small and pain-free.',
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Hold the support with both hands facing it, and keep the swings small.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 165,
      endAngleDegrees: 115,
      sides: 'alternating',
    },
  },
  {
    slug: 'side-to-side-leg-swings',
    name: 'Side-to-Side Leg Swings',
    description:
      'Facing a wall, you swing one leg out to the side and back across in front of the other. It loosens the inner and outer hip muscles, which helps before sports with side-to-side movement.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['dynamic-stretching'],
    bodyRegions: ['hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall or sturdy chair and rest both hands on it.',
      },
      {
        type: 'step',
        text: 'Swing one leg out to the side, then back across in front of the standing leg.',
      },
      {
        type: 'step',
        text: 'Let the swing grow gradually as the hip loosens.',
      },
      { type: 'step', text: 'Repeat with the other leg.' },
      {
        type: 'form_cue',
        text: 'Keep your hips facing the wall and your trunk still.',
      },
      {
        type: 'form_cue',
        text: 'Keep the swinging leg relaxed and the standing knee soft.',
      },
      { type: 'breathing', text: 'Breathe easily in rhythm with the swing.' },
      { type: 'safety', text: 'Stop if you feel a sharp pull in the groin.' },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform while hip precautions apply; swinging the leg across the body is usually restricted. Follow the surgeon's protocol.",
      },
      {
        condition: 'Groin (Adductor) Strain',
        severity: 'warning',
        note: 'Keep the swings small and pain-free.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 178,
      endAngleDegrees: 145,
      sides: 'alternating',
    },
  },
  {
    slug: 'ninety-ninety-hip-switch',
    name: '90/90 Hip Switch',
    description:
      'Sitting on the floor with both knees bent at right angles, you turn your knees from one side to the other. It moves both hips through turning in and out at the same time and helps stiff hips move more freely.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a mat with your knees bent and your feet flat, a little wider than hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Put your hands on the floor behind you for support.',
      },
      {
        type: 'step',
        text: 'Let both knees fall to one side so the front leg and back leg each form a right angle.',
      },
      { type: 'step', text: 'Sit tall in this position for a moment.' },
      {
        type: 'step',
        text: 'Lift the knees and turn them over to the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk upright and lean on your hands as much as you need.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly and only as far as the hips allow.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knees turn over and breathe easily in each position.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain inside the knee or sharp pain in the hip.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform while hip precautions apply; the position combines hip bend and rotation. Follow the surgeon's protocol.",
      },
      {
        condition: 'Knee Meniscus Injury',
        severity: 'warning',
        note: 'Keep the knees less bent, and stop if the knee pain or catching increases.',
      },
    ],
  },
  {
    slug: 'supine-hip-internal-rotation-drop-in',
    name: 'Supine Hip Internal Rotation Drop-In',
    description:
      'Lying on your back with your feet wide apart, you let one knee drop in toward the other foot and bring it back. It gently turns the hip inward, a movement that is often the first to stiffen in a painful hip.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and your feet flat, set wider than your hips.',
      },
      {
        type: 'step',
        text: 'Let one knee drop slowly inward toward the mat, keeping the other knee still.',
      },
      {
        type: 'step',
        text: 'Pause where you feel a gentle stretch at the side or back of the hip.',
      },
      {
        type: 'step',
        text: 'Bring the knee back up to the middle, then repeat on the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep both feet in place and your pelvis flat on the mat.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly and let gravity take the knee down.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knee drops in and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching deep in the groin or pain on the inside of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not turn the operated hip inward while posterior hip precautions apply; follow the surgeon's protocol.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Lie propped up on pillows or a wedge rather than flat.',
      },
    ],
  },
  {
    slug: 'standing-hip-circles',
    name: 'Standing Hip Circles',
    description:
      'Standing on one leg and holding a support, you draw slow, large circles with the knee of your other leg. It takes the hip through all its directions of movement and is a good warm-up before sport.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall beside a wall or sturdy chair and hold it with one hand.',
      },
      {
        type: 'step',
        text: 'Lift the outside knee up in front of you to about hip height.',
      },
      {
        type: 'step',
        text: 'Move the knee out to the side, then round behind you, and bring it back down beside the other knee.',
      },
      {
        type: 'step',
        text: 'Repeat the circle slowly, then reverse the direction and change legs.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk tall and your pelvis facing forward; only the leg moves.',
      },
      {
        type: 'form_cue',
        text: 'Make the circle as large as you can control without leaning.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily and slowly throughout each circle.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel catching or sharp pain deep in the hip or groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform while hip precautions apply; the circle combines hip bend, rotation and crossing. Follow the surgeon's protocol.",
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Hold the support with both hands and make the circles small, or do supine hip mobility instead.',
      },
      {
        condition: 'Hip Impingement',
        severity: 'warning',
        note: 'Keep the knee lower in front and avoid the part of the circle that pinches.',
      },
    ],
  },
];
