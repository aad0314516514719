import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform exercises for the elbow: regaining bend and straightening,
 * stretches, and strengthening of the biceps and triceps with bands and
 * dumbbells.
 */
export const elbowExercises: readonly LibraryExercise[] = [
  {
    slug: 'active-elbow-flexion-extension',
    name: 'Active Elbow Flexion and Extension',
    description:
      'With your upper arm resting on a table, you bend and straighten your elbow as far as is comfortable. It restores elbow movement after injury, surgery or time in a cast or sling.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table and rest the back of your upper arm on a folded towel, palm facing up.',
      },
      {
        type: 'step',
        text: 'Bend the elbow slowly, bringing your hand toward your shoulder as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Pause, then straighten the elbow slowly as far as it will go.',
      },
      {
        type: 'form_cue',
        text: 'Move smoothly through the whole range and pause briefly at each end.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulder relaxed and the upper arm resting on the towel.',
      },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Work into mild stiffness only; stop if the pain becomes sharp.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Elbow Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol for the range allowed and when active movement may start.",
      },
      {
        condition: 'Recent Elbow Dislocation',
        severity: 'warning',
        note: 'Stay within the range your physiotherapist sets, and avoid forcing full straightening.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 45,
      sides: 'alternating',
    },
  },
  {
    slug: 'elbow-extension-stretch',
    name: 'Elbow Extension Stretch',
    description:
      'With your arm resting straight on a table, you let the elbow settle gently into a straighter position and hold. It helps a stiff elbow regain the last part of straightening.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table and rest the back of your upper arm on a folded towel, palm facing up.',
      },
      {
        type: 'preparation',
        text: 'Place a small rolled towel under the back of the wrist so the elbow can sag downward.',
      },
      {
        type: 'step',
        text: 'Let the elbow relax and sink toward the table until you feel a gentle stretch at the front of the elbow.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then bend the elbow slowly to release.',
      },
      {
        type: 'form_cue',
        text: 'Let gravity do the work; do not press down on the forearm with your other hand unless your physiotherapist advises it.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel tingling in the fingers or a sharp pain in the elbow.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Elbow Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when stretching may begin.",
      },
      {
        condition: 'Heterotopic Ossification or a Bony Block',
        severity: 'warning',
        note: 'Keep the stretch gentle and ask your physiotherapist whether it is suitable.',
      },
    ],
  },
  {
    slug: 'overhead-triceps-stretch',
    name: 'Overhead Triceps Stretch',
    description:
      'With one arm raised and the elbow bent behind your head, you use the other hand to ease the elbow back. It stretches the back of the upper arm and the underside of the shoulder.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['elbow', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or stand tall and raise one arm overhead.',
      },
      {
        type: 'step',
        text: 'Bend the elbow so your hand drops behind your head toward your upper back.',
      },
      {
        type: 'step',
        text: 'With the other hand on the raised elbow, ease it gently back until you feel a stretch at the back of the arm.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then release slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head upright and your ribs down; do not arch your back.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a pinch in the shoulder or tingling down the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Raise the arm only as high as is pain-free, or stretch with the arm at shoulder height.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows the arm overhead.",
      },
    ],
  },
  {
    slug: 'dumbbell-biceps-curl',
    name: 'Dumbbell Biceps Curl',
    description:
      'Standing or sitting with a dumbbell, you bend your elbow to lift the weight toward your shoulder. It strengthens the muscles at the front of the arm used for carrying and lifting.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['elbow'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand or sit tall holding a light dumbbell, arm straight by your side and palm facing forward.',
      },
      {
        type: 'step',
        text: 'Bend the elbow to lift the dumbbell toward your shoulder.',
      },
      {
        type: 'step',
        text: 'Pause, then lower the weight slowly over two to three seconds until the arm is straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow close to your side; only the forearm moves.',
      },
      {
        type: 'form_cue',
        text: 'Do not swing your body or lean back to lift the weight.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain at the front of the elbow.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Distal Biceps Repair',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows resisted elbow bending.",
      },
      {
        condition: 'Recent Elbow Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows weights.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 45,
      sides: 'alternating',
    },
  },
  {
    slug: 'theraband-hammer-curl',
    name: 'TheraBand Hammer Curl',
    description:
      'Standing on a TheraBand with your thumb facing up, you bend your elbow against the band. It strengthens the muscles on the top of the forearm and front of the arm that you use for lifting with a neutral grip.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on one end of the TheraBand and hold the other end with the arm straight by your side, thumb pointing forward.',
      },
      {
        type: 'step',
        text: 'Bend the elbow to bring your hand toward your shoulder, keeping the thumb up.',
      },
      { type: 'step', text: 'Pause, then lower slowly against the band.' },
      {
        type: 'form_cue',
        text: 'Keep the elbow by your side and the wrist straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders level and your trunk still.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and keep your foot firmly on it.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Distal Biceps Repair',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows resisted elbow bending.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 50,
      sides: 'alternating',
    },
  },
  {
    slug: 'resistance-band-triceps-pushdown',
    name: 'Resistance Band Triceps Pushdown',
    description:
      'Facing a band anchored above you, you straighten your elbows to press the band down. It strengthens the muscles at the back of the arm used to push up from a chair or a walking aid.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['elbow'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band high in a closed door and stand facing it, holding one end in each hand.',
      },
      {
        type: 'preparation',
        text: 'Start with the elbows bent to about a right angle and tucked against your sides.',
      },
      {
        type: 'step',
        text: 'Straighten the elbows to press the band down until your arms are straight.',
      },
      {
        type: 'step',
        text: 'Pause, then let the elbows bend slowly back to the start.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbows pinned to your sides; only the forearms move.',
      },
      { type: 'form_cue', text: 'Stand tall without leaning over the band.' },
      {
        type: 'breathing',
        text: 'Breathe out as you press down and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Check the band and the anchor before each session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain at the back of the elbow.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Elbow Fracture or Triceps Repair',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows resisted elbow straightening.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 85,
      endAngleDegrees: 170,
      sides: 'both',
    },
  },
  {
    slug: 'dumbbell-overhead-triceps-extension',
    name: 'Dumbbell Overhead Triceps Extension',
    description:
      'Holding a dumbbell above your head, you lower it behind your head by bending the elbow and then straighten the arm again. It strengthens the back of the arm through its full length.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['elbow', 'shoulder'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair holding a light dumbbell in one hand, arm straight above your shoulder.',
      },
      {
        type: 'preparation',
        text: 'Support the raised upper arm with your other hand if you need to.',
      },
      {
        type: 'step',
        text: 'Bend the elbow slowly to lower the dumbbell behind your head.',
      },
      {
        type: 'step',
        text: 'Pause, then straighten the elbow to raise the weight back up.',
      },
      {
        type: 'form_cue',
        text: 'Keep the upper arm still and close to your head.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your back against the chair.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you straighten.',
      },
      {
        type: 'safety',
        text: 'Use a weight you can control behind your head, and stop if the shoulder pinches.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Use the band pushdown instead, which keeps the arm below shoulder height.',
      },
      {
        condition: 'Post-operative Shoulder or Elbow Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows loaded work with the arm overhead.",
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 60,
      sides: 'alternating',
    },
  },
];
