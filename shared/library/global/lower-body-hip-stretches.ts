import type { LibraryExercise } from '../library-exercise';

/** Platform stretches for the hip, buttock and hamstrings. */
export const hipStretchExercises: readonly LibraryExercise[] = [
  {
    slug: 'hamstring-stretch',
    name: 'Hamstring Stretch',
    description:
      'Lying on your back, you use a band around your foot to raise one straight leg until you feel a stretch behind the thigh. It eases tight hamstrings without straining the lower back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['hip', 'knee'],
    equipment: ['yoga-mat', 'resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with both legs straight, or with the other knee bent and that foot flat if your back prefers it.',
      },
      {
        type: 'preparation',
        text: 'Loop a resistance band around the sole of one foot and hold an end in each hand.',
      },
      {
        type: 'step',
        text: 'Keeping the knee straight, raise the leg with the band until you feel a gentle stretch behind the thigh.',
      },
      {
        type: 'step',
        text: 'Hold for about 30 seconds, then lower the leg slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee straight but not forced, and the other leg relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head and lower back resting on the mat; do not lift them to reach.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the leg ease a little higher on each breath out; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease off if you feel tingling, burning or pain running down the leg, as this can mean a nerve is being stretched.',
      },
    ],
    contraindications: [
      {
        condition: 'Early Recovery after Hamstring Graft Surgery',
        severity: 'contraindicated',
        note: "Do not stretch the hamstrings until the surgeon's protocol allows it; the donor site needs weeks to heal.",
      },
      {
        condition: 'Sciatica or Nerve Pain in the Leg',
        severity: 'warning',
        note: 'Keep the stretch gentle with the knee slightly bent, and stop if symptoms travel down the leg.',
      },
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Do not raise the leg past the hip bend limit your surgeon has set.',
      },
    ],
  },
  {
    slug: 'piriformis-stretch',
    name: 'Piriformis Stretch',
    description:
      'Lying on your back, you cross one ankle over the opposite knee and draw your legs toward you. It stretches the deep muscles of the buttock and can ease buttock tightness.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with both knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Cross the ankle of the side you are stretching over the opposite knee, making a figure four.',
      },
      {
        type: 'step',
        text: 'Hold behind the thigh of the lower leg and gently draw it toward your chest until you feel a stretch deep in the buttock.',
      },
      {
        type: 'step',
        text: 'Hold for about 30 seconds, then lower the leg slowly and uncross.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head and shoulders relaxed on the mat; loop a towel around the thigh if you cannot reach.',
      },
      {
        type: 'form_cue',
        text: 'Keep the crossed foot pulled up toward the shin to protect the knee.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and relax into the stretch on each breath out; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the groin, the front of the hip or the knee, or tingling down the leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'contraindicated',
        note: 'Do not perform while hip precautions apply; ask your surgeon or physiotherapist when this position becomes safe.',
      },
      {
        condition: 'Hip Impingement (FAI) or Hip Arthritis',
        severity: 'warning',
        note: 'Draw the leg in less far, or do the stretch seated, to avoid pinching at the front of the hip.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the stretch sitting on a chair with one ankle resting on the other knee.',
      },
    ],
  },
  {
    slug: 'hip-flexor-stretch',
    name: 'Hip Flexor Stretch',
    description:
      'Kneeling on one knee, you tuck your pelvis under and shift gently forward to stretch the front of the hip. It helps loosen hips that stiffen with long periods of sitting.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat or cushion on the knee of the side you are stretching, with the other foot flat on the floor in front.',
      },
      {
        type: 'preparation',
        text: 'Hold a chair or wall beside you for balance if you need to.',
      },
      {
        type: 'step',
        text: 'Tuck your tailbone under by squeezing the buttock of the kneeling leg.',
      },
      {
        type: 'step',
        text: 'Keeping that tuck, shift your body forward slightly until you feel a stretch at the front of the hip.',
      },
      { type: 'step', text: 'Hold for about 30 seconds, then ease back.' },
      {
        type: 'form_cue',
        text: 'Keep your trunk upright; do not arch your lower back or lean forward.',
      },
      { type: 'form_cue', text: 'Keep the front knee over the ankle.' },
      {
        type: 'breathing',
        text: 'Breathe slowly and evenly; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the kneeling knee or a pinch at the front of the hip.',
      },
    ],
    contraindications: [
      {
        condition: 'Anterior-Approach Hip Replacement (Within Precautions)',
        severity: 'contraindicated',
        note: 'Do not perform while precautions apply; taking the hip backward is restricted after this approach.',
      },
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Use thick padding under the knee, or stretch standing with the back foot resting on a low step.',
      },
      {
        condition: 'Low Back Pain Made Worse by Bending Backward',
        severity: 'warning',
        note: 'Keep the pelvis firmly tucked and shift forward only a little.',
      },
    ],
  },
];
