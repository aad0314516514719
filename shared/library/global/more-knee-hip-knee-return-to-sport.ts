import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises for the late stage of knee rehabilitation, on the way
 * back to sport: forward and sideways lunges, single-leg squats, and the
 * Nordic hamstring progression.
 */
export const moreKneeHipKneeReturnToSportExercises: readonly LibraryExercise[] =
  [
    {
      slug: 'forward-lunge',
      name: 'Forward Lunge',
      description:
        'You take a long step forward, lower your back knee toward the floor, then push back to standing. It builds leg strength and control for walking, climbing and changing direction in sport.',
      difficulty: 'intermediate',
      estimatedDurationSeconds: 180,
      categories: ['isotonic'],
      bodyRegions: ['knee', 'glutes'],
      equipment: ['no-equipment'],
      instructions: [
        {
          type: 'preparation',
          text: 'Stand tall with your feet hip-width apart and a clear space in front of you.',
        },
        {
          type: 'step',
          text: 'Take a long step forward with one leg and land heel first.',
        },
        {
          type: 'step',
          text: 'Bend both knees to lower the back knee toward the floor.',
        },
        {
          type: 'step',
          text: 'Push firmly through the front foot to step back to the start.',
        },
        {
          type: 'form_cue',
          text: 'Keep the front knee over the middle of the front foot, not falling inward.',
        },
        {
          type: 'form_cue',
          text: 'Keep your trunk upright and your hips facing forward.',
        },
        {
          type: 'breathing',
          text: 'Breathe in as you step and lower, and breathe out as you push back.',
        },
        {
          type: 'safety',
          text: 'Master the split squat first, and stop if the knee feels unstable or sharply painful.',
        },
      ],
      contraindications: [
        {
          condition: 'Patellofemoral Pain',
          severity: 'warning',
          note: 'Take a shorter step and a shallower bend, or go back to the split squat.',
        },
        {
          condition: 'Post-operative Knee Restrictions',
          severity: 'warning',
          note: "Follow the surgeon's protocol; lunging usually comes once single-leg control is good.",
        },
        {
          condition: 'Poor Standing Balance',
          severity: 'warning',
          note: 'Do the split squat holding a support instead.',
        },
      ],
      movementProfile: {
        from: 'hip',
        vertex: 'knee',
        to: 'ankle',
        startAngleDegrees: 170,
        endAngleDegrees: 95,
        sides: 'alternating',
      },
    },
    {
      slug: 'lateral-lunge',
      name: 'Lateral Lunge',
      description:
        'You step out to the side and sit back into that hip while the other leg stays straight. It strengthens the thigh and buttock muscles for side-to-side movement and gently stretches the inner thigh.',
      difficulty: 'intermediate',
      estimatedDurationSeconds: 180,
      categories: ['isotonic'],
      bodyRegions: ['knee', 'hip'],
      equipment: ['no-equipment'],
      instructions: [
        {
          type: 'preparation',
          text: 'Stand tall with your feet together and your hands on your hips or held in front of your chest.',
        },
        {
          type: 'step',
          text: 'Take a wide step out to the side with one leg, keeping the toes pointing forward.',
        },
        {
          type: 'step',
          text: 'Push your hips back and bend the stepping knee while the other leg stays straight.',
        },
        {
          type: 'step',
          text: 'Push off the bent leg to return to standing with the feet together.',
        },
        {
          type: 'form_cue',
          text: 'Keep the bent knee over the toes and the heel on the floor.',
        },
        {
          type: 'form_cue',
          text: 'Keep your chest up and your back long as you sit into the hip.',
        },
        {
          type: 'breathing',
          text: 'Breathe in as you step and sit, and breathe out as you push back.',
        },
        {
          type: 'safety',
          text: 'Stop if you feel a sharp pull in the groin or pain on the inside of the knee.',
        },
      ],
      contraindications: [
        {
          condition: 'Groin (Adductor) Strain',
          severity: 'warning',
          note: 'Take a narrower step and stop if the inner thigh pain increases.',
        },
        {
          condition: 'Medial Collateral Ligament Injury',
          severity: 'warning',
          note: "Follow your physiotherapist's guidance; the straight leg's knee is stressed on the inside.",
        },
        {
          condition: 'Recent Total Hip Replacement',
          severity: 'warning',
          note: "Follow the surgeon's hip precautions for hip bend and moving the leg out to the side.",
        },
      ],
      movementProfile: {
        from: 'hip',
        vertex: 'knee',
        to: 'ankle',
        startAngleDegrees: 175,
        endAngleDegrees: 100,
        sides: 'alternating',
      },
    },
    {
      slug: 'single-leg-box-squat',
      name: 'Single-Leg Box Squat',
      description:
        'Standing on one leg in front of a chair or box, you lower yourself until you lightly touch the seat and stand back up. It builds single-leg strength and knee control, which are needed before running and jumping.',
      difficulty: 'advanced',
      estimatedDurationSeconds: 180,
      categories: ['isotonic'],
      bodyRegions: ['knee', 'glutes'],
      equipment: ['no-equipment'],
      instructions: [
        {
          type: 'preparation',
          text: 'Stand in front of a firm chair or box with your back to it, close enough to touch it when you sit.',
        },
        {
          type: 'preparation',
          text: 'Shift your weight onto one leg and lift the other foot just off the floor in front of you.',
        },
        {
          type: 'step',
          text: 'Push your hips back and bend the standing knee to lower yourself slowly toward the seat.',
        },
        { type: 'step', text: 'Touch the seat lightly without sitting down.' },
        {
          type: 'step',
          text: 'Push through the whole standing foot to rise back up.',
        },
        {
          type: 'form_cue',
          text: 'Keep the standing knee in line with the second toe the whole way.',
        },
        {
          type: 'form_cue',
          text: 'Keep your hips level and reach your arms forward to help balance.',
        },
        {
          type: 'breathing',
          text: 'Breathe in as you lower and breathe out as you stand.',
        },
        {
          type: 'safety',
          text: 'Use a higher seat until you can keep the knee in line, and stop if the knee gives way.',
        },
      ],
      contraindications: [
        {
          condition: 'Patellofemoral Pain',
          severity: 'warning',
          note: 'Use a higher seat so the knee bends less, and lower it over time.',
        },
        {
          condition: 'Post-operative Knee Restrictions',
          severity: 'contraindicated',
          note: "Do not perform until the surgeon's protocol allows full single-leg loading.",
        },
      ],
      movementProfile: {
        from: 'hip',
        vertex: 'knee',
        to: 'ankle',
        startAngleDegrees: 175,
        endAngleDegrees: 90,
        sides: 'alternating',
      },
    },
    {
      slug: 'band-assisted-nordic-hamstring-curl',
      name: 'Band-Assisted Nordic Hamstring Curl',
      description:
        'Kneeling with your ankles held, you lean your whole body slowly forward while a resistance band from behind takes some of your weight. It builds the lowering strength of the hamstrings and is the first step toward the full Nordic curl.',
      difficulty: 'advanced',
      estimatedDurationSeconds: 180,
      categories: ['isotonic'],
      bodyRegions: ['knee'],
      equipment: ['resistance-band', 'yoga-mat'],
      instructions: [
        {
          type: 'preparation',
          text: 'Kneel on a folded mat with your ankles anchored under a heavy sofa or held firmly by a partner.',
        },
        {
          type: 'preparation',
          text: 'Anchor a strong resistance band high behind you and loop it across your chest under the arms.',
        },
        {
          type: 'step',
          text: 'With your body straight from knees to head, lean slowly forward, letting the hamstrings and band control the fall.',
        },
        {
          type: 'step',
          text: 'Go only as far as you can control, then catch yourself on your hands.',
        },
        {
          type: 'step',
          text: 'Push back up with your hands to the kneeling start.',
        },
        {
          type: 'form_cue',
          text: 'Keep your hips forward; do not bend at the waist.',
        },
        {
          type: 'form_cue',
          text: 'Aim for a slow, even lowering of three to five seconds.',
        },
        {
          type: 'breathing',
          text: 'Breathe out steadily as you lower; do not hold your breath.',
        },
        {
          type: 'safety',
          text: 'Stop at once if you feel a sudden pain or pulling at the back of the thigh, and expect muscle soreness for a day or two at first.',
        },
      ],
      contraindications: [
        {
          condition: 'Acute Hamstring Strain',
          severity: 'contraindicated',
          note: 'Do not perform until your physiotherapist clears lengthening work under load.',
        },
        {
          condition: 'Hamstring Graft ACL Reconstruction',
          severity: 'warning',
          note: "Follow the surgeon's protocol; this belongs to the late stage of rehabilitation.",
        },
        {
          condition: 'Kneecap or Kneeling Pain',
          severity: 'warning',
          note: 'Use a thick cushion under the knees, or leave the exercise out if kneeling is painful.',
        },
      ],
      movementProfile: {
        from: 'hip',
        vertex: 'knee',
        to: 'ankle',
        startAngleDegrees: 90,
        endAngleDegrees: 140,
        sides: 'both',
      },
    },
    {
      slug: 'nordic-hamstring-curl',
      name: 'Nordic Hamstring Curl',
      description:
        'Kneeling with your ankles held, you lower your straight body toward the floor as slowly as you can using only your hamstrings. It is a demanding exercise that lowers the risk of hamstring strains in sport.',
      difficulty: 'advanced',
      estimatedDurationSeconds: 180,
      categories: ['isotonic'],
      bodyRegions: ['knee'],
      equipment: ['yoga-mat'],
      instructions: [
        {
          type: 'preparation',
          text: 'Kneel on a folded mat with your ankles anchored under a heavy, stable object or held firmly by a partner.',
        },
        {
          type: 'preparation',
          text: 'Cross your arms lightly or hold your hands ready in front of your chest to catch yourself.',
        },
        {
          type: 'step',
          text: 'Keeping your body straight from knees to head, lean forward as slowly as you can.',
        },
        {
          type: 'step',
          text: 'When you can no longer hold the fall, catch yourself softly on your hands.',
        },
        {
          type: 'step',
          text: 'Push off with your hands to return to kneeling.',
        },
        {
          type: 'form_cue',
          text: 'Keep your hips pushed forward; bending at the hips takes the work away from the hamstrings.',
        },
        {
          type: 'form_cue',
          text: 'Progress by controlling the lowering further before you have to catch yourself.',
        },
        {
          type: 'breathing',
          text: 'Breathe out steadily as you lower; do not hold your breath.',
        },
        {
          type: 'safety',
          text: 'Master the band-assisted version first, and stop if you feel a sharp pain at the back of the thigh.',
        },
      ],
      contraindications: [
        {
          condition: 'Acute Hamstring Strain',
          severity: 'contraindicated',
          note: 'Do not perform until your physiotherapist clears heavy lengthening work.',
        },
        {
          condition: 'Post-operative Knee Restrictions',
          severity: 'contraindicated',
          note: "Do not perform until the surgeon's protocol allows high-load hamstring work.",
        },
        {
          condition: 'Uncontrolled High Blood Pressure',
          severity: 'warning',
          note: 'Keep breathing throughout and use the band-assisted version until blood pressure is controlled.',
        },
      ],
      movementProfile: {
        from: 'hip',
        vertex: 'knee',
        to: 'ankle',
        startAngleDegrees: 90,
        endAngleDegrees: 160,
        sides: 'both',
      },
    },
  ];
