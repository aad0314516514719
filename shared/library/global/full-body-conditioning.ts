import type { LibraryExercise } from '../library-exercise';

/**
 * Whole-body platform exercises for later rehabilitation: loaded
 * carrying, dynamic warm-up, and strength and power.
 */
export const fullBodyConditioningExercises: readonly LibraryExercise[] = [
  {
    slug: 'suitcase-carry',
    name: 'Suitcase Carry',
    description:
      'You walk while holding a dumbbell in one hand and keep your body upright. It strengthens your grip, shoulders and the muscles along the sides of your trunk, just as carrying shopping does.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['full-body', 'abdominals'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Choose a clear walking path and place a dumbbell beside your foot.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees and hips, keeping your back flat, to pick the dumbbell up in one hand.',
      },
      {
        type: 'step',
        text: 'Stand tall and walk slowly forward for the distance set in your plan.',
      },
      {
        type: 'step',
        text: 'Set the weight down with the same bent-knee technique, then swap hands and walk back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders level; do not lean toward or away from the weight.',
      },
      {
        type: 'form_cue',
        text: 'Keep the carrying arm long and that shoulder gently drawn back.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily as you walk; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Put the weight down as soon as your grip or posture starts to slip.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Use a lighter weight, or carry one in each hand to balance the load.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Check with your doctor first, use a light weight and keep breathing throughout.',
      },
      {
        condition: 'Recent Shoulder, Elbow or Wrist Injury',
        severity: 'warning',
        note: 'Carry with the uninjured arm only until your physiotherapist clears the other.',
      },
    ],
  },
  {
    slug: 'inchworm',
    name: 'Inchworm',
    description:
      'From standing, you walk your hands out into a plank and then walk your feet up to meet them. It stretches the backs of the legs and warms up the whole body before activity.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['dynamic-stretching'],
    bodyRegions: ['full-body'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand at one end of a mat with your feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Bend forward and place your hands on the floor, bending your knees as much as you need.',
      },
      {
        type: 'step',
        text: 'Walk your hands forward until you are in a plank with your hands under your shoulders.',
      },
      {
        type: 'step',
        text: 'Keeping your hands still, walk your feet in small steps toward them, then roll up slowly to stand.',
      },
      {
        type: 'form_cue',
        text: 'Keep your stomach firm in the plank so your hips do not sag.',
      },
      {
        type: 'form_cue',
        text: 'Bend your knees as much as you need to reach the floor; straight legs are not the goal.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you walk the hands out and breathe in as you walk the feet in.',
      },
      {
        type: 'safety',
        text: 'Roll up slowly at the end, as standing quickly from a head-down position can make you light-headed.',
      },
    ],
    contraindications: [
      {
        condition: 'Osteoporosis or Vertebral Compression Fracture',
        severity: 'contraindicated',
        note: 'Do not perform; the deep forward bend loads the spine in flexion.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'contraindicated',
        note: 'Do not perform; the forward bend can aggravate the disc.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure or Glaucoma',
        severity: 'warning',
        note: 'Head-down positions raise pressure in the head and eyes; check with your doctor and choose a warm-up that keeps the head up.',
      },
      {
        condition: 'Wrist or Shoulder Pain',
        severity: 'warning',
        note: 'Walk the hands out only part of the way.',
      },
    ],
  },
  {
    slug: 'turkish-get-up',
    name: 'Turkish Get-up',
    description:
      'Holding a weight above you on a straight arm, you move from lying on the floor to standing and back in a set sequence. It builds shoulder stability, trunk strength and coordination in one movement.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 240,
    categories: ['isotonic'],
    bodyRegions: ['full-body', 'shoulder'],
    equipment: ['dumbbell', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Learn the sequence with no weight first, then move on to a light dumbbell.',
      },
      {
        type: 'preparation',
        text: 'Lie on your back on a mat, bend the knee on the side of the working arm with that foot flat, and hold the weight straight above your shoulder.',
      },
      {
        type: 'step',
        text: 'Roll onto your opposite forearm, then push up onto that hand, keeping the weight above you.',
      },
      {
        type: 'step',
        text: 'Lift your hips, sweep the straight leg back under you into a kneel, and lift your hand off the floor so your trunk is upright.',
      },
      {
        type: 'step',
        text: 'Stand up from the kneel, then reverse each stage slowly to return to lying.',
      },
      {
        type: 'form_cue',
        text: 'Keep the weighted arm straight and vertical, with your eyes on the weight throughout.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly and pause briefly in each position.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you move into each new position and breathe in during each pause; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'If you lose control of the weight, lower it to your side and move out of its way rather than trying to save the position.',
      },
      { type: 'safety', text: 'Clear the space around you before you start.' },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared loaded overhead work.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Practise without weight, and stop if holding the arm overhead is painful.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Check with your doctor first, use a light weight and breathe throughout.',
      },
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Put padding under the knee for the kneeling stage.',
      },
    ],
  },
  {
    slug: 'squat-jump',
    name: 'Squat Jump',
    description:
      'You lower into a squat, jump straight up and land softly back into the squat. It builds power in the legs and trains safe landing for sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 90,
    categories: ['plyometric'],
    bodyRegions: ['full-body', 'knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Warm up first, and choose a clear space with a firm, non-slip floor.',
      },
      {
        type: 'preparation',
        text: 'Stand with your feet shoulder-width apart.',
      },
      {
        type: 'step',
        text: 'Bend your hips and knees into a comfortable squat as you swing your arms back.',
      },
      { type: 'step', text: 'Swing your arms forward and jump straight up.' },
      {
        type: 'step',
        text: 'Land softly on the balls of your feet, letting your hips and knees bend to absorb the landing, then reset before the next jump.',
      },
      {
        type: 'form_cue',
        text: 'Land quietly, with your knees in line with your toes; do not let them fall inward.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chest up and your back straight throughout.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you jump.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel knee, hip or back pain, or if your landings become heavy or wobbly.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Lower-Limb Injury or Surgery',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared you for jumping.',
      },
      {
        condition: 'Osteoporosis with Previous Fracture',
        severity: 'warning',
        note: 'Ask your physiotherapist first; a lower-impact option such as heel drops may suit you better.',
      },
      {
        condition: 'Pelvic Floor Weakness',
        severity: 'warning',
        note: 'Stop if you leak urine, and ask your physiotherapist about pelvic floor training.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Keep the squat shallow and the jumps small.',
      },
    ],
  },
];
