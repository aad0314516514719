import type { LibraryExercise } from '../library-exercise';
import { wristPain } from '../common-contraindications';

/**
 * Platform sciatic nerve glides, from sliders to a tensioner, and
 * stretches for the lower back: a side reach and rocking on hands and knees.
 */
export const lumbarNerveAndStretchExercises: readonly LibraryExercise[] = [
  {
    slug: 'seated-sciatic-nerve-slider',
    name: 'Seated Sciatic Nerve Slider',
    description:
      'Sitting on a chair, you straighten one knee while looking up, then bend it while looking down. This slides the sciatic nerve gently along its path without stretching it, which can ease leg pain that comes from the back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair with your feet flat and your hands resting on your thighs.',
      },
      {
        type: 'step',
        text: 'Straighten the knee of the painful leg, pulling the toes gently toward you, while you tip your head back to look up.',
      },
      {
        type: 'step',
        text: 'Bend the knee back down while you bring your chin toward your chest.',
      },
      {
        type: 'step',
        text: 'Move smoothly between the two positions without pausing at either end.',
      },
      {
        type: 'form_cue',
        text: 'Always pair the movements: leg straight with head up, leg bent with head down.',
      },
      {
        type: 'form_cue',
        text: 'Stay in a range where you feel little or no pulling; this is a glide, not a stretch.',
      },
      {
        type: 'breathing',
        text: 'Breathe easily in time with the movement; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if leg pain, tingling or numbness increases or lasts after the exercise.',
      },
    ],
    contraindications: [
      {
        condition: 'Worsening Leg Weakness or Numbness',
        severity: 'contraindicated',
        note: 'Do not perform; spreading numbness or weakness needs prompt medical assessment.',
      },
      {
        condition: 'Bladder or Bowel Changes, or Numbness Around the Groin',
        severity: 'contraindicated',
        note: 'Do not exercise; these signs need emergency medical care straight away.',
      },
      {
        condition: 'Vertigo or Neck Pain with Head Movement',
        severity: 'warning',
        note: 'Keep the head still and move only the knee and ankle.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 90,
      endAngleDegrees: 160,
      sides: 'alternating',
    },
  },
  {
    slug: 'supine-sciatic-nerve-slider',
    name: 'Supine Sciatic Nerve Slider',
    description:
      'Lying on your back and holding one thigh up, you straighten the knee while pointing your toes, then bend it while pulling the toes up. It glides the sciatic nerve through a larger range than the seated version.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with both knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Lift the painful leg and hold behind the thigh with both hands so the hip is bent to about a right angle.',
      },
      {
        type: 'step',
        text: 'Straighten the knee as far as is comfortable while pointing your toes away from you.',
      },
      {
        type: 'step',
        text: 'Bend the knee again while pulling your toes back toward you.',
      },
      {
        type: 'step',
        text: 'Keep moving smoothly between the two for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the thigh still in your hands; only the knee and ankle move.',
      },
      {
        type: 'form_cue',
        text: 'Stay short of any strong pulling or tingling behind the knee.',
      },
      {
        type: 'breathing',
        text: 'Breathe easily in time with the movement; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if leg pain, tingling or numbness increases or lasts after the exercise.',
      },
    ],
    contraindications: [
      {
        condition: 'Worsening Leg Weakness or Numbness',
        severity: 'contraindicated',
        note: 'Do not perform; spreading numbness or weakness needs prompt medical assessment.',
      },
      {
        condition: 'Acute Hamstring Strain',
        severity: 'warning',
        note: 'Keep the hip lower and the range small, and stop if the back of the thigh hurts.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; use the seated slider instead.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 90,
      endAngleDegrees: 160,
      sides: 'alternating',
    },
  },
  {
    slug: 'seated-sciatic-nerve-tensioner',
    name: 'Seated Sciatic Nerve Tensioner',
    description:
      'Sitting slumped with your chin down, you straighten one knee and pull your toes up until you feel a light pull, then ease off. It gently loads the sciatic nerve and is used once sliders are comfortable.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Use this exercise only once your physiotherapist has moved you on from nerve sliders.',
      },
      {
        type: 'preparation',
        text: 'Sit on a firm chair, let your back slump, and bring your chin toward your chest.',
      },
      {
        type: 'step',
        text: 'Slowly straighten the knee of the painful leg and pull your toes toward you until you feel a light pull or tingle.',
      },
      {
        type: 'step',
        text: 'Hold for one to two seconds only, then bend the knee and point your toes to release.',
      },
      {
        type: 'step',
        text: 'Repeat gently for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the slump and chin position still; only the leg and ankle move.',
      },
      {
        type: 'form_cue',
        text: 'Aim for a mild pull of no more than three out of ten that goes as soon as you release.',
      },
      {
        type: 'breathing',
        text: 'Breathe out slowly as you straighten the leg; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if symptoms become stronger, spread further down the leg, or last after you release.',
      },
    ],
    contraindications: [
      {
        condition: 'Worsening Leg Weakness or Numbness',
        severity: 'contraindicated',
        note: 'Do not perform; spreading numbness or weakness needs prompt medical assessment.',
      },
      {
        condition: 'Acute Sciatica with Highly Irritable Symptoms',
        severity: 'contraindicated',
        note: 'Do not load the nerve yet; use sliders until symptoms settle.',
      },
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not bend the neck forward under tension; keep the head upright or ask your physiotherapist.',
      },
      {
        condition: 'Diabetic Neuropathy',
        severity: 'warning',
        note: 'Nerves may be more sensitive; keep the tension very light and check with your physiotherapist.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 90,
      endAngleDegrees: 150,
      sides: 'alternating',
    },
  },
  {
    slug: 'childs-pose-side-reach',
    name: "Child's Pose with Side Reach",
    description:
      'Kneeling and sitting back toward your heels, you walk both hands over to one side to stretch along the side of the lower back. It eases tightness in the muscles beside the lower spine and the side of the trunk.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['lumbar-spine', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat with your knees a little apart and your big toes touching.',
      },
      {
        type: 'preparation',
        text: 'Sit back toward your heels and stretch both arms forward on the mat.',
      },
      {
        type: 'step',
        text: 'Walk both hands over to the right until you feel a stretch along the left side of your back.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then walk the hands back to the middle.',
      },
      { type: 'step', text: 'Repeat to the other side.' },
      {
        type: 'form_cue',
        text: 'Keep your hips sinking back toward your heels as you reach.',
      },
      {
        type: 'form_cue',
        text: 'Let your forehead rest on the mat or on a cushion.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly into the stretched side and let it soften as you breathe out.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the knees or hips, or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain When Kneeling or Bending',
        severity: 'warning',
        note: 'Put a pillow between your calves and thighs, or do the side reach sitting on a chair.',
      },
      {
        condition: 'Hip Replacement with Flexion Precautions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows deep hip bending.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Widen your knees to make room for the bump and keep the hold short.',
      },
    ],
  },
  {
    slug: 'quadruped-rock-back',
    name: 'Quadruped Rock Back',
    description:
      'On hands and knees, you rock your hips back toward your heels and forward again in a smooth rhythm. It gently moves the lower back and hips and is a good warm-up for trunk exercises on hands and knees.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['dynamic-stretching'],
    bodyRegions: ['lumbar-spine', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, hands under your shoulders and knees under your hips.',
      },
      {
        type: 'preparation',
        text: 'Find a neutral back, neither arched nor rounded.',
      },
      {
        type: 'step',
        text: 'Rock your hips slowly back toward your heels as far as is comfortable, keeping your hands in place.',
      },
      {
        type: 'step',
        text: 'Rock forward again until your hips are back over your knees.',
      },
      {
        type: 'step',
        text: 'Keep a smooth rhythm for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back long; stop rocking back before your lower back starts to round.',
      },
      {
        type: 'form_cue',
        text: 'Keep your neck in line with your back, looking at the floor.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you rock back and breathe in as you come forward.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the back, hips or knees.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Put a folded towel or extra padding under your knees, and limit how far you rock back.',
      },
      {
        condition: 'Hip Replacement with Flexion Precautions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows deep hip bending.",
      },
      wristPain,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 90,
      endAngleDegrees: 45,
      sides: 'both',
    },
  },
];
