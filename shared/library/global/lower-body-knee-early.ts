import type { LibraryExercise } from '../library-exercise';
import {
  latexAllergy,
  suspectedDeepVeinThrombosis,
} from '../common-contraindications';

/**
 * Platform exercises for the early weeks of a knee programme: switching
 * the thigh muscle on, regaining bend and straightening, without load.
 */
export const kneeEarlyExercises: readonly LibraryExercise[] = [
  {
    slug: 'quad-sets',
    name: 'Quad Sets',
    description:
      'Sitting or lying with your leg straight, you tighten the muscle on the front of your thigh and hold. It keeps the thigh muscle working when the knee is sore, swollen or recovering from surgery.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or lie on a firm surface with your leg straight out in front.',
      },
      {
        type: 'preparation',
        text: 'Place a small rolled towel under your knee.',
      },
      {
        type: 'step',
        text: 'Tighten the muscle on the front of your thigh to press the back of your knee down into the towel.',
      },
      { type: 'step', text: 'Hold for five seconds, then relax fully.' },
      {
        type: 'form_cue',
        text: 'Watch your kneecap glide up toward your hip as the muscle tightens.',
      },
      {
        type: 'form_cue',
        text: 'Pull your toes gently toward you to help the muscle switch on.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      { type: 'safety', text: 'Stop if you feel sharp pain in the knee.' },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; quad sets usually start early, but the timing depends on the operation.",
      },
      suspectedDeepVeinThrombosis,
    ],
  },
  {
    slug: 'straight-leg-raise',
    name: 'Straight Leg Raise',
    description:
      'Lying on your back, you lift one straight leg a short way off the floor. It strengthens the thigh and hip muscles without bending the knee.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat, bend the knee of your other leg and put that foot flat on the floor.',
      },
      {
        type: 'step',
        text: 'Tighten the thigh muscle of the straight leg so the knee is fully straight.',
      },
      {
        type: 'step',
        text: 'Keeping it straight, lift the leg to the height of your bent knee.',
      },
      {
        type: 'step',
        text: 'Pause, then lower it slowly to the mat and relax the muscle.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee fully straight throughout; if it bends, go back to quad sets first.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back relaxed against the mat and your hips level.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your lower back or groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; you may need your brace on until the knee can be held straight.",
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Keep the other knee bent, lift only a short way, and stop if back pain increases.',
      },
      {
        condition: 'Hip Flexor or Groin Strain',
        severity: 'warning',
        note: 'Lift only as high as stays pain-free.',
      },
    ],
  },
  {
    slug: 'heel-slides',
    name: 'Heel Slides',
    description:
      'Lying on your back, you slide your heel toward your buttocks to bend the knee, then straighten it again. It helps you win back knee bend after injury or surgery.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['knee'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat or bed with both legs straight.',
      },
      {
        type: 'preparation',
        text: 'If the surface grips, put a plastic bag or smooth towel under your heel so it slides.',
      },
      {
        type: 'step',
        text: 'Slowly slide your heel toward your buttocks, bending the knee as far as is comfortable.',
      },
      { type: 'step', text: 'Hold the bend for five seconds.' },
      {
        type: 'step',
        text: 'Slide the heel back down until the leg is straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep your heel on the surface and your kneecap pointing at the ceiling.',
      },
      {
        type: 'form_cue',
        text: 'For a little more bend, loop a towel around your foot and pull gently.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you bend the knee and breathe in as you straighten it.',
      },
      {
        type: 'safety',
        text: 'Some stretching is expected, but stop if the pain turns sharp.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Range-of-Motion Limits',
        severity: 'warning',
        note: "Stay within the knee bend allowed by the surgeon's protocol.",
      },
      suspectedDeepVeinThrombosis,
    ],
  },
  {
    slug: 'terminal-knee-extension',
    name: 'Terminal Knee Extension',
    description:
      'Standing with a resistance band behind your knee, you straighten the knee fully against the band. It strengthens the last part of knee straightening, which you need to walk normally.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor a resistance band at knee height to a sturdy post or a closed door.',
      },
      {
        type: 'preparation',
        text: 'Face the anchor, step into the loop so it sits behind your knee, and let the knee bend slightly.',
      },
      {
        type: 'step',
        text: 'Straighten the knee fully by pushing it back against the band.',
      },
      {
        type: 'step',
        text: 'Hold for two seconds, squeezing the thigh muscle.',
      },
      { type: 'step', text: 'Let the knee bend slowly back to the start.' },
      {
        type: 'form_cue',
        text: 'Keep your heel on the floor and your weight on the working leg.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall; do not lean forward or push your hips back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you straighten the knee and breathe in as it bends.',
      },
      { type: 'safety', text: 'Check the anchor is secure before you start.' },
      {
        type: 'safety',
        text: 'Stop if you feel pain at the front or back of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for weight-bearing and any brace.",
      },
      {
        condition: 'Knee Hyperextension',
        severity: 'warning',
        note: 'Straighten only to level; do not push the knee back past straight.',
      },
      latexAllergy,
    ],
  },
];
