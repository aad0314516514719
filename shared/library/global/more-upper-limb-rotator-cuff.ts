import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform strengthening for the rotator cuff and deltoid with bands and
 * dumbbells, from rotation at the side to work with the arm raised.
 */
export const rotatorCuffExercises: readonly LibraryExercise[] = [
  {
    slug: 'resistance-band-shoulder-internal-rotation',
    name: 'Resistance Band Shoulder Internal Rotation',
    description:
      'Standing with a band anchored beside you, you turn your forearm inward across your stomach. It strengthens the muscles at the front of the shoulder that turn the arm in and help hold the joint steady.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band in a closed door at elbow height and stand side-on, with the working arm nearest the door.',
      },
      {
        type: 'preparation',
        text: 'Hold the band with the elbow bent to a right angle and a small rolled towel between the elbow and your side.',
      },
      {
        type: 'step',
        text: 'Turn the forearm inward across your stomach, keeping the elbow against the towel.',
      },
      {
        type: 'step',
        text: 'Pause, then let the forearm return slowly outward over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your wrist straight and your shoulder blade gently drawn back.',
      },
      { type: 'form_cue', text: 'Do not twist your trunk to help the arm.' },
      {
        type: 'breathing',
        text: 'Breathe out as you turn the arm in and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Check the band and the anchor before every session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after a subscapularis repair or shoulder replacement, resisted inward rotation is usually delayed.",
      },
      {
        condition: 'Acute Rotator Cuff Tear',
        severity: 'contraindicated',
        note: 'Do not perform until a doctor has assessed the tear and approved resisted work.',
      },
      latexAllergy,
    ],
  },
  {
    slug: 'dumbbell-scaption',
    name: 'Dumbbell Scaption',
    description:
      'Standing with light dumbbells, you raise your straight arms up and slightly forward, thumbs up, to shoulder height. It strengthens the rotator cuff and deltoid in the plane the shoulder blade naturally sits in.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall holding a light dumbbell in each hand by your sides, thumbs pointing forward.',
      },
      {
        type: 'step',
        text: 'Raise both arms up and forward at an angle of about 30 degrees from your sides, like the letter V.',
      },
      { type: 'step', text: 'Stop at shoulder height and pause.' },
      {
        type: 'step',
        text: 'Lower the arms slowly over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep the thumbs up and the elbows straight but soft.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders down and your trunk still; do not lean back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a painful arc or a catch as the arms rise.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Use a lighter weight and stop below the painful arc.',
      },
      {
        condition: 'Acute Rotator Cuff Tear',
        severity: 'contraindicated',
        note: 'Do not perform until a doctor has approved loaded lifting.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when weights may be added.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 15,
      endAngleDegrees: 90,
      sides: 'both',
    },
  },
  {
    slug: 'theraband-shoulder-abduction',
    name: 'TheraBand Shoulder Abduction',
    description:
      'Standing on one end of a TheraBand, you lift your arm out to the side against its pull. It builds strength in the deltoid and rotator cuff for lifting the arm.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on one end of the TheraBand with the foot on the working side and hold the other end by your side, palm facing in.',
      },
      {
        type: 'step',
        text: 'Lift the arm out to the side with the elbow straight but soft, up to shoulder height.',
      },
      { type: 'step', text: 'Pause, then lower slowly against the band.' },
      {
        type: 'form_cue',
        text: 'Lead with the elbow and keep the thumb pointing forward or slightly up.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulder down and do not lean away from the lifting arm.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and keep your foot firmly on it so it cannot spring free.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain at the top of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Use a lighter band and stay below the painful arc.',
      },
      {
        condition: 'Acute Rotator Cuff Tear',
        severity: 'contraindicated',
        note: 'Do not perform until a doctor has approved resisted work.',
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 15,
      endAngleDegrees: 90,
      sides: 'alternating',
    },
  },
  {
    slug: 'prone-dumbbell-external-rotation',
    name: 'Prone Dumbbell External Rotation',
    description:
      'Lying face down with your upper arm resting out to the side on the bed, you turn your forearm up and forward toward the ceiling. It strengthens the rotator cuff in the raised-arm position used for throwing and reaching overhead.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a firm bed near the edge, with the working upper arm out to the side at shoulder height and resting on the bed.',
      },
      {
        type: 'preparation',
        text: 'Let the forearm hang down over the edge with the elbow bent to a right angle, holding a light dumbbell.',
      },
      {
        type: 'step',
        text: 'Turn the forearm forward and up, so the back of the hand rises toward the ceiling, keeping the upper arm on the bed.',
      },
      {
        type: 'step',
        text: 'Stop when the forearm is level with the bed and pause.',
      },
      { type: 'step', text: 'Lower slowly back to hanging.' },
      {
        type: 'form_cue',
        text: 'Keep the elbow bent at a right angle and the upper arm still.',
      },
      {
        type: 'form_cue',
        text: 'Draw the shoulder blade gently back and down before each lift.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain or a slipping sensation at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Anterior Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared loaded rotation with the arm raised.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Lower the upper arm slightly below shoulder height and use a lighter weight.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do not lie face down; use the standing band version at shoulder height instead.',
      },
    ],
  },
  {
    slug: 'resistance-band-90-90-external-rotation',
    name: 'Resistance Band 90/90 External Rotation',
    description:
      'With your arm raised to shoulder height and the elbow bent, you rotate your forearm up and back against a band. It trains the rotator cuff in the position used for throwing and overhead sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band at shoulder height in front of you and step back until it is lightly taut.',
      },
      {
        type: 'preparation',
        text: 'Raise the working arm out to the side to shoulder height with the elbow bent to a right angle and the forearm pointing forward.',
      },
      {
        type: 'step',
        text: 'Rotate the forearm up until it points to the ceiling, keeping the elbow at shoulder height.',
      },
      {
        type: 'step',
        text: 'Pause, then return slowly to the forward position.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow level with the shoulder and slightly in front of your body.',
      },
      {
        type: 'form_cue',
        text: 'Do not arch your back or lean back as you rotate.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you rotate up and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Check the band and the anchor before each session.',
      },
      {
        type: 'safety',
        text: 'Stop if the shoulder feels unstable or painful at the front.',
      },
    ],
    contraindications: [
      {
        condition: 'Anterior Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared this position.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows resisted rotation with the arm raised.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'resistance-band-d2-flexion',
    name: 'Resistance Band D2 Flexion',
    description:
      'Starting with your hand by the opposite hip, you pull a band up and out diagonally, as if drawing a sword. It strengthens the shoulder and shoulder blade muscles together in a pattern close to everyday reaching and sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band low, near the floor, on the side opposite the working arm.',
      },
      {
        type: 'preparation',
        text: 'Stand tall and hold the band with the working hand in front of the opposite hip, palm facing your body.',
      },
      {
        type: 'step',
        text: 'Pull the band up and across your body, turning the thumb out, until the arm is up and out to the side above shoulder height.',
      },
      {
        type: 'step',
        text: 'Pause, then return slowly along the same diagonal.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow nearly straight and let your eyes follow the hand.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk steady; do not twist to finish the movement.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you pull up and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Check the band and the anchor before each session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching or instability at the top of the movement.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Finish the diagonal at shoulder height instead of going overhead.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows resisted overhead movement.",
      },
      latexAllergy,
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
];
