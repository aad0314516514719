import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises that restore shoulder movement: early pendulum
 * swings, guided elevation and stretches for the chest and the back of
 * the shoulder.
 */
export const shoulderMobilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'shoulder-pendulum',
    name: 'Shoulder Pendulum',
    description:
      'A gentle swinging movement that lets gravity open up the shoulder joint while the shoulder muscles stay relaxed. It eases pain and stiffness, often early after an injury or operation.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand beside a sturdy table and rest your good hand flat on it.',
      },
      {
        type: 'preparation',
        text: 'Bend forward from the hips with your knees soft and let the sore arm hang straight down.',
      },
      {
        type: 'step',
        text: 'Shift your body weight gently so the arm swings forward and back like a pendulum.',
      },
      {
        type: 'step',
        text: 'Then let it swing from side to side, and finally in small circles in both directions.',
      },
      {
        type: 'step',
        text: 'Start with small swings and let them grow only while they stay comfortable.',
      },
      {
        type: 'form_cue',
        text: 'Let your body rock the arm; the muscles of the hanging shoulder do no work.',
      },
      {
        type: 'form_cue',
        text: 'Keep your neck soft and your shoulder blade relaxed rather than hunched.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and easily throughout; a relaxed breath helps the arm hang loose.',
      },
      {
        type: 'safety',
        text: 'Straighten up slowly at the end, as bending forward can make you light-headed.',
      },
      {
        type: 'safety',
        text: 'Stop if the pain builds or you feel pins and needles down the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when to start and how large the swings may be.",
      },
      {
        condition: 'Dizziness or Poor Standing Balance',
        severity: 'warning',
        note: 'Keep a firm hold on the table, or do the exercise with someone close by.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Bend forward only as far as is comfortable, or rest your chest on the table.',
      },
    ],
  },
  {
    slug: 'wall-slide',
    name: 'Wall Slide',
    description:
      'Facing a wall, you slide your forearms up and back down it to move the shoulders through a comfortable overhead range. It trains the shoulder blades to move smoothly as the arms rise.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall, one small step away, with your feet hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Place your forearms and the little-finger side of your hands on the wall at shoulder height, elbows shoulder-width apart.',
      },
      {
        type: 'step',
        text: 'Slide your forearms up the wall as high as you comfortably can.',
      },
      {
        type: 'step',
        text: 'Pause at the top, then slide back down to shoulder height.',
      },
      {
        type: 'form_cue',
        text: 'Let your shoulder blades glide up and around your ribs instead of shrugging toward your ears.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and do not arch your lower back as the arms rise.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you slide up and breathe in as you come down.',
      },
      {
        type: 'safety',
        text: 'Stop below any point where you feel pinching or sharp pain at the front or top of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Slide only to just below the painful arc; the range can grow as symptoms settle.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Stay within the overhead limit set in the surgeon's protocol.",
      },
      {
        condition: 'Frozen Shoulder (Painful Stage)',
        severity: 'warning',
        note: 'Keep the slides short and gentle; pushing into pain tends to flare this stage.',
      },
    ],
  },
  {
    slug: 'sleeper-stretch',
    name: 'Sleeper Stretch',
    description:
      'Lying on your side, you gently press your forearm toward the floor to stretch the back of the shoulder. It helps restore inward turning of the arm when the back of the shoulder is tight.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['static-stretching'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on a mat on the side you are stretching, with a pillow under your head.',
      },
      {
        type: 'preparation',
        text: 'Roll your body back a little so you are not lying directly on the point of the shoulder.',
      },
      {
        type: 'preparation',
        text: 'Raise the lower arm in front of you to shoulder height and bend the elbow to a right angle, fingers toward the ceiling.',
      },
      {
        type: 'step',
        text: 'With your other hand, gently press the forearm down toward the floor until you feel a stretch at the back of the shoulder.',
      },
      {
        type: 'step',
        text: 'Hold for about 30 seconds, then let the forearm come back upright.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder blade resting on the floor; do not let it lift or roll forward.',
      },
      {
        type: 'form_cue',
        text: 'Press gently; you should feel a stretch, not pain.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the shoulder soften on each breath out; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching at the front of the shoulder, or numbness or tingling in the hand.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Roll further back and press more lightly, or use a cross-body stretch instead if the front of the shoulder pinches.',
      },
      {
        condition:
          'Posterior Shoulder Instability or Recent Posterior Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform; the stretch strains the back of the joint, which needs protecting.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; stretching into inward rotation is often delayed after a repair.",
      },
    ],
  },
  {
    slug: 'doorway-pec-stretch',
    name: 'Doorway Pec Stretch',
    description:
      'Standing in a doorway, you lean gently forward to stretch the muscles across the front of the chest. It helps counter a rounded-shoulder posture.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand in an open doorway and rest your forearms on the frame, elbows bent to a right angle and just below shoulder height.',
      },
      {
        type: 'preparation',
        text: 'Place one foot a small step in front of the other.',
      },
      {
        type: 'step',
        text: 'Lean your body gently forward through the doorway until you feel a stretch across the chest.',
      },
      {
        type: 'step',
        text: 'Hold for about 30 seconds, then step back to relax.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back straight and let the stretch come from leaning, not from arching your back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders down, away from your ears.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and deeply during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain at the front of the shoulder, or tingling or numbness in the arms or hands.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Shoulder Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform; this position takes the shoulder toward the one in which it dislocates. Restart only when your physiotherapist clears it.',
      },
      {
        condition: 'Anterior Shoulder Instability',
        severity: 'warning',
        note: 'Keep the elbows below shoulder height and lean only a little.',
      },
      {
        condition: 'Thoracic Outlet Symptoms',
        severity: 'warning',
        note: 'Lower the arms and shorten the hold; stop if the hands tingle or go numb.',
      },
    ],
  },
];
