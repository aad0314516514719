import type { LibraryExercise } from '../library-exercise';

/**
 * Platform stretches for the shoulder: static holds for the back of the
 * shoulder and the lats, contract-relax stretches, and dynamic arm swings
 * to prepare for activity.
 */
export const shoulderStretchExercises: readonly LibraryExercise[] = [
  {
    slug: 'cross-body-shoulder-stretch',
    name: 'Cross-Body Shoulder Stretch',
    description:
      'You draw one arm across your chest with the other hand to stretch the back of the shoulder. It helps when the shoulder feels tight reaching across the body or behind the back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or stand tall with your shoulders relaxed.',
      },
      {
        type: 'step',
        text: 'Bring the arm to be stretched across the front of your chest at shoulder height or a little below.',
      },
      {
        type: 'step',
        text: 'With the other hand just above the elbow, ease the arm closer to your chest until you feel a stretch at the back of the shoulder.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then release slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder blade of the stretched arm drawn gently back and down, not pulled forward.',
      },
      {
        type: 'form_cue',
        text: 'Press on the upper arm, not on the elbow joint itself.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a pinch at the front or top of the shoulder rather than a stretch at the back.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement or Acromioclavicular Joint Pain',
        severity: 'warning',
        note: 'Hold the arm lower, below shoulder height, and stop if the top of the shoulder hurts.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; movement across the body is often restricted after posterior stabilisation.",
      },
    ],
  },
  {
    slug: 'towel-internal-rotation-stretch',
    name: 'Towel Internal Rotation Stretch',
    description:
      'Holding a towel behind your back, you use the top hand to draw the lower hand up your back. It stretches the shoulder into the movement needed for tucking in a shirt or fastening a bra.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall holding a long towel over one shoulder with the good hand.',
      },
      {
        type: 'preparation',
        text: 'Reach the sore hand behind your back and take hold of the lower end of the towel.',
      },
      {
        type: 'step',
        text: 'Pull gently upward with the top hand so the lower hand slides up your back.',
      },
      {
        type: 'step',
        text: 'Stop at a comfortable stretch at the front or outside of the shoulder and hold for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Lower the hand slowly by letting the top hand relax.',
      },
      {
        type: 'form_cue',
        text: 'Stand upright; do not bend forward or twist to make the hand go higher.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain or a catch deep in the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows reaching behind the back, which is often restricted after rotator cuff repair.",
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Pull only gently and keep the stretch short of pain.',
      },
    ],
  },
  {
    slug: 'swiss-ball-lat-stretch',
    name: 'Swiss Ball Lat Stretch',
    description:
      'Kneeling with your hands on a Swiss ball, you roll the ball forward and sink your chest toward the floor. It stretches the large back muscles that limit raising the arms overhead.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat with a Swiss ball in front of you and rest both forearms or hands on top of it.',
      },
      {
        type: 'step',
        text: 'Roll the ball forward, sitting your hips back toward your heels.',
      },
      {
        type: 'step',
        text: 'Let your chest sink toward the floor until you feel a stretch along the sides of your back and under your arms.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then roll the ball back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head between your arms and your neck relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Let the ribs soften down rather than arching the lower back.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and deeply into the sides of your ribs during the hold.',
      },
      {
        type: 'safety',
        text: 'Keep the ball under control and stop if you feel a pinch in the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain with Kneeling',
        severity: 'warning',
        note: 'Kneel on a folded towel, or sit on a chair and slide your hands forward on a table instead.',
      },
      {
        condition: 'Shoulder Instability',
        severity: 'warning',
        note: 'Do not let the arms go further overhead than your physiotherapist allows.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on the overhead range allowed.",
      },
    ],
  },
  {
    slug: 'contract-relax-shoulder-external-rotation',
    name: 'Contract-Relax Shoulder External Rotation',
    description:
      'Lying on your back with a stick, you take the shoulder into a turned-out stretch, push gently against the stick, relax, then ease further. The brief contraction helps the muscles let go so the shoulder gains range.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['pnf-stretching'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with the sore elbow bent to a right angle at your side on a folded towel.',
      },
      {
        type: 'preparation',
        text: 'Hold a light stick with the sore hand cupping one end and the good hand on the other.',
      },
      {
        type: 'step',
        text: 'Use the good arm to turn the sore forearm outward until you feel a comfortable stretch.',
      },
      {
        type: 'step',
        text: 'Without moving, press the sore hand gently back into the stick, as if turning it inward, for about five seconds.',
      },
      {
        type: 'step',
        text: 'Relax completely, then use the good arm to ease the forearm a little further outward.',
      },
      {
        type: 'step',
        text: 'Repeat the press and relax for the number set in your plan, then return slowly.',
      },
      {
        type: 'form_cue',
        text: 'Press with only a gentle effort; the aim is relaxation, not strength.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow on the towel against your side.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally while you press, then breathe out slowly as you ease into the new range.',
      },
      {
        type: 'safety',
        text: 'Stop if the stretch turns into sharp pain at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition:
          'Recent Anterior Shoulder Dislocation or Stabilisation Surgery',
        severity: 'contraindicated',
        note: 'Do not stretch into outward rotation until your surgeon or physiotherapist allows it.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; resisted contractions may be delayed after rotator cuff repair.",
      },
    ],
  },
  {
    slug: 'contract-relax-cross-body-stretch',
    name: 'Contract-Relax Cross-Body Stretch',
    description:
      'You draw the arm across your chest, press it gently against your other hand, relax, and then ease it further across. It loosens a tight back of the shoulder more than a plain hold.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['pnf-stretching'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or stand tall and bring the arm to be stretched across your chest, holding it above the elbow with the other hand.',
      },
      {
        type: 'step',
        text: 'Ease the arm across until you feel a stretch at the back of the shoulder.',
      },
      {
        type: 'step',
        text: 'Push the arm gently outward into your hand for about five seconds without letting it move.',
      },
      {
        type: 'step',
        text: 'Relax, then draw the arm a little further across and hold.',
      },
      {
        type: 'step',
        text: 'Repeat for the number set in your plan, then release slowly.',
      },
      {
        type: 'form_cue',
        text: 'Use only light effort in the push and keep the shoulder blade drawn back.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally as you push, then breathe out as you ease further across.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain on top of the shoulder or a pinch at the front.',
      },
    ],
    contraindications: [
      {
        condition: 'Acromioclavicular Joint Pain',
        severity: 'warning',
        note: 'Keep the arm below shoulder height and stop if the top of the shoulder hurts.',
      },
      {
        condition: 'Posterior Shoulder Instability or Stabilisation Surgery',
        severity: 'contraindicated',
        note: 'Do not stretch across the body until your surgeon or physiotherapist allows it.',
      },
    ],
  },
  {
    slug: 'arm-circles',
    name: 'Arm Circles',
    description:
      'With your arms out to the sides, you draw circles that start small and grow. It warms up the shoulders and gets them moving through a wide range before activity.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['dynamic-stretching'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall with your feet hip-width apart and lift both arms out to the sides, just below shoulder height.',
      },
      {
        type: 'step',
        text: 'Draw small forward circles with your hands, then let the circles grow larger.',
      },
      {
        type: 'step',
        text: 'After the number set in your plan, change direction and circle backward.',
      },
      {
        type: 'form_cue',
        text: 'Move smoothly and keep the shoulders down, away from your ears.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk still; the movement comes from the shoulders.',
      },
      { type: 'breathing', text: 'Keep breathing easily in a steady rhythm.' },
      {
        type: 'safety',
        text: 'Keep the circles smaller if any part of the circle pinches or aches.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Keep the arms lower and the circles small so you stay out of the painful range.',
      },
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared free movement of the arm.',
      },
    ],
  },
  {
    slug: 'standing-arm-swings',
    name: 'Standing Arm Swings',
    description:
      'You swing both arms forward and up, then down and back, in a relaxed rhythm. It loosens the shoulders and upper back as a warm-up.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['dynamic-stretching'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall with your feet hip-width apart and your arms by your sides.',
      },
      {
        type: 'step',
        text: 'Swing both arms forward and up toward shoulder height or higher, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Let them swing back down and a little behind you.',
      },
      {
        type: 'step',
        text: 'Build the size of the swing gradually over the first few swings.',
      },
      {
        type: 'form_cue',
        text: 'Keep the movement controlled rather than flinging the arms.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and do not arch your back as the arms rise.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as the arms rise and out as they swing down.',
      },
      {
        type: 'safety',
        text: 'Make the swing smaller if you feel pain or the shoulder feels unstable.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability',
        severity: 'warning',
        note: 'Keep the swings below shoulder height and slow.',
      },
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'contraindicated',
        note: 'Do not swing the arm until your physiotherapist allows it.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 20,
      endAngleDegrees: 150,
      sides: 'both',
    },
  },
];
