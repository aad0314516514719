import type { LibraryExercise } from '../library-exercise';
import {
  recentNeckTraumaNotYetAssessed,
  signsOfCervicalMyelopathy,
} from '../common-contraindications';

/** Platform exercises for the cervical spine. */
export const neckExercises: readonly LibraryExercise[] = [
  {
    slug: 'chin-tuck',
    name: 'Chin Tuck',
    description:
      'You glide your head straight back to make a double chin, then hold. It trains the deep muscles at the front of the neck that support the head and helps with a forward-head posture.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall in a chair with your back supported, or lie on your back with your head on a thin pillow.',
      },
      {
        type: 'step',
        text: 'Keeping your eyes level, slide your head straight back as if making a double chin.',
      },
      { type: 'step', text: 'Hold for five seconds.' },
      { type: 'step', text: 'Relax back to the start position.' },
      {
        type: 'form_cue',
        text: 'Move straight back, not down; do not nod your chin toward your chest.',
      },
      { type: 'form_cue', text: 'Keep your jaw and shoulders relaxed.' },
      {
        type: 'breathing',
        text: 'Breathe normally while you hold; do not hold your breath.',
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
        note: 'Do not perform; clumsy hands, unsteady walking, or tingling in both arms or legs need a medical review first.',
      },
      {
        condition: 'Recent Neck Trauma Not Yet Assessed',
        severity: 'contraindicated',
        note: 'After a fall or accident, do not exercise the neck until a doctor has ruled out a fracture.',
      },
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Make the movement smaller and stop if symptoms travel further down the arm.',
      },
    ],
  },
  {
    slug: 'cervical-rotation',
    name: 'Cervical Rotation',
    description:
      'You turn your head slowly to look over each shoulder. It keeps the neck moving freely and eases stiffness.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall in a chair with your feet flat and your shoulders relaxed.',
      },
      {
        type: 'step',
        text: 'Slowly turn your head to look over one shoulder, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Pause for two seconds, then turn back through the middle to the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin level; turn the head rather than tipping it.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders still and facing forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn and breathe in as you come back to the middle.',
      },
      {
        type: 'safety',
        text: 'Stop straight away and seek medical advice if you feel dizzy or sick, see double, or have trouble speaking or swallowing.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Turn slowly through a small range and stay seated; stop if the room starts to spin and wait until it passes.',
      },
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: "Do not perform; these signs can point to a problem with the neck's blood supply and need urgent medical assessment.",
      },
      recentNeckTraumaNotYetAssessed,
    ],
  },
  {
    slug: 'upper-trapezius-stretch',
    name: 'Upper Trapezius Stretch',
    description:
      'You tilt your head to one side to stretch the muscle that runs from the neck to the top of the shoulder. It eases neck and shoulder tension, for example after desk work.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['cervical-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair and hold the edge of the seat with the hand on the side you are stretching.',
      },
      {
        type: 'step',
        text: 'Tilt your head to bring your ear toward the opposite shoulder until you feel a gentle stretch along the side of the neck.',
      },
      {
        type: 'step',
        text: 'For a little more stretch, rest your free hand lightly on the side of your head without pulling.',
      },
      {
        type: 'step',
        text: 'Hold for about 30 seconds, then bring your head slowly back to the middle.',
      },
      {
        type: 'form_cue',
        text: 'Keep your nose pointing forward and your shoulders level.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the shoulder drop a little further with each breath out.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pins and needles, numbness or pain running down the arm.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Leave out the hand on the head, keep the tilt small, and stop if arm symptoms increase.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Tilt the head slowly and bring it back to the middle just as slowly.',
      },
      signsOfCervicalMyelopathy,
    ],
  },
];
