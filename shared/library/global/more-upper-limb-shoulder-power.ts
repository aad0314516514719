import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform exercises for the later stages of shoulder rehabilitation:
 * lifting the arm overhead under load, then catching, throwing and
 * pushing off fast, as work and sport demand.
 */
export const shoulderPowerExercises: readonly LibraryExercise[] = [
  {
    slug: 'theraband-shoulder-flexion',
    name: 'TheraBand Shoulder Flexion',
    description:
      'Standing on a TheraBand, you raise your straight arm forward to shoulder height against its pull. It strengthens the front of the shoulder for reaching and lifting in front of you.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on one end of the TheraBand and hold the other end by your side, palm facing in.',
      },
      {
        type: 'step',
        text: 'Raise the straight arm forward, thumb up, to shoulder height.',
      },
      { type: 'step', text: 'Pause, then lower slowly against the band.' },
      {
        type: 'form_cue',
        text: 'Keep the elbow straight but soft and the shoulder down, away from your ear.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall and do not lean back as the arm rises.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and keep your foot firmly on it.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a pinch at the front of the shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Use a lighter band and stop below the painful range.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when resisted lifting may begin.",
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
    slug: 'seated-dumbbell-overhead-press',
    name: 'Seated Dumbbell Overhead Press',
    description:
      'Sitting tall, you press dumbbells from shoulder height up above your head. It builds the strength needed to lift things onto high shelves and to use the arms overhead.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair with your feet flat and a dumbbell in each hand at shoulder height, palms facing forward or toward each other.',
      },
      {
        type: 'step',
        text: 'Press the dumbbells up until your arms are straight above your shoulders.',
      },
      {
        type: 'step',
        text: 'Pause, then lower slowly back to shoulder height.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your back against the chair; do not arch to finish the press.',
      },
      {
        type: 'form_cue',
        text: 'Keep the wrists straight and stacked over the elbows.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you press up and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching at the top of the shoulder or pain in the neck.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Use a neutral grip, lighter weights and stop below the painful range.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows loaded overhead work.",
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use light weights, keep breathing and avoid straining until blood pressure is controlled.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 80,
      endAngleDegrees: 170,
      sides: 'both',
    },
  },
  {
    slug: 'swiss-ball-chest-pass',
    name: 'Swiss Ball Chest Pass',
    description:
      'Standing facing a wall, you throw a Swiss ball from your chest against the wall and catch it as it rebounds. It trains the shoulders and arms to produce and absorb force quickly.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand about one to two metres from a solid wall with your feet hip-width apart and a Swiss ball held at your chest.',
      },
      {
        type: 'preparation',
        text: 'Warm up first with a few slow push-ups or band rows.',
      },
      {
        type: 'step',
        text: 'Push the ball quickly away from your chest so it hits the wall at chest height.',
      },
      {
        type: 'step',
        text: 'Catch the ball as it comes back, letting your elbows bend to soften the catch.',
      },
      {
        type: 'step',
        text: 'Go straight into the next throw in a steady rhythm.',
      },
      {
        type: 'form_cue',
        text: 'Keep your elbows slightly below shoulder height and your trunk upright.',
      },
      {
        type: 'form_cue',
        text: 'Catch with soft hands and bent elbows; do not let the ball knock your arms straight.',
      },
      { type: 'breathing', text: 'Breathe out sharply with each throw.' },
      {
        type: 'safety',
        text: 'Clear the space around you and stop if you feel shoulder or elbow pain.',
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
        note: "Do not perform until the surgeon's protocol allows throwing-type work.",
      },
      {
        condition: 'Wrist or Finger Injury',
        severity: 'warning',
        note: 'Throw more gently from a shorter distance, or leave the exercise out until the hand can catch without pain.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 70,
      endAngleDegrees: 170,
      sides: 'both',
    },
  },
  {
    slug: 'swiss-ball-overhead-wall-throw',
    name: 'Swiss Ball Overhead Wall Throw',
    description:
      'Holding a Swiss ball above your head with both hands, you throw it at a wall and catch it on the rebound. It builds fast, controlled power through the shoulders and trunk for overhead sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric'],
    bodyRegions: ['shoulder', 'abdominals'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand about two metres from a solid wall with one foot slightly ahead of the other.',
      },
      {
        type: 'preparation',
        text: 'Hold a Swiss ball in both hands above and slightly behind your head, elbows bent.',
      },
      {
        type: 'step',
        text: 'Throw the ball forward against the wall, as in a football throw-in.',
      },
      {
        type: 'step',
        text: 'Catch it above your head as it rebounds, letting the arms give a little to absorb it.',
      },
      { type: 'step', text: 'Reset your position before the next throw.' },
      {
        type: 'form_cue',
        text: 'Start the throw from the trunk and let the arms follow through.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and avoid arching your lower back at the catch.',
      },
      { type: 'breathing', text: 'Breathe out sharply with each throw.' },
      {
        type: 'safety',
        text: 'Clear the area and use a wall with nothing breakable nearby.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel shoulder pain or a catch at the top of the throw.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared fast overhead loading.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Swap to the chest pass until overhead movement is pain-free.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Throw from a kneeling position or leave out until the back settles.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 170,
      endAngleDegrees: 110,
      sides: 'both',
    },
  },
  {
    slug: 'swiss-ball-overhead-wall-dribble',
    name: 'Swiss Ball Overhead Wall Dribble',
    description:
      'With one straight arm raised in front of a wall, you bounce a Swiss ball against the wall in quick small taps. It builds endurance and fast reactions in the shoulder muscles with the arm overhead.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 90,
    categories: ['plyometric'],
    bodyRegions: ['shoulder', 'wrist-hand'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall, close enough to hold a Swiss ball against it with one arm raised above shoulder height.',
      },
      {
        type: 'step',
        text: 'Tap the ball against the wall in quick, small bounces using your hand and wrist.',
      },
      {
        type: 'step',
        text: 'Keep the rhythm for the time set in your plan, then let the arm down and rest.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbow nearly straight and the shoulder blade set back and down.',
      },
      {
        type: 'form_cue',
        text: 'Keep the bounces small and even; the ball should barely leave the wall.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop when the rhythm breaks down or the shoulder starts to ache.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Lower the arm to shoulder height and shorten the bout.',
      },
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared fast overhead work.',
      },
      {
        condition: 'Wrist or Finger Injury',
        severity: 'warning',
        note: 'Tap with the flat of the palm and leave out if the hand is painful.',
      },
    ],
  },
  {
    slug: 'kneeling-plyometric-push-up',
    name: 'Kneeling Plyometric Push-up',
    description:
      'From a push-up position on your knees, you push up so hard that your hands leave the floor, then land softly. It trains the shoulders and arms to generate and absorb force quickly.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat and place your hands under your shoulders, body straight from head to knees.',
      },
      { type: 'preparation', text: 'Warm up first with a few slow push-ups.' },
      { type: 'step', text: 'Lower your chest toward the mat.' },
      {
        type: 'step',
        text: 'Push up quickly and firmly so your hands just leave the floor.',
      },
      {
        type: 'step',
        text: 'Land softly with bent elbows and go straight into the next lowering.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk straight; the push comes from the arms and chest, not from the hips.',
      },
      {
        type: 'form_cue',
        text: 'Land with soft elbows and your hands under your shoulders.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out sharply as you push.',
      },
      {
        type: 'safety',
        text: 'Stop if your wrists or shoulders hurt, or if you cannot land under control.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared fast loading of the shoulder.',
      },
      {
        condition: 'Wrist Pain or Recent Wrist Fracture',
        severity: 'contraindicated',
        note: 'Do not perform; practise the wall push-off instead once cleared.',
      },
      {
        condition: 'Knee Pain with Kneeling',
        severity: 'warning',
        note: 'Kneel on a folded towel, or do the wall push-off instead.',
      },
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
];
