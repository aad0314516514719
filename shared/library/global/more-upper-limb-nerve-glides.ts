import type { LibraryExercise } from '../library-exercise';

/**
 * Platform nerve gliding exercises for the arm. Each moves the median,
 * ulnar or radial nerve gently along its path by combining neck, shoulder,
 * elbow and wrist positions; they are for easing sensitivity, not for
 * stretching, so the movement stays smooth and symptoms must settle fast.
 */
export const nerveGlideExercises: readonly LibraryExercise[] = [
  {
    slug: 'median-nerve-glide',
    name: 'Median Nerve Glide',
    description:
      'You take your arm out to the side with the palm up and move the wrist and neck together so the nerve slides gently. It can ease tingling and tightness along the front of the arm and hand, such as in carpal tunnel syndrome.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['wrist-hand', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand or sit tall with the affected arm out to the side below shoulder height, elbow bent and palm facing up.',
      },
      {
        type: 'step',
        text: 'Straighten the elbow and bend the wrist back so the fingers point toward the floor, while tilting your head toward that arm.',
      },
      {
        type: 'step',
        text: 'Then bend the elbow and wrist forward again while tilting your head away.',
      },
      {
        type: 'step',
        text: 'Move between the two positions slowly and rhythmically for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder down and away from your ear throughout.',
      },
      {
        type: 'form_cue',
        text: 'Move only into a mild pulling feeling; never hold at the end.',
      },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Stop if tingling or numbness increases or lasts more than a few minutes after you finish.',
      },
    ],
    contraindications: [
      {
        condition: 'Cervical Myelopathy Signs',
        severity: 'contraindicated',
        note: 'Do not perform; clumsiness of both hands, unsteady walking or symptoms in both arms need prompt medical assessment.',
      },
      {
        condition: 'Worsening Weakness or Numbness in the Arm',
        severity: 'contraindicated',
        note: 'Stop and see your doctor or physiotherapist before continuing.',
      },
      {
        condition: 'Irritable Nerve Symptoms',
        severity: 'warning',
        note: 'Use a smaller movement, leave out the head tilt, and reduce the repetitions.',
      },
    ],
  },
  {
    slug: 'ulnar-nerve-glide',
    name: 'Ulnar Nerve Glide',
    description:
      'Starting with your hand in an OK sign, you bend the elbow and bring the ring over your eye like a mask, then release. It moves the nerve behind the inner elbow and can ease tingling in the ring and little fingers.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand or sit tall with the affected arm out to the side at shoulder height, elbow straight and palm facing forward.',
      },
      {
        type: 'step',
        text: 'Make an OK sign by touching the tips of your thumb and index finger.',
      },
      {
        type: 'step',
        text: 'Bend the elbow and turn the hand so that the circle of the OK sign comes toward your eye, with the fingers resting along your cheek.',
      },
      {
        type: 'step',
        text: 'Straighten the elbow again and open the hand, moving smoothly between the two positions.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder down and the neck relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Go only as far as a mild pull or tingle; the movement should feel easy.',
      },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Stop if tingling in the ring and little fingers builds or lasts after you finish.',
      },
    ],
    contraindications: [
      {
        condition: 'Cervical Myelopathy Signs',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need prompt medical assessment.',
      },
      {
        condition: 'Ulnar Nerve Subluxation or Recent Ulnar Nerve Surgery',
        severity: 'warning',
        note: "Follow the surgeon's or physiotherapist's advice on how far the elbow may bend.",
      },
      {
        condition: 'Worsening Weakness or Numbness in the Hand',
        severity: 'contraindicated',
        note: 'Stop and see your doctor or physiotherapist before continuing.',
      },
    ],
  },
  {
    slug: 'radial-nerve-glide',
    name: 'Radial Nerve Glide',
    description:
      'With your arm by your side, you press the shoulder down, straighten the elbow, turn the palm back and bend the wrist, then release. It moves the nerve along the back and outside of the arm and can help arm pain that behaves like a stubborn tennis elbow.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['elbow', 'wrist-hand'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall with the affected arm relaxed by your side.',
      },
      { type: 'step', text: 'Gently draw the shoulder down toward the floor.' },
      {
        type: 'step',
        text: 'Keeping the elbow straight, turn the palm to face backward and out, then bend the wrist and fingers so the palm faces up behind you.',
      },
      {
        type: 'step',
        text: 'Release the wrist and shoulder, then repeat the movement smoothly for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head upright; tilting it away increases the stretch, so add that only if your physiotherapist suggests it.',
      },
      {
        type: 'form_cue',
        text: 'Move in and out of the position rather than holding it.',
      },
      { type: 'breathing', text: 'Breathe slowly and evenly throughout.' },
      {
        type: 'safety',
        text: 'Stop if pain, tingling or numbness spreads or lasts after you finish.',
      },
    ],
    contraindications: [
      {
        condition: 'Cervical Myelopathy Signs',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need prompt medical assessment.',
      },
      {
        condition: 'Irritable Nerve Symptoms',
        severity: 'warning',
        note: 'Use a smaller movement and fewer repetitions.',
      },
      {
        condition: 'Worsening Weakness or Numbness in the Arm',
        severity: 'contraindicated',
        note: 'Stop and see your doctor or physiotherapist before continuing.',
      },
    ],
  },
];
