import type { LibraryExercise } from '../library-exercise';
import { kneePainWhenKneeling, wristPain } from '../common-contraindications';

/**
 * Platform motor control exercises for the lower back: switching on the
 * transversus abdominis and multifidus, then holding them while the
 * legs and arms move.
 */
export const lumbarMotorControlExercises: readonly LibraryExercise[] = [
  {
    slug: 'transversus-abdominis-drawing-in',
    name: 'Transversus Abdominis Drawing-in',
    description:
      'Lying on your back, you gently draw your lower stomach in toward your spine and hold it while breathing. It teaches you to switch on the deepest stomach muscle, which supports the lower back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat, hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Place your fingertips just inside your hip bones, on the soft part of your lower stomach.',
      },
      {
        type: 'step',
        text: 'Breathe in, then as you breathe out gently draw your lower stomach in, away from your fingers.',
      },
      {
        type: 'step',
        text: 'Hold the gentle tension while you keep breathing, for the time set in your plan.',
      },
      { type: 'step', text: 'Relax completely, then repeat.' },
      {
        type: 'form_cue',
        text: 'Use only about a quarter of your effort; you should feel a light tension under your fingers, not a bulge.',
      },
      {
        type: 'form_cue',
        text: 'Keep your pelvis and lower back still; do not flatten the back or tuck the tailbone.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing into your lower ribs during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or stomach.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Abdominal Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol; gentle activation is often allowed early, but check first.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the same drawing-in lying on your side, sitting, or on hands and knees.',
      },
    ],
  },
  {
    slug: 'drawing-in-with-heel-slide',
    name: 'Drawing-in with Heel Slide',
    description:
      'Holding a gentle drawing-in of the lower stomach, you slide one heel away along the floor and back. It trains the deep trunk muscles to keep the pelvis steady while the leg moves.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Gently draw your lower stomach in, as practised in lying.',
      },
      {
        type: 'step',
        text: 'Keeping the drawing-in, slowly slide one heel along the floor until the leg is nearly straight.',
      },
      {
        type: 'step',
        text: 'Slide it back to the start.',
      },
      { type: 'step', text: 'Repeat with the other leg.' },
      {
        type: 'form_cue',
        text: 'Keep your pelvis level and still; if it tips or rocks, shorten the slide.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back in its natural curve, neither arched nor pressed flat.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the heel slides away and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do seated leg lifts with drawing-in instead.',
      },
      {
        condition: 'Recent Abdominal Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol before adding leg movements.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 90,
      endAngleDegrees: 165,
      sides: 'alternating',
    },
  },
  {
    slug: 'bent-knee-fallout',
    name: 'Bent Knee Fallout',
    description:
      'Lying on your back with your knees bent, you let one knee fall slowly out to the side and bring it back while the pelvis stays still. It trains control of the pelvis and lower back with a small leg movement.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'lumbar-spine', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat, hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Rest your hands on the front of your hip bones to feel if the pelvis moves.',
      },
      {
        type: 'step',
        text: 'Gently draw in your lower stomach.',
      },
      {
        type: 'step',
        text: 'Let one knee fall slowly out to the side, only as far as your pelvis stays still under your hands.',
      },
      {
        type: 'step',
        text: 'Bring the knee back to the middle and repeat with the other leg.',
      },
      {
        type: 'form_cue',
        text: 'Keep both hip bones level, as if headlights are shining straight at the ceiling.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly in both directions; do not let the knee drop.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knee falls out and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the groin, hip or back.',
      },
    ],
    contraindications: [
      {
        condition: 'Groin Strain or Pubic Symphysis Pain',
        severity: 'warning',
        note: 'Keep the movement very small and stop if the groin or front of the pelvis hurts.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; practise pelvic control sitting on a ball instead.',
      },
    ],
  },
  {
    slug: 'prone-multifidus-activation',
    name: 'Prone Multifidus Activation',
    description:
      'Lying face down, you gently swell the small muscles beside your lower spine under your fingertips and hold. It retrains the multifidus, deep back muscles that often switch off after a back pain episode.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with a pillow under your stomach so your lower back is flat and comfortable.',
      },
      {
        type: 'preparation',
        text: 'Reach back and place your fingertips on either side of your lower spine, just above the pelvis.',
      },
      {
        type: 'step',
        text: 'Gently draw in your lower stomach, then imagine drawing your pelvis and lower ribs together without moving, so the muscles under your fingers swell.',
      },
      {
        type: 'step',
        text: 'Hold the gentle swelling while you keep breathing, for the time set in your plan.',
      },
      { type: 'step', text: 'Relax completely, then repeat.' },
      {
        type: 'form_cue',
        text: 'Use a very light effort; nothing should visibly move and the buttocks stay relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Try to feel both sides swell evenly.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing softly during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if lying face down increases your back pain or sends pain into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; practise the same activation lying on your side or on hands and knees.',
      },
      {
        condition: 'Shoulder Pain Reaching Behind the Back',
        severity: 'warning',
        note: 'Leave your arms by your sides and ask your physiotherapist to show you where to feel the muscle.',
      },
    ],
  },
  {
    slug: 'quadruped-abdominal-drawing-in',
    name: 'Quadruped Abdominal Drawing-in',
    description:
      'On hands and knees, you let your stomach relax toward the floor and then draw it gently up toward your spine. Working against gravity in this position makes it easier to feel the deep stomach muscle working.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, hands under your shoulders and knees under your hips.',
      },
      {
        type: 'preparation',
        text: 'Find a neutral back and let your stomach hang relaxed.',
      },
      {
        type: 'step',
        text: 'Breathe out and gently draw your belly button up toward your spine.',
      },
      {
        type: 'step',
        text: 'Hold while you keep breathing, for the time set in your plan.',
      },
      { type: 'step', text: 'Relax the stomach fully, then repeat.' },
      {
        type: 'form_cue',
        text: 'Keep your back still; do not round it up like a cat as you draw in.',
      },
      {
        type: 'form_cue',
        text: 'Keep your neck in line with your back, looking at the floor.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing into your lower ribs during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back, wrists or knees.',
      },
    ],
    contraindications: [wristPain, kneePainWhenKneeling],
  },
  {
    slug: 'supine-marching-with-bracing',
    name: 'Supine Marching with Bracing',
    description:
      'Lying on your back with your stomach gently braced, you lift one bent knee toward you and lower it, then the other. It trains the trunk to keep the lower back steady while the hips move.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat, hip-width apart.',
      },
      {
        type: 'preparation',
        text: 'Brace your stomach lightly, as if getting ready for a gentle poke in the belly.',
      },
      {
        type: 'step',
        text: 'Lift one foot off the floor and bring the knee up until the hip is bent to a right angle.',
      },
      {
        type: 'step',
        text: 'Lower the foot slowly back to the floor.',
      },
      { type: 'step', text: 'Repeat with the other leg, alternating sides.' },
      {
        type: 'form_cue',
        text: 'Keep your pelvis level and your lower back still as each leg lifts.',
      },
      {
        type: 'form_cue',
        text: 'Keep the brace light enough that you can still talk.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knee lifts and breathe in as the foot lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do seated marching instead.',
      },
      {
        condition: 'Abdominal Muscle Separation (Diastasis Recti)',
        severity: 'warning',
        note: 'Watch the middle of your stomach; if it domes, make the lift smaller.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 130,
      endAngleDegrees: 90,
      sides: 'alternating',
    },
  },
  {
    slug: 'prone-alternate-arm-and-leg-lift',
    name: 'Prone Alternate Arm and Leg Lift',
    description:
      'Lying face down, you lift one arm and the opposite leg a little off the floor and lower them. It strengthens the back extensor muscles and buttocks in a controlled, low-load way.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['lumbar-spine', 'glutes'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with a folded towel under your forehead and a thin pillow under your stomach if your back prefers it.',
      },
      {
        type: 'preparation',
        text: 'Stretch your arms forward on the mat and gently draw in your lower stomach.',
      },
      {
        type: 'step',
        text: 'Lift one arm and the opposite leg a few centimetres off the mat.',
      },
      { type: 'step', text: 'Hold for two seconds, then lower them slowly.' },
      {
        type: 'step',
        text: 'Repeat with the other arm and leg.',
      },
      {
        type: 'form_cue',
        text: 'Reach long rather than high; the leg lifts from the buttock with the knee straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep your forehead on the towel and your hips pressing evenly into the mat.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching in the lower back or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; do the bird dog on hands and knees instead.',
      },
      {
        condition: 'Spondylolisthesis or Facet Joint Pain',
        severity: 'warning',
        note: 'Lift only the arm or only the leg, keep the lift tiny, and stop if pain increases.',
      },
      {
        condition: 'Shoulder Pain Raising the Arms',
        severity: 'warning',
        note: 'Keep the arms by your sides and lift only the legs.',
      },
    ],
  },
];
