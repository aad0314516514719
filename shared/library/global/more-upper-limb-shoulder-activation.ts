import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises that first switch the shoulder muscles back on:
 * gentle isometric presses into a wall, then lifting the arm against
 * gravity alone while lying on the side.
 */
export const shoulderActivationExercises: readonly LibraryExercise[] = [
  {
    slug: 'isometric-shoulder-internal-rotation',
    name: 'Isometric Shoulder Internal Rotation',
    description:
      'Standing in a doorway with your elbow bent, you press the palm of your hand gently inward against the door frame without moving. It switches on the muscles at the front of the shoulder that turn the arm in.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand in a doorway with the sore arm beside the door frame.',
      },
      {
        type: 'preparation',
        text: 'Bend the elbow to a right angle, keep it at your side and place a folded towel between your palm and the frame.',
      },
      {
        type: 'step',
        text: 'Press the palm gently inward into the towel, as if turning the forearm toward your stomach.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax slowly.',
      },
      {
        type: 'form_cue',
        text: 'Nothing should move; build the push gradually to a comfortable effort.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow against your side and the shoulder blade gently back.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Use less effort or stop if the push hurts at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after a subscapularis repair or shoulder replacement, inward pressing is usually delayed.",
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the effort light and the holds short, and keep breathing throughout.',
      },
    ],
  },
  {
    slug: 'isometric-shoulder-external-rotation',
    name: 'Isometric Shoulder External Rotation',
    description:
      'Standing beside a wall with your elbow bent, you press the back of your hand gently into the wall without moving. It switches on the rotator cuff safely when moving the arm against resistance would be too much.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand side-on to a wall or door frame with the sore arm nearest it.',
      },
      {
        type: 'preparation',
        text: 'Bend the elbow to a right angle, keep it at your side and place a folded towel between the back of your hand and the wall.',
      },
      {
        type: 'step',
        text: 'Press the back of the hand gently outward into the towel, as if turning the forearm out.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax slowly.',
      },
      {
        type: 'form_cue',
        text: 'Nothing should move; build the push gradually and keep it at a comfortable effort.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow tucked against your side and your wrist straight.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Use less effort or stop if the push is painful.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after a rotator cuff repair, even gentle contractions may be delayed for several weeks.",
      },
      {
        condition: 'Acute Rotator Cuff Tear',
        severity: 'warning',
        note: 'Keep the effort very light and stop if it hurts, until a clinician has assessed the tear.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the effort light, keep breathing, and use short holds until the blood pressure is controlled.',
      },
    ],
  },
  {
    slug: 'isometric-shoulder-abduction',
    name: 'Isometric Shoulder Abduction',
    description:
      'Standing beside a wall, you press the outside of your elbow gently into the wall without moving. It wakes up the deltoid and rotator cuff early in rehabilitation.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand side-on to a wall with the sore arm nearest it and a folded towel between your elbow and the wall.',
      },
      {
        type: 'preparation',
        text: 'Bend the elbow to a right angle with the arm by your side.',
      },
      {
        type: 'step',
        text: 'Press the outside of the elbow gently into the towel, as if lifting the arm out to the side.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder down and level; do not shrug as you press.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall and do not lean away from the wall.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease the pressure off if you feel pain at the top or side of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when the shoulder muscles may be contracted against resistance.",
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the effort light and the holds short, and keep breathing throughout.',
      },
    ],
  },
  {
    slug: 'side-lying-dumbbell-shoulder-abduction',
    name: 'Side-Lying Dumbbell Shoulder Abduction',
    description:
      'Lying on your side, you lift your top arm from your hip toward the ceiling. It strengthens the deltoid and the top of the rotator cuff with gravity as the resistance.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat', 'dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your good side on a mat with a pillow under your head and your knees slightly bent.',
      },
      {
        type: 'preparation',
        text: 'Rest the top arm straight along your side, thumb pointing forward; start without a weight.',
      },
      {
        type: 'step',
        text: 'Lift the straight arm up toward the ceiling, stopping before it is vertical.',
      },
      { type: 'step', text: 'Pause, then lower it slowly back to your side.' },
      {
        type: 'form_cue',
        text: 'Keep the arm in line with your body, not drifting forward.',
      },
      { type: 'form_cue', text: 'Keep your top shoulder away from your ear.' },
      {
        type: 'breathing',
        text: 'Breathe out as the arm lifts and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a pinch at the top of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Lift only through the pain-free part of the arc.',
      },
      {
        condition: 'Acute Rotator Cuff Tear',
        severity: 'contraindicated',
        note: 'Do not perform until a doctor has reviewed the tear and approved strengthening.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when active lifting against gravity may begin.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 10,
      endAngleDegrees: 80,
      sides: 'alternating',
    },
  },
];
