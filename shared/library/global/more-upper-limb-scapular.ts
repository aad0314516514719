import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform strengthening for the muscles that move and steady the
 * shoulder blade: rows, pull-aparts, pulldowns and serratus work.
 */
export const scapularExercises: readonly LibraryExercise[] = [
  {
    slug: 'banded-shoulder-row',
    name: 'Banded Shoulder Row',
    description:
      'Holding a band anchored in front of you, you pull your elbows back and squeeze your shoulder blades together. It strengthens the upper back muscles that support posture and a steady shoulder.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the middle of the band in a closed door at chest height and hold one end in each hand.',
      },
      {
        type: 'preparation',
        text: 'Stand or sit tall facing the door, arms straight in front, with the band lightly taut.',
      },
      {
        type: 'step',
        text: 'Pull both elbows back close to your sides, drawing your shoulder blades together.',
      },
      {
        type: 'step',
        text: 'Pause, then let the arms straighten slowly forward.',
      },
      {
        type: 'form_cue',
        text: 'Start the pull by setting the shoulder blades back and down, not by shrugging.',
      },
      {
        type: 'form_cue',
        text: 'Keep your wrists straight and your chin level.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you pull and breathe in as the arms go forward.',
      },
      {
        type: 'safety',
        text: 'Check the band and the anchor before each session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the shoulder or neck.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when resisted pulling may begin.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 90,
      sides: 'both',
    },
  },
  {
    slug: 'resistance-band-pull-apart',
    name: 'Resistance Band Pull-Apart',
    description:
      'Holding a band in front of you at shoulder height, you pull your hands apart until the band touches your chest. It strengthens the back of the shoulders and the muscles between the shoulder blades.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall and hold a band in both hands, arms straight in front at shoulder height, hands shoulder-width apart.',
      },
      {
        type: 'step',
        text: 'Pull the hands apart and out to the sides, squeezing your shoulder blades together.',
      },
      {
        type: 'step',
        text: 'Pause when the band nears your chest, then let the hands come back together slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbows straight but soft and the arms at shoulder height.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down; do not arch your back to finish the pull.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you pull apart and breathe in as you return.',
      },
      { type: 'safety', text: 'Check the band for nicks before each session.' },
      {
        type: 'safety',
        text: 'Stop if you feel a pinch at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Anterior Shoulder Instability',
        severity: 'warning',
        note: 'Keep the hands slightly in front of the body at the end of the pull.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for resisted work at shoulder height.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'single-arm-dumbbell-row',
    name: 'Single-Arm Dumbbell Row',
    description:
      'With one hand and knee supported on a bench or chair, you pull a dumbbell up toward your hip. It strengthens the back and shoulder blade muscles that pull the arm backward.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place one knee and the same hand on a sturdy bench or chair, with the other foot on the floor.',
      },
      {
        type: 'preparation',
        text: 'Hold a dumbbell in the free hand with the arm hanging straight down under the shoulder.',
      },
      {
        type: 'step',
        text: 'Draw the shoulder blade back, then pull the elbow up along your side until the dumbbell reaches your lower ribs.',
      },
      {
        type: 'step',
        text: 'Pause, then lower the weight slowly until the arm is straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat and your trunk still; do not twist to lift the weight.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow close to your body and your neck in line with your back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you pull and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the shoulder or lower back.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Support the chest on an incline bench or use a band row while standing.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when weighted pulling may begin.",
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 80,
      sides: 'alternating',
    },
  },
  {
    slug: 'resistance-band-straight-arm-pulldown',
    name: 'Resistance Band Straight-Arm Pulldown',
    description:
      'Facing a band anchored above your head, you press your straight arms down to your thighs. It strengthens the lats and lower shoulder blade muscles that draw the arm down and steady the shoulder.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band high in a closed door and hold one end in each hand, standing a step back facing the door.',
      },
      {
        type: 'preparation',
        text: 'Start with your arms straight in front, a little above shoulder height, and the band lightly taut.',
      },
      {
        type: 'step',
        text: 'Press both straight arms down in an arc until your hands reach your thighs.',
      },
      {
        type: 'step',
        text: 'Pause, then let the arms rise slowly back to the start.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbows straight but soft and the shoulders down and back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and do not bend forward at the hips.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you press down and breathe in as the arms rise.',
      },
      {
        type: 'safety',
        text: 'Check the band and the anchor before each session.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on resisted work with the arm raised.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 100,
      endAngleDegrees: 15,
      sides: 'both',
    },
  },
  {
    slug: 'foam-roller-serratus-wall-slide',
    name: 'Foam Roller Serratus Wall Slide',
    description:
      'With your forearms pressing a foam roller against a wall, you roll it upward as your arms rise. It trains the serratus anterior and lower trapezius to rotate the shoulder blade as the arm lifts overhead.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['foam-roller'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall and hold a foam roller horizontally against it with the little-finger side of both forearms, elbows at shoulder height.',
      },
      {
        type: 'step',
        text: 'Press gently into the roller and roll it up the wall as your arms rise.',
      },
      {
        type: 'step',
        text: 'Go as high as you can without shrugging, pause, then roll it back down.',
      },
      {
        type: 'form_cue',
        text: 'Keep a light push into the wall throughout so the shoulder blades wrap around your ribs.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders away from your ears and your lower back neutral.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the roller rises and breathe in as it comes down.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching at the top of the movement.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Stop the slide below the height where pain starts.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for active overhead movement.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 85,
      endAngleDegrees: 150,
      sides: 'both',
    },
  },
  {
    slug: 'supine-dumbbell-serratus-punch',
    name: 'Supine Dumbbell Serratus Punch',
    description:
      'Lying on your back with a dumbbell held straight up, you punch it toward the ceiling by lifting your shoulder blade off the floor. It strengthens the serratus anterior, which keeps the shoulder blade flat against the ribs.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['dumbbell', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and a light dumbbell in the working hand.',
      },
      {
        type: 'preparation',
        text: 'Hold the arm straight up above the shoulder, elbow straight.',
      },
      {
        type: 'step',
        text: 'Reach the dumbbell a few centimetres higher toward the ceiling so the shoulder blade lifts off the mat.',
      },
      {
        type: 'step',
        text: 'Pause, then let the shoulder blade settle slowly back onto the mat.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow straight; the movement is small and comes from the shoulder blade.',
      },
      {
        type: 'form_cue',
        text: 'Keep your neck relaxed and your head on the mat.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you punch up and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Hold the weight firmly and stop if you feel pain in the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when the arm may be held raised with a weight.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Prop yourself up on pillows or do the punch standing with a band.',
      },
    ],
  },
  {
    slug: 'theraband-dynamic-hug',
    name: 'TheraBand Dynamic Hug',
    description:
      'With a TheraBand around your back, you bring your arms forward in a wide hugging movement. It strengthens the serratus anterior and the front of the shoulder together.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Wrap the TheraBand around your upper back, under your arms, and hold one end in each hand.',
      },
      {
        type: 'preparation',
        text: 'Raise the arms out to the sides just below shoulder height with the elbows slightly bent.',
      },
      {
        type: 'step',
        text: 'Bring the hands forward and together in a wide arc, as if hugging a large tree.',
      },
      {
        type: 'step',
        text: 'At the end, reach a little further forward so the shoulder blades spread around your ribs.',
      },
      { type: 'step', text: 'Return slowly to the start.' },
      {
        type: 'form_cue',
        text: 'Keep the elbow bend the same throughout the movement.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders down and your trunk still.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you hug and breathe in as you open.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks before each session and stop if the shoulder hurts.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Keep the arms lower, nearer chest height.',
      },
      latexAllergy,
    ],
  },
];
