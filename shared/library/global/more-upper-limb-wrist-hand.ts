import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform exercises that restore wrist and finger movement and grip:
 * active range after a cast or injury, tendon gliding, and early
 * strengthening of the grip and fingers.
 */
export const wristHandExercises: readonly LibraryExercise[] = [
  {
    slug: 'active-wrist-flexion-extension',
    name: 'Active Wrist Flexion and Extension',
    description:
      'With your forearm resting on a table, you bend your wrist up and down as far as is comfortable. It restores wrist movement after a fracture, a cast or a period of stiffness.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table with your forearm resting on it, palm down and the hand over the edge.',
      },
      {
        type: 'step',
        text: 'Lift the back of your hand slowly toward the ceiling as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Then let the hand drop down toward the floor as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Repeat the number set in your plan, then do the same with the palm facing up.',
      },
      {
        type: 'form_cue',
        text: 'Keep the forearm still on the table and the fingers relaxed.',
      },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Work into mild stiffness only and stop if pain becomes sharp.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: "Follow the surgeon's or fracture clinic's advice on when movement may start after the cast comes off.",
      },
      {
        condition: 'Complex Regional Pain Syndrome',
        severity: 'warning',
        note: 'Move gently within comfort and ask your physiotherapist to guide progression.',
      },
    ],
  },
  {
    slug: 'wrist-radial-ulnar-deviation',
    name: 'Wrist Radial and Ulnar Deviation',
    description:
      'With your forearm and hand resting flat on a table, you slide your hand from side to side like a windscreen wiper. It restores the side-to-side movement of the wrist.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit at a table with your forearm and hand resting flat on it, palm down.',
      },
      {
        type: 'step',
        text: 'Slide the hand toward the thumb side as far as is comfortable, keeping it flat.',
      },
      { type: 'step', text: 'Then slide it toward the little-finger side.' },
      {
        type: 'form_cue',
        text: 'Keep the forearm still; only the hand moves, bending at the wrist.',
      },
      { type: 'form_cue', text: 'Keep the fingers straight and together.' },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain on either side of the wrist.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start only when your surgeon or physiotherapist allows wrist movement.',
      },
      {
        condition: 'Triangular Fibrocartilage (TFCC) Injury',
        severity: 'warning',
        note: 'Avoid pushing toward the little-finger side until your physiotherapist allows it.',
      },
    ],
  },
  {
    slug: 'tendon-gliding',
    name: 'Tendon Gliding',
    description:
      'You move your fingers through a set of positions, from a straight hand to a hook, a full fist and a flat fist. It keeps the finger tendons sliding freely and is used for stiffness, after hand injuries and for carpal tunnel symptoms.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your elbow resting on a table and your hand pointing up, fingers straight and together.',
      },
      {
        type: 'step',
        text: 'Bend the fingers at the two end joints to make a hook, keeping the knuckles straight.',
      },
      {
        type: 'step',
        text: 'Curl into a full fist, then open back to a straight hand.',
      },
      {
        type: 'step',
        text: 'Bend only at the knuckles to make a tabletop with straight fingers, then make a flat fist with the fingertips touching the base of the palm.',
      },
      {
        type: 'step',
        text: 'Return to a straight hand between each position, and hold each one briefly.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly and make each shape as fully as you comfortably can.',
      },
      { type: 'form_cue', text: 'Keep the wrist straight throughout.' },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain or increasing tingling in the fingers.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Flexor Tendon Repair',
        severity: 'contraindicated',
        note: "Do not perform except as directed by your hand therapist's protocol.",
      },
      {
        condition: 'Inflammatory Arthritis Flare in the Hands',
        severity: 'warning',
        note: 'Move gently within comfort while the joints are hot or swollen.',
      },
    ],
  },
  {
    slug: 'towel-grip-squeeze',
    name: 'Towel Grip Squeeze',
    description:
      'You squeeze a rolled-up towel in your fist, hold, then let go. It strengthens grip for everyday tasks such as opening jars and carrying bags.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['isometric'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your forearm resting on a table and hold a rolled hand towel in your hand.',
      },
      { type: 'step', text: 'Squeeze the towel firmly with all your fingers.' },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax the hand completely.',
      },
      {
        type: 'form_cue',
        text: 'Keep the wrist straight or slightly bent back while you squeeze.',
      },
      {
        type: 'form_cue',
        text: 'Squeeze with a comfortable effort rather than as hard as you can.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the squeeze; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the fingers, thumb or wrist.',
      },
    ],
    contraindications: [
      {
        condition: 'Inflammatory Arthritis Flare in the Hands',
        severity: 'warning',
        note: 'Use a soft, thick roll and a light squeeze while the joints are inflamed.',
      },
      {
        condition: 'Recent Flexor Tendon Repair',
        severity: 'contraindicated',
        note: "Do not grip against resistance until your hand therapist's protocol allows it.",
      },
    ],
  },
  {
    slug: 'thumb-opposition',
    name: 'Thumb Opposition',
    description:
      'You touch the tip of your thumb to the tip of each finger in turn, making an O shape each time. It improves thumb movement and finger coordination for fine tasks like buttons and writing.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your elbow resting on a table and your hand open, fingers pointing up.',
      },
      {
        type: 'step',
        text: 'Touch the tip of your thumb to the tip of your index finger to make a round O.',
      },
      {
        type: 'step',
        text: 'Open the hand, then touch the thumb to the middle, ring and little fingers in turn.',
      },
      {
        type: 'step',
        text: 'Work back from the little finger to the index finger.',
      },
      {
        type: 'form_cue',
        text: 'Make a round O each time, tip to tip, rather than pressing the pads flat.',
      },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Stop if the base of the thumb becomes painful.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Thumb Ligament or Tendon Injury',
        severity: 'warning',
        note: "Follow your hand therapist's guidance on when thumb movement may begin.",
      },
      {
        condition: 'Thumb Base Arthritis Flare',
        severity: 'warning',
        note: 'Move within comfort and reduce the number of repetitions.',
      },
    ],
  },
  {
    slug: 'theraband-finger-extension',
    name: 'TheraBand Finger Extension',
    description:
      'With a loop of TheraBand around your fingers, you spread and straighten them against the band. It strengthens the muscles that open the hand, which balance the gripping muscles.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 90,
    categories: ['isotonic'],
    bodyRegions: ['wrist-hand'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Cut or fold a narrow strip of TheraBand and loop it around all four fingers and the thumb, near the fingertips.',
      },
      {
        type: 'preparation',
        text: 'Rest your forearm on a table with the fingers and thumb bunched together.',
      },
      {
        type: 'step',
        text: 'Open the hand by spreading and straightening the fingers and thumb against the band.',
      },
      {
        type: 'step',
        text: 'Pause, then let the fingers come back together slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep the wrist straight and still; only the fingers and thumb move.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you open the hand and breathe in as it closes.',
      },
      {
        type: 'safety',
        text: 'Make sure the band is not so tight that it changes the colour of your fingers.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Extensor Tendon Repair',
        severity: 'contraindicated',
        note: "Do not perform until your hand therapist's protocol allows resisted finger straightening.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'fingertip-pinch-hold',
    name: 'Fingertip Pinch Hold',
    description:
      'You pinch a folded cloth or a clothes peg between your thumb and each fingertip in turn and hold. It builds pinch strength for tasks like turning keys, holding a pen and doing up buttons.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your forearm resting on a table and hold a folded cloth or a light clothes peg.',
      },
      {
        type: 'step',
        text: 'Pinch it between the tip of your thumb and the tip of your index finger.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then release.',
      },
      {
        type: 'step',
        text: 'Repeat with the middle, ring and little fingers.',
      },
      {
        type: 'form_cue',
        text: 'Keep a round O shape; do not let the end joint of the thumb or finger collapse backward.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during each hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if the base of the thumb aches or the joints feel unstable.',
      },
    ],
    contraindications: [
      {
        condition: 'Thumb Base Arthritis',
        severity: 'warning',
        note: 'Use a light peg and short holds, and stop if pain builds.',
      },
      {
        condition: 'Recent Thumb Ligament Injury',
        severity: 'contraindicated',
        note: "Do not pinch against resistance until your hand therapist's protocol allows it.",
      },
    ],
  },
];
