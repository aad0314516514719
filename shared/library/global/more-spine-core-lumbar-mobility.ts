import type { LibraryExercise } from '../library-exercise';

/**
 * Platform lower back movement: extension progressions, flexion in lying
 * and sitting, and rotation lying down.
 */
export const lumbarMobilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'prone-on-elbows',
    name: 'Prone on Elbows',
    description:
      'Lying face down, you prop yourself up on your forearms and let your lower back relax into a gentle arch. It is the first step of the extension exercises used for back pain that eases when you bend backward.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with your arms by your sides and your head turned to one side.',
      },
      {
        type: 'preparation',
        text: 'Rest there for a minute and let your back and buttocks relax.',
      },
      {
        type: 'step',
        text: 'Place your elbows under your shoulders and lift your chest to rest on your forearms.',
      },
      {
        type: 'step',
        text: 'Let your hips and stomach sink into the mat and stay for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Lower yourself slowly back to lying flat.',
      },
      {
        type: 'form_cue',
        text: 'Keep your buttocks and lower back loose; let the arch happen rather than pushing into it.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders down away from your ears and your neck relaxed.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the back relax further each time you breathe out; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if pain spreads further into your buttock or leg; pain that moves toward the middle of your back is usually a good sign.',
      },
    ],
    contraindications: [
      {
        condition: 'Bladder or Bowel Changes, or Numbness Around the Groin',
        severity: 'contraindicated',
        note: 'Do not exercise; these signs need emergency medical care straight away.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; ask your physiotherapist for a standing backward bend instead.',
      },
      {
        condition: 'Lumbar Spinal Stenosis or Facet Joint Pain',
        severity: 'warning',
        note: 'Backward bending often aggravates these; limit the time and stop if symptoms increase.',
      },
    ],
  },
  {
    slug: 'standing-lumbar-extension',
    name: 'Standing Lumbar Extension',
    description:
      'Standing with your hands on your lower back, you lean backward a little and return. It is a quick way to undo long spells of sitting or bending and can be done anywhere.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 60,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart and place your palms on your lower back, fingers pointing down.',
      },
      {
        type: 'step',
        text: 'Push your hips forward slightly and lean your upper body backward over your hands as far as is comfortable.',
      },
      { type: 'step', text: 'Hold for one to two seconds.' },
      { type: 'step', text: 'Return to upright standing.' },
      {
        type: 'form_cue',
        text: 'Keep your knees straight but not locked, and let your hands support the back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin level; the bend comes from the lower back, not the neck.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lean back and breathe out as you return.',
      },
      {
        type: 'safety',
        text: 'Stand near a wall or counter if you feel unsteady, and stop if pain spreads into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Lumbar Spinal Stenosis or Facet Joint Pain',
        severity: 'warning',
        note: 'Keep the lean very small, and stop if leg or back symptoms increase.',
      },
      {
        condition: 'Spondylolisthesis',
        severity: 'warning',
        note: 'Keep the range small unless your physiotherapist advises more.',
      },
      {
        condition: 'Vertigo or Poor Balance',
        severity: 'warning',
        note: 'Keep your head level, and stand with your back near a wall.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 178,
      endAngleDegrees: 155,
      sides: 'both',
    },
  },
  {
    slug: 'double-knee-to-chest',
    name: 'Double Knee to Chest',
    description:
      'Lying on your back, you hug both knees toward your chest to gently round the lower back. It is used for back pain that eases with bending forward, such as spinal stenosis, and for morning stiffness.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat, and a thin pillow under your head if needed.',
      },
      {
        type: 'preparation',
        text: 'Bring one knee up toward your chest, then the other, so you never lift both straight legs at once.',
      },
      {
        type: 'step',
        text: 'Hold behind your thighs and draw both knees gently toward your chest until your lower back rounds.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then ease the knees away a little.',
      },
      {
        type: 'step',
        text: 'When you finish, lower one foot at a time back to the mat.',
      },
      {
        type: 'form_cue',
        text: 'Hold behind the thighs rather than on top of the knees to protect the knee joints.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head and shoulders relaxed on the mat.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the back round a little more as you breathe out.',
      },
      {
        type: 'safety',
        text: 'Stop if the movement increases pain or sends pain into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Bending forward can aggravate a disc; try only if your physiotherapist advises it, and stop if leg symptoms increase.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not pull the spine into a loaded forward bend; ask your physiotherapist for an alternative.',
      },
      {
        condition: 'Hip Replacement with Flexion Precautions',
        severity: 'contraindicated',
        note: "Do not bend the hip beyond the surgeon's limit; follow the surgeon's protocol.",
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 120,
      endAngleDegrees: 60,
      sides: 'both',
    },
  },
  {
    slug: 'seated-lumbar-flexion',
    name: 'Seated Lumbar Flexion',
    description:
      'Sitting on a chair with your feet apart, you bend forward and let your hands slide toward the floor, then sit back up. It is a progression of flexion exercises for back pain that eases when bending forward.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on the front half of a firm, stable chair with your feet flat and wider than your hips.',
      },
      {
        type: 'preparation',
        text: 'Rest your hands on your thighs.',
      },
      {
        type: 'step',
        text: 'Bend forward slowly, sliding your hands down your legs toward the floor between your feet.',
      },
      {
        type: 'step',
        text: 'Hold for one to two seconds at the bottom of the comfortable range.',
      },
      {
        type: 'step',
        text: 'Push on your thighs with your hands to help you sit back up.',
      },
      {
        type: 'form_cue',
        text: 'Let your head and back round in one smooth curve.',
      },
      {
        type: 'form_cue',
        text: 'Use your hands to help you up, especially when the back is sore.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you bend forward and breathe in as you sit up.',
      },
      {
        type: 'safety',
        text: 'Come up slowly to avoid light-headedness, and stop if pain spreads into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'contraindicated',
        note: 'Do not perform loaded forward bending; follow the direction your physiotherapist has chosen for you.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not perform repeated forward bending of the spine; ask for a hip-hinge alternative.',
      },
      {
        condition: 'Low Blood Pressure or Dizziness on Standing',
        severity: 'warning',
        note: 'Keep the bend small and sit upright for a few breaths before standing up.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 95,
      endAngleDegrees: 40,
      sides: 'both',
    },
  },
  {
    slug: 'supine-lower-trunk-rotation',
    name: 'Supine Lower Trunk Rotation',
    description:
      'Lying on your back with your knees bent, you let both knees sway gently from side to side. It eases stiffness in the lower back with a small, comfortable twist.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent, feet flat and together, and arms resting out to the sides.',
      },
      {
        type: 'step',
        text: 'Let both knees fall slowly to one side as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Pause, then bring them back through the middle and over to the other side.',
      },
      {
        type: 'step',
        text: 'Keep rocking slowly from side to side for the time set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep both shoulders resting on the mat as the knees move.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knees together and the movement easy, not forced.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knees fall to the side and breathe in as they come back.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Spinal Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol; twisting is often restricted for some weeks.",
      },
      {
        condition: 'Hip Replacement with Rotation Precautions',
        severity: 'warning',
        note: "Keep the range small and follow the surgeon's protocol for hip movement.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do gentle knee rocking lying on your side instead.',
      },
    ],
  },
  {
    slug: 'side-lying-lumbar-rotation',
    name: 'Side-lying Lumbar Rotation',
    description:
      'Lying on your side with your top knee resting on the floor in front, you turn your upper body back to twist the lower back. It stretches the lower back into rotation and is often used for one-sided back stiffness.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['lumbar-spine', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with a pillow under your head and your bottom leg straight.',
      },
      {
        type: 'preparation',
        text: 'Bend your top hip and knee and hook the top foot behind the knee of the bottom leg.',
      },
      {
        type: 'step',
        text: 'Hold your top knee down with your bottom hand.',
      },
      {
        type: 'step',
        text: 'Turn your upper body back and place your top arm on the floor behind you, so you feel a stretch in your lower back.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then turn back and change sides.',
      },
      {
        type: 'form_cue',
        text: 'Let gravity take the top shoulder toward the floor; do not force it.',
      },
      {
        type: 'form_cue',
        text: 'Keep the top knee resting on the floor throughout.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the twist deepen a little as you breathe out.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain or pain or tingling spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Spinal Surgery',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows twisting.",
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Keep the twist gentle and stop short of the end of the range.',
      },
      {
        condition: 'Shoulder Pain Lying on the Side',
        severity: 'warning',
        note: 'Place a pillow under your top arm behind you so the shoulder is supported.',
      },
    ],
  },
];
