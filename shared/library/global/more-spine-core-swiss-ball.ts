import type { LibraryExercise } from '../library-exercise';

/**
 * Platform Swiss ball work for the spine: pelvic movement and balance in
 * sitting, back extension over the ball, and trunk control with the ball.
 */
export const swissBallSpineExercises: readonly LibraryExercise[] = [
  {
    slug: 'swiss-ball-pelvic-tilts',
    name: 'Swiss Ball Pelvic Tilts',
    description:
      'Sitting on a Swiss ball, you roll the ball slightly forward and back by tilting your pelvis. It gently moves the lower back and helps you find a comfortable, upright sitting position.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Choose a ball that lets you sit with hips level with or slightly above your knees, and place it on a non-slip floor.',
      },
      {
        type: 'preparation',
        text: 'Sit in the middle of the ball with your feet flat and hip-width apart, hands on your thighs.',
      },
      {
        type: 'step',
        text: 'Tuck your tailbone under so the ball rolls slightly forward and your lower back rounds.',
      },
      {
        type: 'step',
        text: 'Tip your pelvis the other way so the ball rolls slightly back and your lower back arches a little.',
      },
      {
        type: 'step',
        text: 'Rock smoothly between the two, then finish in the middle, sitting tall.',
      },
      {
        type: 'form_cue',
        text: 'Keep your upper body still and upright; the movement comes from the pelvis.',
      },
      {
        type: 'form_cue',
        text: 'Keep both feet planted for balance.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you tuck under and breathe in as you arch.',
      },
      {
        type: 'safety',
        text: 'Stay close to a wall or sturdy chair if you feel unsteady on the ball.',
      },
    ],
    contraindications: [
      {
        condition: 'Poor Balance or Recent Falls',
        severity: 'warning',
        note: 'Wedge the ball against a wall or into a ring, or do the tilts sitting on a chair.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Keep the movement small and stop if leg symptoms spread further down.',
      },
    ],
  },
  {
    slug: 'swiss-ball-seated-marching',
    name: 'Swiss Ball Seated Marching',
    description:
      'Sitting tall on a Swiss ball, you lift one foot a little off the floor at a time while keeping your balance. It trains the deep trunk muscles to hold the spine steady on an unstable seat.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['lumbar-spine', 'abdominals'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall in the middle of a Swiss ball on a non-slip floor, feet flat and hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Rest your hands lightly on the ball beside your hips at first.',
      },
      {
        type: 'step',
        text: 'Gently draw in your lower stomach.',
      },
      {
        type: 'step',
        text: 'Lift one foot a few centimetres off the floor, hold for two seconds, and put it down softly.',
      },
      {
        type: 'step',
        text: 'Repeat with the other foot, alternating sides.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips level and your trunk upright; do not lean away from the lifting leg.',
      },
      {
        type: 'form_cue',
        text: 'As it gets easier, cross your arms over your chest.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the foot lifts and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Practise beside a wall or sturdy chair you can reach if you lose balance.',
      },
    ],
    contraindications: [
      {
        condition: 'Poor Balance or Recent Falls',
        severity: 'warning',
        note: 'March sitting on a firm chair until your balance improves.',
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Keep the lift small so the standing foot is not loaded awkwardly.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 95,
      endAngleDegrees: 70,
      sides: 'alternating',
    },
  },
  {
    slug: 'swiss-ball-back-extension',
    name: 'Swiss Ball Back Extension',
    description:
      'Lying face down over a Swiss ball with your feet braced, you lift your chest until your body is in a straight line and lower again. It strengthens the muscles along the back of the spine through a controlled range.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['lumbar-spine', 'thoracic-spine'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel behind a Swiss ball and lie forward so it sits under your stomach and hips.',
      },
      {
        type: 'preparation',
        text: 'Straighten your legs and press your toes into the floor, wide apart, or against the base of a wall.',
      },
      {
        type: 'step',
        text: 'With your hands lightly touching your temples, let your chest curl forward over the ball.',
      },
      {
        type: 'step',
        text: 'Lift your chest until your body forms a straight line from head to heels.',
      },
      { type: 'step', text: 'Pause, then lower slowly over the ball.' },
      {
        type: 'form_cue',
        text: 'Stop at a straight line; do not arch backward past it.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin gently tucked so your neck stays in line with your back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching in the lower back or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down over the ball; do the bird dog on hands and knees instead.',
      },
      {
        condition: 'Spondylolisthesis or Facet Joint Pain',
        severity: 'warning',
        note: 'Keep the lift short of a straight line and stop if pain increases.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Avoid long spells with the head low, and breathe throughout.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 135,
      endAngleDegrees: 175,
      sides: 'both',
    },
  },
  {
    slug: 'swiss-ball-dead-bug',
    name: 'Swiss Ball Dead Bug',
    description:
      'Lying on your back, you squeeze a Swiss ball between your hands and knees and lower the free arm and leg. Pressing into the ball switches on the stomach muscles and helps keep the lower back still.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat and hold a small or medium Swiss ball above your chest.',
      },
      {
        type: 'preparation',
        text: 'Lift your knees so the hips and knees are at right angles, and trap the ball between your hands and knees.',
      },
      {
        type: 'step',
        text: 'Press the ball gently with your right hand and left knee, then lower your left arm overhead and your right leg toward the floor.',
      },
      {
        type: 'step',
        text: 'Bring them back to the ball and repeat with the opposite pair.',
      },
      {
        type: 'step',
        text: 'Keep alternating slowly for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back gently resting on the mat; shorten the reach if it arches.',
      },
      {
        type: 'form_cue',
        text: 'Keep the ball steady; it should not drop when one pair lets go.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the arm and leg reach away and breathe in as they return.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or neck.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do seated or hands-and-knees trunk work instead.',
      },
      {
        condition: 'Abdominal Muscle Separation (Diastasis Recti)',
        severity: 'warning',
        note: 'Watch the middle of your stomach; if it domes, make the reach smaller.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 90,
      endAngleDegrees: 165,
      sides: 'alternating',
    },
  },
  {
    slug: 'swiss-ball-stir-the-pot',
    name: 'Swiss Ball Stir the Pot',
    description:
      'In a plank with your forearms on a Swiss ball, you draw small circles with your elbows while keeping the body still. It is a hard trunk stability exercise for later-stage back rehabilitation and sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat behind a Swiss ball and rest your forearms on top of it, hands clasped.',
      },
      {
        type: 'preparation',
        text: 'Start on your knees; step back onto your toes into a full plank only when your physiotherapist advises it.',
      },
      {
        type: 'step',
        text: 'Brace your stomach so your body forms a straight line from head to knees or heels.',
      },
      {
        type: 'step',
        text: 'Move your elbows in small circles on the ball, as if stirring a pot, for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Change direction, then lower your knees to the mat and rest.',
      },
      {
        type: 'form_cue',
        text: 'Keep the circles small; the body stays still while only the ball moves.',
      },
      {
        type: 'form_cue',
        text: 'Do not let your hips sag or rise.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your lower back or shoulders.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain or Disc Herniation',
        severity: 'contraindicated',
        note: 'Do not perform until the pain has settled and your physiotherapist has progressed you.',
      },
      {
        condition: 'Shoulder Pain or Instability',
        severity: 'warning',
        note: 'Stay on your knees with very small circles, or hold still without stirring.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the sets short and breathe throughout.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not perform; ask your physiotherapist for a suitable trunk exercise.',
      },
    ],
  },
  {
    slug: 'swiss-ball-thoracic-extension',
    name: 'Swiss Ball Thoracic Extension',
    description:
      'Lying back over a Swiss ball, you let your upper back curve gently over it with your head supported. It opens a stiff, rounded upper back and chest.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a Swiss ball on a non-slip floor and walk your feet forward until your upper back rests on the ball.',
      },
      {
        type: 'preparation',
        text: 'Keep your feet wide for balance and support your head with your hands, elbows pointing forward.',
      },
      {
        type: 'step',
        text: 'Let your upper back and shoulders curve gently back over the ball.',
      },
      {
        type: 'step',
        text: 'Stay for two slow breaths, then curl your chin and chest back up.',
      },
      {
        type: 'step',
        text: 'Repeat, and walk your feet in or out a little to change the part of the back being opened.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips lifted enough that the bend comes from the upper back, not the lower back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head supported so the neck does not tip back.',
      },
      {
        type: 'breathing',
        text: 'Breathe in to fill the chest as you open, and breathe out as you come up.',
      },
      {
        type: 'safety',
        text: 'Walk your feet back slowly to sit up, and stop if you feel dizzy or sharp back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not bend back over the ball; ask your physiotherapist for a seated option.',
      },
      {
        condition: 'Poor Balance or Vertigo',
        severity: 'warning',
        note: 'Wedge the ball against a wall, or use a seated extension over a chair back instead.',
      },
      {
        condition: 'Lumbar Spinal Stenosis or Facet Joint Pain',
        severity: 'warning',
        note: 'Keep the hips lifted so the lower back does not arch, and stop if symptoms increase.',
      },
    ],
  },
];
