import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises for the first weeks after a shoulder injury or
 * operation: assisted elevation and rotation, with the other arm, a
 * stick, a pulley, a wall or a table doing most of the work.
 */
export const shoulderEarlyExercises: readonly LibraryExercise[] = [
  {
    slug: 'supine-cane-shoulder-flexion',
    name: 'Supine Cane Shoulder Flexion',
    description:
      'Lying on your back and holding a stick in both hands, you use your good arm to help the stiff or sore arm rise overhead. It regains the forward lift of the shoulder while its muscles stay mostly relaxed.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Hold a light stick, such as a broom handle, in both hands across your thighs, hands shoulder-width apart.',
      },
      {
        type: 'step',
        text: 'Lift the stick up and over your head, letting your good arm lead and carry the sore arm.',
      },
      {
        type: 'step',
        text: 'Stop where you feel a comfortable stretch and pause briefly.',
      },
      {
        type: 'step',
        text: 'Bring the stick slowly back down to your thighs.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbows straight and let the sore arm stay as relaxed as it can.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back resting on the mat; do not arch it to gain range.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as the stick rises and breathe out as it comes down.',
      },
      {
        type: 'safety',
        text: 'Stop before any sharp pain; a mild pulling stretch is enough.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for the range allowed; after a rotator cuff repair, elevation is often limited for the first weeks.",
      },
      {
        condition: 'Recent Shoulder Dislocation',
        severity: 'warning',
        note: 'Stay within the range your physiotherapist sets and stop if the shoulder feels as if it may slip.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do not lie flat on your back for long; do the movement sitting or propped up on pillows.',
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
  {
    slug: 'supine-cane-external-rotation',
    name: 'Supine Cane External Rotation',
    description:
      'Lying on your back with your elbows bent, you use a stick held in both hands to push the sore forearm outward. It restores the outward turn of the shoulder, which is often the stiffest movement after injury or surgery.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent.',
      },
      {
        type: 'preparation',
        text: 'Bend the sore elbow to a right angle with the upper arm resting by your side on a small folded towel.',
      },
      {
        type: 'preparation',
        text: 'Hold one end of a light stick in the cupped palm of the sore hand and the other end in your good hand.',
      },
      {
        type: 'step',
        text: 'Use the good arm to push the stick across, so the sore forearm turns outward away from your stomach.',
      },
      {
        type: 'step',
        text: 'Stop at a comfortable stretch and pause briefly.',
      },
      {
        type: 'step',
        text: 'Let the forearm come slowly back toward your stomach.',
      },
      {
        type: 'form_cue',
        text: 'Keep the sore elbow on the towel against your side throughout.',
      },
      {
        type: 'form_cue',
        text: 'Let the sore arm stay relaxed; the good arm does the work.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push the forearm outward and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a sharp pain at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after a shoulder replacement or stabilisation, outward rotation is often limited to a set angle for several weeks.",
      },
      {
        condition: 'Recent Anterior Shoulder Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has said outward rotation may begin, as it stresses the healing front of the joint.',
      },
    ],
  },
  {
    slug: 'table-slide-shoulder-flexion',
    name: 'Table Slide Shoulder Flexion',
    description:
      'Sitting at a table, you slide your hand forward on a towel while leaning your body forward. The table takes the weight of the arm so the shoulder can move with very little effort.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit side-on or facing a table with the sore forearm resting on a small towel on the table top.',
      },
      {
        type: 'step',
        text: 'Slide the hand forward along the table, bending forward from your hips as the arm goes.',
      },
      {
        type: 'step',
        text: 'Stop at a comfortable stretch under the arm and pause.',
      },
      {
        type: 'step',
        text: 'Sit back up and let the hand slide back toward you.',
      },
      {
        type: 'form_cue',
        text: 'Let your body lean carry the arm; do not press down hard or lift the arm off the towel.',
      },
      { type: 'form_cue', text: 'Keep your shoulder away from your ear.' },
      {
        type: 'breathing',
        text: 'Breathe out as you slide forward and breathe in as you come back.',
      },
      {
        type: 'safety',
        text: 'Stop if the pain becomes sharp or stays worse after you finish.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when assisted movement may start and how far the arm may go.",
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Lean forward only a little and let the arm slide a shorter distance.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 40,
      endAngleDegrees: 110,
      sides: 'alternating',
    },
  },
  {
    slug: 'overhead-pulley-shoulder-flexion',
    name: 'Overhead Pulley Shoulder Flexion',
    description:
      'With a rope pulley hooked over a door, you pull down with your good arm to raise the sore arm in front of you. It is a common way to regain overhead reach after shoulder surgery.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Fix the door pulley securely over the top of a closed door and sit on a chair with your back to the door.',
      },
      {
        type: 'preparation',
        text: 'Hold one handle in each hand, with the sore arm relaxed by your side.',
      },
      {
        type: 'step',
        text: 'Pull down slowly with the good arm so the sore arm is lifted forward and up.',
      },
      { type: 'step', text: 'Pause at a comfortable stretch.' },
      {
        type: 'step',
        text: 'Let the good arm rise slowly so the sore arm lowers under control.',
      },
      {
        type: 'form_cue',
        text: 'Keep the sore arm relaxed and the thumb pointing up toward the ceiling.',
      },
      {
        type: 'form_cue',
        text: 'Sit tall and keep your shoulders level; do not shrug.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout, breathing out as the arm rises.',
      },
      {
        type: 'safety',
        text: 'Check the pulley is secure and the door is closed before you start.',
      },
      { type: 'safety', text: 'Stop if you feel a sharp or pinching pain.' },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; pulleys are usually allowed only once active-assisted elevation is permitted.",
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Stop short of the painful arc and keep the thumb pointing up.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 20,
      endAngleDegrees: 150,
      sides: 'alternating',
    },
  },
  {
    slug: 'supine-cane-shoulder-abduction',
    name: 'Supine Cane Shoulder Abduction',
    description:
      'Lying on your back, you use a stick and your good arm to push the sore arm out to the side. It regains the sideways lift of the shoulder without asking the sore muscles to do the work.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and both arms by your sides.',
      },
      {
        type: 'preparation',
        text: 'Hold a light stick in both hands, palms facing up.',
      },
      {
        type: 'step',
        text: 'With the good arm, push the stick across so the sore arm slides out to the side along the mat.',
      },
      { type: 'step', text: 'Stop at a comfortable stretch and pause.' },
      { type: 'step', text: 'Bring the arm slowly back to your side.' },
      {
        type: 'form_cue',
        text: 'Keep the sore arm resting on the mat and the palm turned up.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulder blade down, away from your ear.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the arm moves out and breathe in as it comes back.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a pinch at the top of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for the range allowed out to the side.",
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Work below the painful arc, usually below shoulder height.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the movement sitting or propped up rather than flat on your back.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 15,
      endAngleDegrees: 120,
      sides: 'alternating',
    },
  },
  {
    slug: 'wall-finger-walk',
    name: 'Wall Finger Walk',
    description:
      'Facing a wall, you walk your fingers up the wall to raise the arm a little higher each time. It helps regain overhead reach with the wall supporting part of the arm.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall, a forearm length away, with the fingertips of the sore arm on the wall at waist height.',
      },
      {
        type: 'step',
        text: 'Walk your fingers up the wall, one small step at a time.',
      },
      { type: 'step', text: 'Stop at a comfortable stretch and hold briefly.' },
      {
        type: 'step',
        text: 'Walk the fingers back down, or slide them down slowly.',
      },
      {
        type: 'form_cue',
        text: 'Let your fingers do the climbing; keep the shoulder low and relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall without leaning back or arching your lower back.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and evenly as the fingers climb.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a sharp or pinching pain in the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when the arm may lift under its own power.",
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Stop below the height where the pinching starts.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 45,
      endAngleDegrees: 150,
      sides: 'alternating',
    },
  },
];
