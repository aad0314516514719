import type { LibraryExercise } from '../library-exercise';
import {
  recentNeckTraumaNotYetAssessed,
  signsOfCervicalMyelopathy,
} from '../common-contraindications';

/**
 * Platform neck isometrics in each direction, then retraction
 * progressions toward end-range movement.
 */
export const cervicalIsometricExercises: readonly LibraryExercise[] = [
  {
    slug: 'cervical-isometric-flexion',
    name: 'Cervical Isometric Flexion',
    description:
      'You press your forehead gently into your hand without letting the head move. It strengthens the front neck muscles without moving a sore neck.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair with your head level and a light chin tuck.',
      },
      {
        type: 'preparation',
        text: 'Place the palm of one hand flat on your forehead.',
      },
      {
        type: 'step',
        text: 'Press your forehead gently forward into your hand while the hand resists, so your head does not move.',
      },
      {
        type: 'step',
        text: 'Build up the effort slowly and hold for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Ease off slowly and relax before the next press.',
      },
      {
        type: 'form_cue',
        text: 'Use only a light to moderate effort; the head stays completely still.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders relaxed and level.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily as you press; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if the press causes sharp pain, a headache, or pain spreading into the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'Do not exercise the neck until a doctor has ruled out a fracture or ligament injury.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a light effort, keep the holds short and breathe throughout.',
      },
    ],
  },
  {
    slug: 'cervical-isometric-extension',
    name: 'Cervical Isometric Extension',
    description:
      'With your hands clasped behind your head, you press your head back into them without moving. It strengthens the muscles at the back of the neck that hold the head upright.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair with your head level and a light chin tuck.',
      },
      {
        type: 'preparation',
        text: 'Clasp your hands and rest them on the back of your head.',
      },
      {
        type: 'step',
        text: 'Press the back of your head gently into your hands while the hands resist, so nothing moves.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan.',
      },
      { type: 'step', text: 'Ease off slowly and relax.' },
      {
        type: 'form_cue',
        text: 'Keep your chin level; do not tip your head back or look up.',
      },
      {
        type: 'form_cue',
        text: 'Let your elbows point forward and your shoulders stay down.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily as you press; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain, dizziness, or pain spreading into the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'Do not exercise the neck until a doctor has ruled out a fracture or ligament injury.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a light effort, keep the holds short and breathe throughout.',
      },
      {
        condition: 'Shoulder Pain Raising the Arms',
        severity: 'warning',
        note: 'Lean back against a high-backed chair or a wall and press your head into a folded towel instead.',
      },
    ],
  },
  {
    slug: 'cervical-isometric-side-flexion',
    name: 'Cervical Isometric Side Flexion',
    description:
      'You press the side of your head into your hand without letting it tilt. It strengthens the muscles along the sides of the neck, which help keep the head centred.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair with your head level and your shoulders relaxed.',
      },
      {
        type: 'preparation',
        text: 'Place one palm flat against the side of your head, just above the ear.',
      },
      {
        type: 'step',
        text: 'Press your head sideways into your hand while the hand resists, so your head stays upright.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then ease off slowly.',
      },
      { type: 'step', text: 'Repeat on the other side.' },
      {
        type: 'form_cue',
        text: 'Keep your nose pointing forward and your ears level.',
      },
      {
        type: 'form_cue',
        text: 'Do not shrug the shoulder on the pressing side.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily as you press; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain, or tingling or numbness in the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'Do not exercise the neck until a doctor has ruled out a fracture or ligament injury.',
      },
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Start with the painless side only and use a very light press.',
      },
    ],
  },
  {
    slug: 'cervical-isometric-rotation',
    name: 'Cervical Isometric Rotation',
    description:
      'With a hand on the side of your forehead, you try to turn your head while the hand stops it moving. It strengthens the small muscles that turn and steady the head.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair with your head level and a light chin tuck.',
      },
      {
        type: 'preparation',
        text: 'Place one palm on the side of your forehead, just beside the eye.',
      },
      {
        type: 'step',
        text: 'Try to turn your head toward the hand while the hand resists, so no movement happens.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then ease off slowly.',
      },
      {
        type: 'step',
        text: 'Repeat with the other hand, turning the other way.',
      },
      {
        type: 'form_cue',
        text: 'Keep the effort gentle and even; the head must not twist.',
      },
      {
        type: 'form_cue',
        text: 'Keep your eyes looking straight ahead and your shoulders still.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily as you press; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel dizzy, sick, or notice any change in vision or speech, and seek medical advice.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'Do not exercise the neck until a doctor has ruled out a fracture or ligament injury.',
      },
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need urgent medical assessment.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a light effort, keep the holds short and breathe throughout.',
      },
    ],
  },
  {
    slug: 'cervical-retraction-with-overpressure',
    name: 'Cervical Retraction with Overpressure',
    description:
      'You glide your head straight back into a chin tuck and then add a gentle push with your fingers on your chin. It is a step up from a plain chin tuck, used when moving the head back eases neck or arm symptoms.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair with your back supported and your eyes level.',
      },
      {
        type: 'step',
        text: 'Glide your head straight back as far as is comfortable, making a double chin.',
      },
      {
        type: 'step',
        text: 'Place two fingers on your chin and press gently backward to take the movement a little further.',
      },
      {
        type: 'step',
        text: 'Hold for one to two seconds, then release and let your head return to neutral.',
      },
      {
        type: 'form_cue',
        text: 'Push straight back along a level line; do not tip your chin down or up.',
      },
      {
        type: 'form_cue',
        text: 'Let the fingers guide, not force; the pressure should be light.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you press back and breathe in as you release.',
      },
      {
        type: 'safety',
        text: 'Stop if pain moves further down the arm; symptoms that shrink toward the neck are usually a good sign.',
      },
    ],
    contraindications: [
      signsOfCervicalMyelopathy,
      recentNeckTraumaNotYetAssessed,
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Leave out the finger pressure until your physiotherapist has checked how your symptoms respond.',
      },
    ],
  },
  {
    slug: 'cervical-retraction-with-extension',
    name: 'Cervical Retraction with Extension',
    description:
      'You glide your head back into a chin tuck and then slowly tip your head back to look at the ceiling. Your physiotherapist uses it as a later retraction step for neck pain that improves with moving the head backward.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair with your back supported and your feet flat.',
      },
      {
        type: 'preparation',
        text: 'Start only when the plain chin tuck moves freely and does not increase your symptoms.',
      },
      {
        type: 'step',
        text: 'Glide your head straight back into a full chin tuck.',
      },
      {
        type: 'step',
        text: 'Keeping the tuck, slowly tip your head back to look up toward the ceiling as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Pause briefly, then bring your head forward to level and release the tuck.',
      },
      {
        type: 'form_cue',
        text: 'Always tuck first, then tip back; the movement should feel like the head rolls back on a hinge.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly and keep your mouth gently closed.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you tip back and breathe out as you return to level.',
      },
      {
        type: 'safety',
        text: 'Stop straight away and seek medical advice if you feel dizzy or sick, see double, or have trouble speaking or swallowing.',
      },
      {
        type: 'safety',
        text: 'Stop if pain spreads further into the arm.',
      },
    ],
    contraindications: [
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: 'Do not perform; these signs can point to a problem with the neck blood vessels and need urgent medical assessment.',
      },
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not perform; tipping the head back can compress the spinal cord further.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep the range small and move slowly; stop if the room starts to spin.',
      },
      {
        condition: 'Cervical Facet Joint Pain or Stenosis',
        severity: 'warning',
        note: 'Tipping back often aggravates these; keep the range small and stop if symptoms increase.',
      },
    ],
  },
];
