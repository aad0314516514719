import type { LibraryExercise } from '../library-exercise';
import { suspectedDeepVeinThrombosis } from '../common-contraindications';

/**
 * Platform exercises for the first weeks after knee surgery (total knee
 * replacement, ACL reconstruction): freeing the kneecap, winning back full
 * straightening and bend, and switching the thigh muscle on without load.
 */
export const moreKneeHipKneeEarlyExercises: readonly LibraryExercise[] = [
  {
    slug: 'patellar-mobilisation',
    name: 'Patellar Mobilisation',
    description:
      'With your thigh muscle relaxed, you gently slide your kneecap up, down and side to side with your fingers. After knee surgery the kneecap can stiffen, and keeping it moving makes bending and straightening the knee easier.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['mobility'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or lie with your leg straight out and supported, and let the thigh muscle go completely soft.',
      },
      {
        type: 'preparation',
        text: 'Keep any wound dressing dry and clear of your fingers; work only on healed or covered skin.',
      },
      {
        type: 'step',
        text: 'Place your thumb and fingers on the edges of the kneecap.',
      },
      {
        type: 'step',
        text: 'Slide the kneecap gently toward your foot, then toward your hip, pausing a moment at each end.',
      },
      {
        type: 'step',
        text: 'Slide it gently toward the inside of the knee, then toward the outside.',
      },
      {
        type: 'form_cue',
        text: 'Move the kneecap itself rather than rubbing the skin; the movement is small and slow.',
      },
      {
        type: 'form_cue',
        text: 'If the kneecap will not move, check that the thigh muscle is fully relaxed.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and easily throughout to help the leg stay relaxed.',
      },
      {
        type: 'safety',
        text: 'Stop if the movement causes sharp pain, or if the wound looks red, hot or is leaking.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; some procedures, such as patellar tendon or realignment surgery, restrict kneecap movement in one direction.",
      },
      {
        condition: 'Recent Patellar Dislocation',
        severity: 'contraindicated',
        note: 'Do not push the kneecap outward; leave this exercise out until your physiotherapist shows you a safe direction.',
      },
      {
        condition: 'Open or Infected Wound',
        severity: 'contraindicated',
        note: 'Do not handle the area; ask your surgical team to check the wound first.',
      },
    ],
  },
  {
    slug: 'heel-prop-knee-extension',
    name: 'Heel Prop Knee Extension',
    description:
      'Lying or sitting with your heel resting on a rolled towel, you let gravity straighten your knee. Getting the knee fully straight early after surgery or injury is important for walking without a limp.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['static-stretching'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit or lie on a bed or firm sofa with the leg straight out in front of you.',
      },
      {
        type: 'preparation',
        text: 'Place a rolled towel under your heel so that the back of the knee has nothing beneath it.',
      },
      {
        type: 'step',
        text: 'Relax the leg and let the back of the knee sink slowly toward the bed.',
      },
      {
        type: 'step',
        text: 'Stay in this position for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'To finish, bend the knee a little a few times to loosen it before standing.',
      },
      {
        type: 'form_cue',
        text: 'Keep your toes pointing at the ceiling so the leg does not roll outward.',
      },
      {
        type: 'form_cue',
        text: 'Tighten your thigh muscle now and then to help press the knee straighter.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the leg relax more with each breath out; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'A stretching ache behind the knee is expected; stop if it becomes sharp or you feel numbness in the foot.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after some repairs full straightening is delayed or done in a brace.",
      },
      suspectedDeepVeinThrombosis,
      {
        condition: 'Knee Hyperextension',
        severity: 'warning',
        note: 'Use a lower heel support and stop at straight; do not let the knee sag past level.',
      },
    ],
  },
  {
    slug: 'prone-knee-hang',
    name: 'Prone Knee Hang',
    description:
      'Lying face down with your lower legs over the edge of the bed, you let the weight of the leg straighten your knee. It is a stronger way to regain full knee straightening when the heel prop is no longer enough.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 300,
    categories: ['static-stretching'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a bed and shuffle down until your kneecaps are just past the edge.',
      },
      {
        type: 'preparation',
        text: 'Place a folded towel under the thigh just above the knee for comfort.',
      },
      {
        type: 'step',
        text: 'Let the lower legs hang and relax so that gravity straightens the knees.',
      },
      {
        type: 'step',
        text: 'Stay in this position for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'To finish, bend the knee slowly and roll onto your side before sitting up.',
      },
      {
        type: 'form_cue',
        text: 'Keep the thigh muscle loose; the stretch works best when the leg is heavy.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips flat on the bed rather than lifting them.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and easily; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if the ache turns sharp or you feel tingling or numbness in the foot.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; ask before adding any weight to the ankle.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; use the heel prop instead.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Place a pillow under the stomach, and stop if the back pain increases.',
      },
    ],
  },
  {
    slug: 'short-arc-quad',
    name: 'Short Arc Quad',
    description:
      'Lying with a roll under your knee, you straighten the lower leg by lifting the heel. It strengthens the thigh muscle over the last part of straightening, which you need for standing and walking.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee'],
    equipment: ['foam-roller'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back or sit reclined on a firm surface.',
      },
      {
        type: 'preparation',
        text: 'Place a foam roller or a firmly rolled towel under the knee so it is slightly bent and the heel rests on the surface.',
      },
      {
        type: 'step',
        text: 'Tighten the thigh muscle and lift the heel until the knee is fully straight.',
      },
      { type: 'step', text: 'Hold the straight position for two seconds.' },
      { type: 'step', text: 'Lower the heel slowly back down and relax.' },
      {
        type: 'form_cue',
        text: 'Keep the back of the knee resting on the roll the whole time.',
      },
      {
        type: 'form_cue',
        text: 'Pull your toes gently toward you as you straighten.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you straighten the knee and breathe in as you lower it.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain at the front of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after some ACL or patellar procedures, resisted straightening is limited for a time.",
      },
      suspectedDeepVeinThrombosis,
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 150,
      endAngleDegrees: 178,
      sides: 'alternating',
    },
  },
  {
    slug: 'seated-knee-flexion-slide',
    name: 'Seated Knee Flexion Slide',
    description:
      'Sitting on a chair, you slide your foot back under the seat to bend your knee further. It is a simple way to regain knee bend after surgery using your own body weight to help.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a firm chair without wheels, with your feet flat on a smooth floor or a towel.',
      },
      {
        type: 'step',
        text: 'Slide the foot of the working leg back under the chair as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Keep the foot in place and shift forward on the seat a little to increase the bend.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then slide the foot forward again.',
      },
      {
        type: 'form_cue',
        text: 'Keep your heel down if you can, and your knee in line with your second toe.',
      },
      {
        type: 'form_cue',
        text: 'Use the other foot on top of the ankle to nudge it back a little further if your physiotherapist suggests it.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you ease into the bend; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Expect a stretching feeling; stop if the pain turns sharp or the knee feels unstable.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Range-of-Motion Limits',
        severity: 'warning',
        note: "Stay within the knee bend allowed by the surgeon's protocol, especially after meniscal repair.",
      },
      suspectedDeepVeinThrombosis,
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 100,
      endAngleDegrees: 70,
      sides: 'alternating',
    },
  },
  {
    slug: 'wall-assisted-knee-flexion',
    name: 'Wall-Assisted Knee Flexion',
    description:
      'Lying on your back with your foot on a wall, you let the foot slide down the wall to bend the knee. Gravity does most of the work, which helps when bending the knee is stiff and painful.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['knee'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your buttocks close to a wall.',
      },
      {
        type: 'preparation',
        text: 'Place both feet up on the wall with the knees almost straight; wear socks so the feet slide.',
      },
      {
        type: 'step',
        text: 'Let the foot of the working leg slide slowly down the wall, bending the knee as far as is comfortable.',
      },
      { type: 'step', text: 'Hold the bend for a few seconds.' },
      {
        type: 'step',
        text: 'Use the other foot under the heel to help push the leg back up the wall.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee pointing straight down toward your chest, not falling inward or outward.',
      },
      {
        type: 'form_cue',
        text: 'Let the thigh muscles relax so gravity can bend the knee.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the foot slides down and breathe in as it comes back up.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain, or if your foot tingles or goes numb.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Range-of-Motion Limits',
        severity: 'warning',
        note: "Stay within the knee bend allowed by the surgeon's protocol.",
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions; keep the hip bend within the allowed limit and the knee in line with the hip.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid lying flat for long; do the seated knee flexion slide instead.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 165,
      endAngleDegrees: 90,
      sides: 'alternating',
    },
  },
];
