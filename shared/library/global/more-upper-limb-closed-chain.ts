import type { LibraryExercise } from '../library-exercise';

/**
 * Platform closed-chain work for the upper limb: weight bearing through
 * the hands on a wall, table, floor, ball or board, to build joint
 * control and position sense in the shoulder, elbow and wrist.
 */
export const upperLimbClosedChainExercises: readonly LibraryExercise[] = [
  {
    slug: 'swiss-ball-wall-stabilisation',
    name: 'Swiss Ball Wall Stabilisation',
    description:
      'You press a Swiss ball against a wall with one hand and keep it steady while making small circles. It trains the shoulder muscles to hold the joint in place while the arm carries a little of your weight.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['shoulder'],
    equipment: ['swiss-ball'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall and hold a Swiss ball against it at chest height with the palm of the working hand.',
      },
      {
        type: 'preparation',
        text: 'Step back slightly so you lean a little weight into the ball, elbow straight but soft.',
      },
      {
        type: 'step',
        text: 'Keep the ball pressed to the wall and draw small slow circles with it, first one way, then the other.',
      },
      {
        type: 'step',
        text: 'Then hold the ball still for the time set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder blade set back and down and the shoulder away from your ear.',
      },
      {
        type: 'form_cue',
        text: 'Keep the circles small and smooth so the ball never slips.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain or the shoulder feels as if it may give way.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when weight may be taken through the arm.",
      },
      {
        condition: 'Recent Shoulder Dislocation',
        severity: 'warning',
        note: 'Keep the ball at chest height or lower and lean only lightly into it.',
      },
    ],
  },
  {
    slug: 'quadruped-weight-shifts',
    name: 'Quadruped Weight Shifts',
    description:
      'On your hands and knees, you rock your weight slowly forward, back and side to side over your hands. It gets the shoulders and wrists used to bearing weight again after injury.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['shoulder', 'wrist-hand'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on your hands and knees, hands under your shoulders and knees under your hips.',
      },
      {
        type: 'step',
        text: 'Shift your weight slowly forward over your hands, then back toward your knees.',
      },
      {
        type: 'step',
        text: 'Shift your weight to the right hand, then to the left.',
      },
      {
        type: 'step',
        text: 'Keep each shift within a range that feels steady and comfortable.',
      },
      {
        type: 'form_cue',
        text: 'Keep the elbows straight but not locked and spread your fingers wide.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat and your neck in line with it.',
      },
      { type: 'breathing', text: 'Breathe slowly and steadily throughout.' },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the wrist or shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Wrist Fracture',
        severity: 'warning',
        note: 'Start weight bearing only when your surgeon or physiotherapist allows it, on a table top first.',
      },
      {
        condition: 'Knee Pain with Kneeling',
        severity: 'warning',
        note: 'Put a folded towel under the knees, or stand and lean the hands on a table.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for weight bearing through the arm.",
      },
    ],
  },
  {
    slug: 'balance-board-upper-limb-weight-bearing',
    name: 'Balance Board Upper-Limb Weight Bearing',
    description:
      'With your hands on a balance board and your knees on the floor, you keep the board level while it tries to tip. It sharpens the shoulder and wrist reactions that protect the joints when they take weight.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['shoulder', 'wrist-hand'],
    equipment: ['balance-board', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a balance board on a mat and kneel in front of it on your hands and knees.',
      },
      {
        type: 'preparation',
        text: 'Put both hands on the board, shoulder-width apart, directly under your shoulders.',
      },
      {
        type: 'step',
        text: 'Lean your weight gently onto the hands and keep the board level.',
      },
      {
        type: 'step',
        text: 'Hold steady for the time set in your plan, then tip the board slowly in each direction and bring it back to level.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulder blades flat on your back; do not let your chest sink between them.',
      },
      { type: 'form_cue', text: 'Keep the elbows soft and your back flat.' },
      {
        type: 'breathing',
        text: 'Breathe normally throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Keep the movement slow and stop if you feel pain in the wrist or shoulder.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability',
        severity: 'warning',
        note: 'Lean only lightly onto the board and build up gradually.',
      },
      {
        condition: 'Wrist Pain or Recent Wrist Injury',
        severity: 'warning',
        note: 'Keep the weight light, or work on the forearms once cleared by your physiotherapist.',
      },
      {
        condition: 'Knee Pain with Kneeling',
        severity: 'warning',
        note: 'Kneel on a folded towel, or place the board on a table and stand.',
      },
    ],
  },
  {
    slug: 'wall-push-up',
    name: 'Wall Push-up',
    description:
      'Standing facing a wall, you lower your chest toward it and push back out. It strengthens the chest, shoulders and back of the arms with only part of your body weight.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: "Stand facing a wall, a little more than an arm's length away, with your hands on the wall at shoulder height and shoulder-width apart.",
      },
      {
        type: 'step',
        text: 'Bend your elbows to lower your chest toward the wall.',
      },
      {
        type: 'step',
        text: 'Pause, then push back until your arms are straight.',
      },
      { type: 'form_cue', text: 'Keep your body straight from head to heels.' },
      {
        type: 'form_cue',
        text: 'Let the elbows point back at an angle, not straight out to the sides.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you push away.',
      },
      {
        type: 'safety',
        text: 'Wear shoes with grip so your feet do not slide, and stop if your shoulder or wrist hurts.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'warning',
        note: 'Start only when weight bearing through the arm is allowed, and keep the range small.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Place the hands a little higher or turn the fingers slightly outward to ease the wrist.',
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
  {
    slug: 'incline-table-push-up',
    name: 'Incline Table Push-up',
    description:
      'With your hands on the edge of a sturdy table, you lower your chest toward it and press back up. It is the step between a wall push-up and one on the floor.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['shoulder', 'elbow'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place your hands on the edge of a sturdy table or kitchen worktop, shoulder-width apart, and walk your feet back until your body is straight.',
      },
      {
        type: 'step',
        text: 'Bend your elbows to lower your chest toward the edge.',
      },
      {
        type: 'step',
        text: 'Pause just above it, then push back up until your arms are straight.',
      },
      {
        type: 'form_cue',
        text: 'Keep your head, back and hips in one line; do not let the hips sag.',
      },
      {
        type: 'form_cue',
        text: 'Finish each push by spreading the shoulder blades slightly around your ribs.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you push up.',
      },
      {
        type: 'safety',
        text: 'Make sure the table cannot slide or tip before you start.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the shoulder, elbow or wrist.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Shoulder Dislocation or Surgery',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared loaded pressing.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Hold the table edge with your fingers wrapped around it to keep the wrist straighter.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 170,
      endAngleDegrees: 85,
      sides: 'both',
    },
  },
  {
    slug: 'plank-shoulder-taps',
    name: 'Plank Shoulder Taps',
    description:
      'Holding a high plank on your hands, you lift one hand at a time to tap the opposite shoulder. It challenges the supporting shoulder to stay steady on one arm while the trunk resists twisting.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['shoulder', 'abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Start in a high plank on a mat with your hands under your shoulders and feet hip-width apart or wider.',
      },
      {
        type: 'step',
        text: 'Lift one hand and tap the opposite shoulder, then place the hand back down.',
      },
      {
        type: 'step',
        text: 'Repeat with the other hand, alternating sides at a slow, steady pace.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips level and still; do not rock side to side.',
      },
      {
        type: 'form_cue',
        text: 'Push the floor away with the supporting hand so the shoulder blade stays flat.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Drop to your knees if you cannot keep your back straight, and stop if a shoulder or wrist hurts.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared single-arm weight bearing.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Work from the knees, or with the hands on a raised surface.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the bouts short, keep breathing and work from the knees until blood pressure is controlled.',
      },
    ],
  },
  {
    slug: 'swiss-ball-hands-on-plank',
    name: 'Swiss Ball Hands-on Plank',
    description:
      'You hold a plank with your hands on a Swiss ball and your feet or knees on the floor. The unsteady ball makes the shoulders work hard to keep the body still.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 90,
    categories: ['balance-proprioception'],
    bodyRegions: ['shoulder', 'abdominals'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat behind a Swiss ball and place both hands on top of it, shoulder-width apart.',
      },
      {
        type: 'preparation',
        text: 'Walk your knees back, or straighten your legs onto your toes, until your body is in a straight line.',
      },
      {
        type: 'step',
        text: 'Press into the ball and keep it still for the time set in your plan.',
      },
      { type: 'step', text: 'Lower your knees to the mat to finish and rest.' },
      {
        type: 'form_cue',
        text: 'Keep the elbows straight but soft and the shoulder blades flat on your back.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips in line with your shoulders; do not let them sag or pike.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Use a ball that is firm and the right size, and stop if the ball rolls out of control.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared unstable weight bearing through the arms.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Use the kneeling version and shorter holds.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep holds short and keep breathing, or leave the exercise out until blood pressure is controlled.',
      },
    ],
  },
];
