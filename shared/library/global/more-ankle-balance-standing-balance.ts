import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform standing balance work that makes the task harder by adding
 * reaching, a moving leg, closed eyes or stepping on and off a board.
 */
export const standingBalanceExercises: readonly LibraryExercise[] = [
  {
    slug: 'star-excursion-balance-reach',
    name: 'Star Excursion Balance Reach',
    description:
      'Balancing on one leg, you reach the other foot out to tap the floor in several directions, like the points of a star. It builds balance, ankle control and leg strength together after a sprain.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'knee', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the working leg in clear space, with a chair or counter within reach.',
      },
      {
        type: 'step',
        text: 'Bend the standing knee and reach the other foot forward as far as you can, lightly tapping the floor with the toes.',
      },
      {
        type: 'step',
        text: 'Return to standing, then reach to the side, behind and across in turn.',
      },
      {
        type: 'step',
        text: 'Complete the number set in your plan, then switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Only touch the floor lightly; keep almost all your weight on the standing leg.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing knee over the second toe and the heel on the floor.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you reach and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Shorten the reach if you wobble or feel pain in the standing ankle or knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Start once single-leg stance on the floor is pain-free, with short reaches.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on single-leg knee bending.",
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Hold a counter with one hand throughout.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 125,
      sides: 'alternating',
    },
  },
  {
    slug: 'banded-single-leg-stance-kicks',
    name: 'Banded Single-Leg Stance Kicks',
    description:
      'Standing on your injured leg, you move the other leg forward, back and to the sides against a resistance band. The standing ankle has to work hard to keep you steady, which rebuilds its stability after a sprain.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'hip'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Loop the band around the ankle of the non-working leg and anchor the other end low to a heavy table leg.',
      },
      {
        type: 'preparation',
        text: 'Stand on the working leg beside a counter, far enough from the anchor that the band is taut.',
      },
      {
        type: 'step',
        text: 'Keeping the banded leg straight, move it slowly away from the anchor and back.',
      },
      {
        type: 'step',
        text: 'Turn to face a new direction so you kick forward, backward, out to the side and across the body in turn.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall on a soft knee; the aim is to keep the standing foot and hips still.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the leg moves out and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Check the band and anchor are secure, and keep the counter within reach.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Start once you can stand on the injured leg without pain, with a light band.',
      },
      latexAllergy,
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's protocol; kicks across the body may break your movement precautions.",
      },
    ],
  },
  {
    slug: 'balance-board-eyes-closed-stance',
    name: 'Balance Board Eyes-Closed Stance',
    description:
      'Standing on a balance board with both feet, you close your eyes and keep it steady. Without vision, your ankles and inner ear must do the work, which sharpens the sense of joint position.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'full-body'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place the board in a corner or next to a counter and stand on it with feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Bring the board level with your eyes open, then close your eyes.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, opening your eyes whenever you need to.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees soft and let small movements happen at the ankles.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and steadily; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Have someone beside you the first few times, and open your eyes at once if you feel yourself falling.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Practise only with someone beside you, and stop if dizziness starts.',
      },
      {
        condition: 'Reduced Sensation in the Feet (Neuropathy)',
        severity: 'warning',
        note: 'With reduced feeling you rely on your eyes; keep them open unless your physiotherapist is with you.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'contraindicated',
        note: 'Do not perform; practise eyes-closed standing on the floor with support instead.',
      },
    ],
  },
  {
    slug: 'balance-board-step-on-step-off',
    name: 'Balance Board Step-On Step-Off',
    description:
      'You step onto a balance board, steady it, and step off again in different directions. It trains the quick foot placement and control you need when you step onto uneven ground.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place the board on a non-slip floor beside a counter and stand a short step behind it.',
      },
      {
        type: 'step',
        text: 'Step forward with one foot onto the centre of the board and steady it.',
      },
      {
        type: 'step',
        text: 'Bring the other foot onto the board, hold briefly, then step back off one foot at a time.',
      },
      {
        type: 'step',
        text: 'Repeat, leading with each leg, then try stepping on from the side.',
      },
      {
        type: 'form_cue',
        text: 'Place the foot in the middle of the board so it tilts as little as possible.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily with each step.',
      },
      {
        type: 'safety',
        text: 'Use the counter whenever the board tips more than you expect.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Start once supported balance board stance is steady and pain-free.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Practise only with someone beside you.',
      },
    ],
  },
  {
    slug: 'balance-board-single-leg-arm-reaches',
    name: 'Balance Board Single-Leg Stance with Arm Reaches',
    description:
      'Standing on one leg on a balance board, you reach your arms forward, to the side and across your body. Moving the arms shifts your balance, so the ankle must react as it does in sport and daily life.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 150,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'hip', 'full-body'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the working leg in the centre of the board next to a counter and bring it level.',
      },
      {
        type: 'step',
        text: 'Reach both arms slowly forward at shoulder height, then return.',
      },
      {
        type: 'step',
        text: 'Reach out to each side and across your body in turn, returning to the centre each time.',
      },
      {
        type: 'step',
        text: 'Complete the number set in your plan, then switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Keep the standing knee soft and the board as level as you can while the arms move.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you reach and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Put the other foot down or grab the counter straight away if you start to tip.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not perform until single-leg stance on the board is steady and pain-free.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'contraindicated',
        note: 'Choose supported balance work on the floor instead.',
      },
    ],
  },
];
