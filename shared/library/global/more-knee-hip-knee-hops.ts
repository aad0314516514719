import type { LibraryExercise } from '../library-exercise';

/**
 * Platform landing and jumping work for the end stage of knee
 * rehabilitation: soft landings first, then hops forward, bounds sideways
 * and jumps that switch legs.
 */
export const moreKneeHipKneeHopsExercises: readonly LibraryExercise[] = [
  {
    slug: 'drop-landing',
    name: 'Drop Landing',
    description:
      'You step off a low box and land softly on both feet, bending your knees and hips to absorb the impact. It teaches the knee to land safely, which is the first step before jumping and hopping.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['plyometric'],
    bodyRegions: ['knee', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on a low, stable step or box, no higher than your physiotherapist has set, with clear floor in front.',
      },
      { type: 'step', text: 'Step forward off the box; do not jump up first.' },
      {
        type: 'step',
        text: 'Land on the balls of both feet at the same time, hip-width apart, and sink into a quarter squat.',
      },
      {
        type: 'step',
        text: 'Hold the landing for two seconds, then stand tall and step back up.',
      },
      {
        type: 'form_cue',
        text: 'Land quietly with the knees over the toes, never falling inward.',
      },
      {
        type: 'form_cue',
        text: 'Bend at the hips as well as the knees, with your chest slightly forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you land and absorb the impact.',
      },
      {
        type: 'safety',
        text: 'Start from a very low step, and stop if the knee buckles or you feel pain on landing.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows impact work, often several months after ACL reconstruction.",
      },
      {
        condition: 'Knee Joint Swelling',
        severity: 'warning',
        note: 'Leave out landing work while the knee is swollen, and stop if swelling increases afterward.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Use a very low step and discuss impact work with your physiotherapist first.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 120,
      sides: 'both',
    },
  },
  {
    slug: 'double-leg-forward-hop',
    name: 'Double-Leg Forward Hop',
    description:
      'With both feet together, you hop forward a short distance and land softly. It builds the spring and landing control that running and sport need, using both legs before progressing to one.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['plyometric'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart on a non-slip floor with a clear space in front.',
      },
      {
        type: 'preparation',
        text: 'Warm up first with a few squats and a short walk.',
      },
      {
        type: 'step',
        text: 'Bend your knees and hips, swing your arms back, then hop forward a short distance.',
      },
      {
        type: 'step',
        text: 'Land softly on both feet and sink into a quarter squat.',
      },
      {
        type: 'step',
        text: 'Hold the landing for a moment, then reset before the next hop.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knees over the toes on take-off and landing.',
      },
      {
        type: 'form_cue',
        text: 'Increase the distance only when every landing is quiet and steady.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you take off and again as you land.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel knee pain, a sense of the knee giving way, or swelling afterward.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows hopping.",
      },
      {
        condition: 'Knee Joint Swelling',
        severity: 'warning',
        note: 'Leave out hopping while the knee is swollen.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Discuss impact work with your physiotherapist before starting.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 120,
      sides: 'both',
    },
  },
  {
    slug: 'lateral-bound',
    name: 'Lateral Bound',
    description:
      'You leap sideways from one leg to land on the other, like a speed skater, and hold the landing. It trains the hip and knee to push off and absorb force side to side, as cutting and turning in sport demand.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 150,
    categories: ['plyometric'],
    bodyRegions: ['knee', 'hip', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on one leg with the knee softly bent, with clear space to both sides on a non-slip floor.',
      },
      { type: 'step', text: 'Push off the standing leg and leap sideways.' },
      {
        type: 'step',
        text: 'Land on the other leg, bending the knee and hip to absorb the landing, and hold still for a moment.',
      },
      { type: 'step', text: 'Push off again to leap back to the first side.' },
      {
        type: 'form_cue',
        text: 'Land with the knee over the toes; do not let it collapse inward.',
      },
      {
        type: 'form_cue',
        text: 'Start with short, controlled bounds and lengthen them as the landings stay steady.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push off and as you land.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel knee or groin pain, or if the knee gives way.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows side-to-side jumping.",
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not bound until your physiotherapist clears single-leg landing on the injured ankle.',
      },
      {
        condition: 'Groin (Adductor) Strain',
        severity: 'warning',
        note: 'Keep the bounds short and stop if the groin pain returns.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 165,
      endAngleDegrees: 120,
      sides: 'alternating',
    },
  },
  {
    slug: 'split-squat-jump',
    name: 'Split Squat Jump',
    description:
      'From a split squat with one foot forward, you jump up and switch legs in the air, landing softly in the opposite split. It builds explosive leg power and landing control for running and sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand in a split stance with one foot a stride in front of the other on a non-slip floor.',
      },
      {
        type: 'preparation',
        text: 'Make sure you can do slow split squats and two-legged hops without pain first.',
      },
      { type: 'step', text: 'Lower into a shallow split squat.' },
      {
        type: 'step',
        text: 'Jump straight up and switch your legs in the air.',
      },
      {
        type: 'step',
        text: 'Land softly in the split stance with the other foot in front, sinking into a shallow split squat.',
      },
      {
        type: 'step',
        text: 'Pause to steady yourself, then repeat; link the jumps only when every landing is controlled.',
      },
      {
        type: 'form_cue',
        text: 'Land with the front knee over the middle of the foot, never falling inward.',
      },
      { type: 'form_cue', text: 'Keep your trunk upright and land quietly.' },
      {
        type: 'breathing',
        text: 'Breathe out as you jump and again as you land.',
      },
      {
        type: 'safety',
        text: 'Stop if the knee gives way or you feel pain on landing, and rest if your landings get sloppy.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol and your return-to-sport testing allow jumping.",
      },
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Keep the landings shallow, and go back to split squats if the pain rises.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Discuss impact work with your physiotherapist before starting.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 165,
      endAngleDegrees: 110,
      sides: 'alternating',
    },
  },
];
