import type { LibraryExercise } from '../library-exercise';
import {
  latexAllergy,
  suspectedDeepVeinThrombosis,
} from '../common-contraindications';

/**
 * Platform exercises for knee and hip control on one leg: sensing where the
 * knee is, then holding the pelvis steady against a pull and through a
 * turn.
 */
export const moreKneeHipBalanceControlExercises: readonly LibraryExercise[] = [
  {
    slug: 'knee-joint-position-sense-training',
    name: 'Knee Joint Position Sense Training',
    description:
      "Sitting with your eyes closed, you try to move your knee back to a position you held a moment before. After a knee injury or surgery the knee's sense of position is often dulled, and this practice helps restore it.",
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a high chair or table edge so your lower legs hang freely.',
      },
      {
        type: 'preparation',
        text: 'Put a strip of tape on the floor or a mark on the wall in front of you to act as a target, or ask someone to watch.',
      },
      {
        type: 'step',
        text: 'With your eyes open, straighten the knee partway, hold it still and take note of how it feels.',
      },
      {
        type: 'step',
        text: 'Let the leg hang down again and close your eyes.',
      },
      {
        type: 'step',
        text: 'With your eyes closed, move the knee back to the same position, then open your eyes and check.',
      },
      { type: 'step', text: 'Choose a new target angle and repeat.' },
      {
        type: 'form_cue',
        text: 'Move slowly and concentrate on the feeling in the knee, not on speed.',
      },
      {
        type: 'form_cue',
        text: 'Compare with the other knee to see whether one side is less accurate.',
      },
      { type: 'breathing', text: 'Breathe calmly and steadily throughout.' },
      {
        type: 'safety',
        text: 'Keep within the knee range that is comfortable and allowed for you.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for active knee straightening, and choose targets within the allowed range.",
      },
      suspectedDeepVeinThrombosis,
    ],
  },
  {
    slug: 'single-leg-pallof-press',
    name: 'Single-Leg Pallof Press',
    description:
      'Standing on one leg side-on to a resistance band, you push the band straight out in front of your chest and bring it back, without letting it twist you. It trains the hip and trunk to keep the pelvis and knee steady on one leg.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception'],
    bodyRegions: ['hip', 'abdominals'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor a resistance band at chest height to a sturdy post and stand side-on to it, holding the band with both hands against your chest.',
      },
      {
        type: 'preparation',
        text: 'Step away until the band is taut, then shift your weight onto the leg nearer the anchor and lift the other foot.',
      },
      {
        type: 'step',
        text: 'Press your hands straight out in front of your chest until your arms are straight.',
      },
      {
        type: 'step',
        text: 'Hold for a moment without letting the band turn your body.',
      },
      {
        type: 'step',
        text: 'Bring your hands back to your chest slowly, then change sides at the end of the set.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing knee softly bent and over the middle of the foot.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips and shoulders facing forward the whole time.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you press and breathe in as your hands return; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stand near a wall or chair, and put the other foot down whenever you need to.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Do the press standing on both feet until the ankle can take single-leg balance.',
      },
      {
        condition: 'Shoulder Pain',
        severity: 'warning',
        note: 'Keep the hands closer to the chest and use a lighter band.',
      },
      latexAllergy,
    ],
  },
  {
    slug: 'single-leg-airplane',
    name: 'Single-Leg Airplane',
    description:
      'Balancing on one leg with your trunk tipped forward, you slowly turn your pelvis open toward the ceiling and back again. It trains the deep hip muscles to control rotation on one leg, which protects the hip and knee when you turn and land.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the working leg beside a wall or chair, with the knee softly bent.',
      },
      {
        type: 'preparation',
        text: 'Hinge forward from the hip and let the other leg lift behind you until your trunk and that leg are close to level.',
      },
      {
        type: 'step',
        text: 'Slowly turn your pelvis and trunk open, so the hip of the lifted leg rises toward the ceiling.',
      },
      {
        type: 'step',
        text: 'Turn slowly back past level, so the pelvis faces the floor and slightly across.',
      },
      {
        type: 'step',
        text: 'Return to level and stand up to rest at the end of the set.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing knee pointing forward over the foot; the turn happens at the hip.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat and move slowly enough to stay in control.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath as you turn.',
      },
      {
        type: 'safety',
        text: 'Touch the wall or chair whenever you need to, and stop if you feel pinching in the hip or the knee twists.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform while hip precautions apply; the exercise combines hip bend and rotation. Follow the surgeon's protocol.",
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Hold a support with one hand and make the turns small.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Keep the forward lean shallow, and stop if leg pain or tingling increases.',
      },
    ],
  },
];
