import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises for the shoulder and shoulder blade, from early
 * pain-relief movement to loaded overhead work.
 */
export const shoulderExercises: readonly LibraryExercise[] = [
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
      {
        condition: 'Latex Allergy',
        severity: 'warning',
        note: 'Use a latex-free band.',
      },
    ],
  },
];
