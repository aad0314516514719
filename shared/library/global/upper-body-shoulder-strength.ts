import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform strengthening for the rotator cuff and shoulder blade, from
 * side-lying rotation to plyometric work.
 */
export const shoulderStrengthExercises: readonly LibraryExercise[] = [
  {
    slug: 'shoulder-external-rotation',
    name: 'Shoulder External Rotation',
    description:
      'Lying on your side, you turn your forearm up toward the ceiling to strengthen the rotator cuff muscles at the back of the shoulder. These muscles keep the shoulder steady when you reach and lift.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat', 'dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your good side on a mat with a pillow under your head.',
      },
      {
        type: 'preparation',
        text: 'Tuck a small rolled towel between your top upper arm and your side, and bend that elbow to a right angle so the forearm rests across your stomach.',
      },
      {
        type: 'preparation',
        text: 'Begin with no weight; add a light dumbbell only when your physiotherapist suggests it.',
      },
      {
        type: 'step',
        text: 'Slowly turn the forearm up toward the ceiling, pivoting at the elbow, as far as is comfortable.',
      },
      { type: 'step', text: 'Pause for a moment at the top.' },
      {
        type: 'step',
        text: 'Lower the forearm back to your stomach over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow resting on the towel roll and bent at a right angle the whole time.',
      },
      {
        type: 'form_cue',
        text: 'Turn only the arm; do not roll your body backward to gain range.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the forearm rises and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain deep in the shoulder, or a painful catch or click.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Work through a smaller arc that stays comfortable, and end the set if the pain turns sharp.',
      },
      {
        condition: 'Acute Rotator Cuff Tear',
        severity: 'contraindicated',
        note: 'Leave this exercise out until a doctor has reviewed the tear and approved strengthening.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after a repair, active rotation is often limited for several weeks.",
      },
    ],
  },
  {
    slug: 'theraband-shoulder-external-rotation',
    name: 'TheraBand Shoulder External Rotation',
    description:
      'Standing with a TheraBand, you turn your forearm outward against the pull of the band. It builds rotator cuff strength upright and is the usual next step after the side-lying version.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the TheraBand in a closed door at elbow height and stand side-on to the door, working arm furthest from it.',
      },
      {
        type: 'preparation',
        text: 'Hold the band with your elbow bent to a right angle and a small rolled towel between the elbow and your side.',
      },
      {
        type: 'step',
        text: 'Turn your forearm out away from your body, keeping the elbow against the towel.',
      },
      {
        type: 'step',
        text: 'Pause, then let the forearm return slowly toward your stomach over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your wrist straight and your shoulder blade gently drawn back.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall and do not twist your trunk to help the arm.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn the arm out and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and the anchor for security before every session.',
      },
      { type: 'safety', text: 'Stop if you feel sharp pain in the shoulder.' },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Use a lighter band and a shorter range that stays pain-free.',
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
    slug: 'scapular-retraction',
    name: 'Scapular Retraction',
    description:
      'You gently draw your shoulder blades back and down, then hold. It wakes up the muscles between the shoulder blades that support an upright upper back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair or stand, with your arms relaxed by your sides.',
      },
      {
        type: 'step',
        text: 'Draw your shoulder blades back and slightly down, as if sliding them into your back pockets.',
      },
      { type: 'step', text: 'Hold for five seconds.' },
      { type: 'step', text: 'Relax fully before the next squeeze.' },
      {
        type: 'form_cue',
        text: 'Keep your chin level and your neck long; do not poke your head forward.',
      },
      {
        type: 'form_cue',
        text: 'Do not lift your shoulders toward your ears or arch your lower back.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease off if you feel neck pain or pain spreading down the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol, and keep the arm in its sling if one is required.",
      },
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Use a lighter squeeze and stop if pain or tingling travels further down the arm.',
      },
    ],
  },
  {
    slug: 'scapular-push-up-plus',
    name: 'Scapular Push-up Plus',
    description:
      'From a push-up position, you move only your shoulder blades, pushing your upper back up at the end. It strengthens the serratus anterior, the muscle that holds the shoulder blade flat against the ribs.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Get into a push-up position on a mat, on your knees or on your toes; you can also start standing with your hands on a wall.',
      },
      {
        type: 'preparation',
        text: 'Place your hands under your shoulders with your elbows straight.',
      },
      {
        type: 'step',
        text: 'Keeping your elbows straight, let your chest sink slightly so your shoulder blades move toward each other.',
      },
      {
        type: 'step',
        text: 'Push the floor away so your shoulder blades spread apart and your upper back rounds slightly.',
      },
      { type: 'step', text: 'Return slowly to the middle position.' },
      {
        type: 'form_cue',
        text: 'Keep your elbows straight; the movement is small and comes only from the shoulder blades.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head, back and hips in one line; do not let the hips sag.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push up and breathe in as you sink.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the shoulder or wrist, and go back to the wall version.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'contraindicated',
        note: 'Do not put weight through the arm until your surgeon or physiotherapist allows it.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Do the exercise against a wall, or on your fists, to reduce the bend at the wrist.',
      },
    ],
  },
  {
    slug: 'prone-y-t-w',
    name: 'Prone Y-T-W',
    description:
      'Lying face down, you lift your arms into the shapes of the letters Y, T and W. It strengthens the upper back and shoulder blade muscles that support posture and overhead arm use.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 240,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'thoracic-spine'],
    equipment: ['yoga-mat', 'dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with a folded towel under your forehead so your neck stays straight.',
      },
      {
        type: 'preparation',
        text: 'Start with no weight; add very light dumbbells only once all three letters feel easy.',
      },
      {
        type: 'step',
        text: 'Y: reach your arms overhead and out at an angle, thumbs up, and lift them just off the floor, then lower slowly.',
      },
      {
        type: 'step',
        text: 'T: hold your arms straight out to the sides, thumbs up, and lift them just off the floor, then lower slowly.',
      },
      {
        type: 'step',
        text: 'W: bend your elbows and draw them toward your sides, squeeze your shoulder blades together and lift the arms, then lower slowly.',
      },
      {
        type: 'form_cue',
        text: 'Start each lift by drawing your shoulder blades back and down, not by shrugging.',
      },
      {
        type: 'form_cue',
        text: 'Keep your forehead on the towel and your lower back relaxed; the lift is small.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching in the shoulder or pain in the lower back.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Leave out the Y, which takes the arm overhead, and keep the T and W below the painful range.',
      },
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared loaded work with the arm raised.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do not lie face down; do the same arm movements seated, leaning slightly forward from the hips.',
      },
    ],
  },
  {
    slug: 'plyometric-wall-push-off',
    name: 'Plyometric Wall Push-off',
    description:
      'Leaning toward a wall, you catch yourself on your hands and push away quickly. It trains the shoulders and arms to absorb and produce force fast, as sport and breaking a fall demand.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: "Stand facing a wall, about an arm's length away, with your feet hip-width apart.",
      },
      {
        type: 'preparation',
        text: 'Warm up first with a few slow wall push-ups.',
      },
      {
        type: 'step',
        text: 'Fall gently toward the wall and catch yourself with both hands at shoulder height, letting the elbows bend.',
      },
      {
        type: 'step',
        text: 'Push away quickly and firmly so your hands leave the wall and you return upright.',
      },
      {
        type: 'step',
        text: 'Catch yourself softly again and repeat in a steady rhythm.',
      },
      {
        type: 'form_cue',
        text: 'Keep your body straight from head to heels, tipping at the ankles rather than bending at the hips.',
      },
      {
        type: 'form_cue',
        text: 'Catch with soft elbows; do not let them snap straight.',
      },
      {
        type: 'breathing',
        text: 'Breathe out sharply as you push away and breathe in as you fall toward the wall.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel shoulder pain or a sense of the shoulder slipping.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared fast loading of the shoulder.',
      },
      {
        condition: 'Post-operative Shoulder, Elbow or Wrist Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows jumping or throwing-type work for the arm.",
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Stand closer to the wall so less load passes through the wrists.',
      },
    ],
  },
];
