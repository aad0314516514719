import type { LibraryExercise } from '../library-exercise';
import {
  kneePainWhenKneeling,
  latexAllergy,
} from '../common-contraindications';

/**
 * Platform exercises for the upper and middle back: rotation, open books,
 * rib mobility, loaded turning and a lat stretch over a foam roller.
 */
export const thoracicSpineExercises: readonly LibraryExercise[] = [
  {
    slug: 'side-lying-thoracic-open-book',
    name: 'Side-lying Thoracic Open Book',
    description:
      'Lying on your side with your knees bent, you open your top arm like the cover of a book and turn your chest toward the ceiling. It loosens the middle back into rotation while a roller under the knee keeps the lower back still.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with a pillow under your head and your hips and knees bent to a right angle.',
      },
      {
        type: 'preparation',
        text: 'Rest your top knee on a foam roller placed in front of you, and stretch both arms out in front at shoulder height, palms together.',
      },
      {
        type: 'step',
        text: 'Lift your top arm and sweep it up and over, turning your chest and head to follow the hand.',
      },
      {
        type: 'step',
        text: 'Let the arm settle toward the floor behind you as far as is comfortable and pause for two breaths.',
      },
      {
        type: 'step',
        text: 'Sweep the arm back to meet the other hand, then repeat before turning to the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your top knee pressing down on the roller so the turn comes from the ribcage, not the lower back.',
      },
      {
        type: 'form_cue',
        text: 'Let your eyes follow your hand so the neck turns with the chest.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you open and let the chest soften; breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching in the shoulder or pain, numbness or tingling down the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'warning',
        note: 'Keep the elbow bent and the hand on your chest rather than letting the arm fall back.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Turn gently within an easy range and do not force the arm toward the floor.',
      },
      {
        condition: 'Recent Spinal Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol; twisting is often restricted for some weeks.",
      },
    ],
  },
  {
    slug: 'quadruped-thoracic-rotation',
    name: 'Quadruped Thoracic Rotation',
    description:
      'On hands and knees with one hand behind your head, you turn your elbow down under your chest and then up toward the ceiling. It improves turning through the middle back while the hips and lower back stay still.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, then sit back a little toward your heels to help lock the lower back.',
      },
      {
        type: 'preparation',
        text: 'Place one hand lightly behind your head with the elbow pointing out to the side.',
      },
      {
        type: 'step',
        text: 'Turn your chest down and bring the elbow toward the opposite wrist.',
      },
      {
        type: 'step',
        text: 'Then turn the other way, lifting the elbow up toward the ceiling as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Move smoothly between the two ends, then change sides.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips still and your weight even on both knees.',
      },
      {
        type: 'form_cue',
        text: 'Let your head turn with the chest; do not pull on the neck with the hand.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you open toward the ceiling and breathe out as you turn down.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the back or ribs, or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Rest the supporting arm on its forearm instead of the hand.',
      },
      kneePainWhenKneeling,
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Stay within an easy range and avoid combining the turn with rounding the back.',
      },
    ],
  },
  {
    slug: 'half-kneeling-thoracic-rotation-with-reach',
    name: 'Half-kneeling Thoracic Rotation with Reach',
    description:
      'Kneeling on one knee, you reach one arm across and then sweep it open behind you in a flowing rhythm. It warms up turning through the upper back while the hips stay square, as you need for sport and lifting.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['dynamic-stretching'],
    bodyRegions: ['thoracic-spine', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on your right knee with your left foot flat in front, both knees bent to right angles.',
      },
      {
        type: 'preparation',
        text: 'Stand tall through your trunk and hold both arms straight out in front at shoulder height.',
      },
      {
        type: 'step',
        text: 'Reach your left arm across your body toward the right, following it with your eyes.',
      },
      {
        type: 'step',
        text: 'Sweep it back across and open it out behind you, turning your chest to the left.',
      },
      {
        type: 'step',
        text: 'Keep a smooth, controlled rhythm for the number set in your plan, then swap legs and arms.',
      },
      {
        type: 'form_cue',
        text: 'Keep your pelvis facing forward and squeeze the buttock of the kneeling leg gently.',
      },
      {
        type: 'form_cue',
        text: 'Swing with control; each turn should go a little further without bouncing at the end.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you open and breathe out as you reach across.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the back, the shoulder or the kneeling knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Pad the kneeling knee well, or do the exercise sitting on a chair.',
      },
      {
        condition: 'Poor Balance',
        severity: 'warning',
        note: 'Kneel beside a wall or a sturdy chair you can touch for support.',
      },
      {
        condition: 'Recent Spinal Surgery',
        severity: 'contraindicated',
        note: "Do not perform fast rotation until the surgeon's protocol allows it.",
      },
    ],
  },
  {
    slug: 'standing-thoracic-rotation-swings',
    name: 'Standing Thoracic Rotation Swings',
    description:
      'Standing with your arms loose, you turn your upper body gently from side to side and let the arms swing. It is an easy warm-up that keeps the upper back and ribs moving, for example after long sitting.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['dynamic-stretching'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart, knees soft and arms hanging loose.',
      },
      {
        type: 'step',
        text: 'Turn your upper body to one side and let your arms swing round and wrap loosely around you.',
      },
      {
        type: 'step',
        text: 'Turn back through the middle to the other side in a steady rhythm.',
      },
      {
        type: 'step',
        text: 'Start with small turns and let them grow a little as you warm up.',
      },
      {
        type: 'form_cue',
        text: 'Let the heels stay down; allow the hips to turn only slightly while the chest turns more.',
      },
      {
        type: 'form_cue',
        text: 'Keep the movement relaxed and easy, never flinging the arms.',
      },
      {
        type: 'breathing',
        text: 'Breathe easily in time with the swings.',
      },
      {
        type: 'safety',
        text: 'Slow down or stop if you feel dizzy or have sharp pain in your back.',
      },
    ],
    contraindications: [
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Keep the swings small and slow, and do not let momentum carry you to the end of the turn.',
      },
      {
        condition: 'Poor Balance or Vertigo',
        severity: 'warning',
        note: 'Stand within reach of a counter and keep your eyes looking ahead rather than following the arms.',
      },
    ],
  },
  {
    slug: 'banded-thoracic-rotation',
    name: 'Banded Thoracic Rotation',
    description:
      'Standing side-on to an anchored resistance band, you hold it in front of your chest and turn your upper body away from the anchor. It builds strength and control for turning, lifting and carrying.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['thoracic-spine', 'abdominals'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band in a closed door at chest height and stand side-on to it, feet hip-width apart and knees soft.',
      },
      {
        type: 'preparation',
        text: 'Hold the band with both hands in front of your breastbone, elbows slightly bent, with the band just taut.',
      },
      {
        type: 'step',
        text: 'Turn your chest and arms away from the anchor in a smooth, controlled movement.',
      },
      { type: 'step', text: 'Pause at the end of the turn.' },
      {
        type: 'step',
        text: 'Return slowly toward the anchor over two to three seconds, then change sides after the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hands in front of your breastbone so the turn comes from the trunk, not the arms.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips and knees facing forward and your spine tall.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn away and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and the anchor for security before every session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or ribs.',
      },
    ],
    contraindications: [
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Use a light band and a moderate range; avoid fast or forced turning.',
      },
      {
        condition: 'Recent Spinal Surgery',
        severity: 'contraindicated',
        note: "Do not perform resisted rotation until the surgeon's protocol allows it.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'seated-side-bend-rib-mobility',
    name: 'Seated Side Bend for Rib Mobility',
    description:
      'Sitting tall, you reach one arm overhead and bend to the side while breathing into the stretched ribs. It helps the ribs and the side of the trunk move freely, which eases stiffness and makes deep breathing easier.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair without armrests, feet flat and a little wider than your hips.',
      },
      {
        type: 'step',
        text: 'Raise one arm overhead and rest the other hand on the chair beside you.',
      },
      {
        type: 'step',
        text: 'Bend sideways away from the raised arm until you feel a stretch along the ribs.',
      },
      {
        type: 'step',
        text: 'Take two slow breaths into the stretched side, then come back up to the middle and change sides.',
      },
      {
        type: 'form_cue',
        text: 'Bend straight to the side, as if between two panes of glass; do not lean forward.',
      },
      {
        type: 'form_cue',
        text: 'Keep both buttocks on the chair.',
      },
      {
        type: 'breathing',
        text: 'Breathe in to feel the stretched ribs widen, and breathe out as you soften a little further.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp rib pain or pain down the raised arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Rib Fracture',
        severity: 'contraindicated',
        note: 'Do not stretch the ribs until a doctor confirms the fracture has healed.',
      },
      {
        condition: 'Shoulder Pain Raising the Arm',
        severity: 'warning',
        note: 'Keep the hand on your head or hip instead of raising the arm overhead.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Bend gently within an easy range and do not combine the side bend with bending forward.',
      },
    ],
  },
  {
    slug: 'kneeling-foam-roller-lat-stretch',
    name: 'Kneeling Foam Roller Lat Stretch',
    description:
      'Kneeling with your forearms on a foam roller, you slide it forward and sink your chest toward the floor. It stretches the large back muscles that run from the arm to the spine and helps you reach overhead.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['thoracic-spine', 'shoulder'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat and place a foam roller across the floor in front of you.',
      },
      {
        type: 'preparation',
        text: 'Rest the little-finger side of both forearms on the roller, palms facing each other.',
      },
      {
        type: 'step',
        text: 'Sit your hips back toward your heels while the roller rolls forward under your forearms.',
      },
      {
        type: 'step',
        text: 'Let your chest sink gently toward the floor until you feel a stretch along the sides of your back and armpits.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then roll back to the start.',
      },
      {
        type: 'form_cue',
        text: 'Keep a light chin tuck and let your head stay between your arms.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower ribs drawn in so the stretch stays in the upper back and arms.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly into your back ribs and let the chest sink a little with each breath out.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching at the front of the shoulder or tingling in the hands.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Pad your knees well, or stand and slide your forearms up a wall instead.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Roll forward only as far as stays pain-free.',
      },
    ],
  },
];
