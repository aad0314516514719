import type { LibraryExercise } from '../library-exercise';
import {
  kneePainWhenKneeling,
  latexAllergy,
  signsOfCervicalMyelopathy,
  wristPain,
} from '../common-contraindications';

/**
 * Platform exercises that retrain the deep neck flexors and the shoulder
 * blade muscles that support the neck, from lying to loaded rows.
 */
export const cervicalDeepNeckExercises: readonly LibraryExercise[] = [
  {
    slug: 'supine-craniocervical-flexion',
    name: 'Supine Craniocervical Flexion',
    description:
      'Lying on your back, you make a tiny nod as if saying "yes" and hold it gently. It switches on the deep muscles at the front of the neck that hold the head steady, which are often weak in people with neck pain or headaches.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Rest your head on a thin folded towel so your face is level and your neck is not tipped back.',
      },
      {
        type: 'step',
        text: 'Slowly nod your chin a small way toward your throat, as if gently saying "yes".',
      },
      {
        type: 'step',
        text: 'Hold the nod lightly for the time set in your plan.',
      },
      { type: 'step', text: 'Relax fully, then repeat.' },
      {
        type: 'form_cue',
        text: 'Keep the back of your head resting on the towel; do not lift or push it down hard.',
      },
      {
        type: 'form_cue',
        text: 'Keep the muscles at the front and sides of your neck soft; the effort should feel deep and small.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally through the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel dizzy, or if pain or tingling spreads into your arms.',
      },
    ],
    contraindications: [
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not perform; clumsy hands, unsteady walking or tingling in both arms need a medical review first.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells flat on your back; do the same nod sitting tall with your head against a wall.',
      },
    ],
  },
  {
    slug: 'deep-neck-flexor-head-lift',
    name: 'Deep Neck Flexor Head Lift',
    description:
      'Lying on your back, you tuck your chin and lift your head just off the pillow, then hold. It builds endurance in the deep front neck muscles once the gentle nod has become easy.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and a thin towel under your head.',
      },
      {
        type: 'preparation',
        text: 'Make sure you can already hold the small chin nod comfortably before trying this step.',
      },
      {
        type: 'step',
        text: 'Nod your chin gently toward your throat and keep it there.',
      },
      {
        type: 'step',
        text: 'Keeping the nod, lift your head no more than two centimetres off the towel.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then lower your head and relax.',
      },
      {
        type: 'form_cue',
        text: 'Keep the chin tucked the whole time; if it pokes up toward the ceiling, lower your head and rest.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders and jaw relaxed on the mat.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if the neck shakes strongly, if you get a headache, or if you feel dizzy.',
      },
    ],
    contraindications: [
      signsOfCervicalMyelopathy,
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Stay with the gentle nod in lying until arm symptoms have settled.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the holds short and breathe throughout; check with your doctor before sustained holds.',
      },
    ],
  },
  {
    slug: 'quadruped-cervical-retraction',
    name: 'Quadruped Cervical Retraction',
    description:
      'On hands and knees, you draw your head back in line with your spine and then let it drift forward again. It trains the neck to hold its position against gravity, a step beyond doing chin tucks lying down.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['cervical-spine', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, hands under your shoulders and knees under your hips.',
      },
      {
        type: 'preparation',
        text: 'Look at the floor just in front of your hands.',
      },
      {
        type: 'step',
        text: 'Let your head hang a little so your chin drops toward your chest.',
      },
      {
        type: 'step',
        text: 'Draw your head back up until it lines up with your upper back, with a slight chin tuck.',
      },
      {
        type: 'step',
        text: 'Hold for two seconds, then lower slowly and repeat.',
      },
      {
        type: 'form_cue',
        text: 'Keep your face toward the floor; do not look up or tip your head back.',
      },
      {
        type: 'form_cue',
        text: 'Press the floor gently away so your shoulder blades do not sink.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you draw your head back and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel dizzy or if pain spreads into your arms.',
      },
    ],
    contraindications: [
      wristPain,
      kneePainWhenKneeling,
      signsOfCervicalMyelopathy,
    ],
  },
  {
    slug: 'scapular-setting-for-neck-pain',
    name: 'Scapular Setting for Neck Pain',
    description:
      'Sitting tall, you gently set your shoulder blades back and down and let the tops of your shoulders relax. It takes strain off the neck muscles by letting the muscles around the shoulder blade carry the arms.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine', 'thoracic-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair with your feet flat and your forearms resting on your thighs.',
      },
      {
        type: 'step',
        text: 'Lift your breastbone slightly so you sit up without arching your lower back.',
      },
      {
        type: 'step',
        text: 'Draw your shoulder blades gently back and down, using about a third of your full effort.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan while letting the tops of your shoulders soften.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin level and your neck long; the neck muscles should stay relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Think of widening across the collarbones rather than squeezing the blades together hard.',
      },
      {
        type: 'breathing',
        text: 'Breathe low and easy during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease off if the squeeze brings on neck pain or tingling in the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Use a very light effort and stop if symptoms travel further down the arm.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol and keep any sling on if it is required.",
      },
    ],
  },
  {
    slug: 'banded-low-row-with-chin-tuck',
    name: 'Banded Low Row with Chin Tuck',
    description:
      'Holding a resistance band anchored in front of you, you pull your elbows back while keeping a light chin tuck. It strengthens the mid and lower shoulder blade muscles and teaches the neck to stay in position while the arms work.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['cervical-spine', 'thoracic-spine', 'shoulder'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band in a closed door at about waist height and stand facing it, holding one end in each hand with arms straight.',
      },
      {
        type: 'preparation',
        text: 'Step back until the band is just taut, and set a light chin tuck.',
      },
      {
        type: 'step',
        text: 'Pull your elbows back past your sides, drawing your shoulder blades back and down.',
      },
      { type: 'step', text: 'Pause for a moment at the end of the pull.' },
      {
        type: 'step',
        text: 'Let your arms straighten slowly over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin gently tucked and your neck long; do not let your head poke forward as you pull.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders away from your ears and your ribs down.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you pull and breathe in as your arms return.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and the anchor for security before every session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel neck pain or pain, numbness or tingling in the arms.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Use the lightest band, keep the range small and stop if arm symptoms increase.',
      },
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'contraindicated',
        note: "Do not perform resisted pulling until the surgeon's protocol or your physiotherapist allows it.",
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
    slug: 'supine-chin-tuck-on-foam-roller',
    name: 'Supine Chin Tuck on Foam Roller',
    description:
      'Lying along a foam roller with your head supported on it, you make a gentle chin tuck while your chest opens. It combines deep neck muscle work with an open, upright upper-back position.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine', 'thoracic-spine'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at one end of a full-length foam roller placed lengthways on a mat, then lie back so the roller runs along your spine from tailbone to head.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees, put your feet flat and wide for balance, and rest your arms on the floor slightly out from your sides, palms up.',
      },
      {
        type: 'step',
        text: 'Gently nod your chin toward your throat so the back of your neck lengthens along the roller.',
      },
      {
        type: 'step',
        text: 'Hold the tuck for the time set in your plan, letting your chest widen.',
      },
      { type: 'step', text: 'Relax the tuck, then repeat.' },
      {
        type: 'form_cue',
        text: 'Keep the back of your head resting on the roller; do not press it down.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back relaxed and your feet planted so you stay centred.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly into your lower ribs during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Roll carefully off to one side to get up, and stop if you feel dizzy or if your arms tingle.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not lie on the roller; do the chin tuck lying on the floor with a thin pillow instead.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do the chin tuck sitting against a wall.',
      },
      {
        condition: 'Poor Balance or Difficulty Getting Down to the Floor',
        severity: 'warning',
        note: 'Use a half-round roller or do the exercise on the floor with a folded towel along the spine.',
      },
    ],
  },
];
