import type { LibraryExercise } from '../library-exercise';

/**
 * Platform falls-prevention exercises for older adults: safer ways to stand
 * up and sit down, stepping to recover balance, walking tasks, and getting
 * up from the floor.
 */
export const fallsPreventionExercises: readonly LibraryExercise[] = [
  {
    slug: 'sit-to-stand-with-arm-support',
    name: 'Sit-to-Stand with Arm Support',
    description:
      'You stand up from a chair with armrests, pushing through your hands as much as you need, and sit back down. It builds the leg strength for getting out of a chair safely when standing up unaided is still too hard.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['full-body', 'knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit near the front of a sturdy chair with armrests, set against a wall, feet flat and slightly behind your knees.',
      },
      {
        type: 'step',
        text: 'Place your hands on the armrests, lean your chest forward over your feet, and push up to standing.',
      },
      {
        type: 'step',
        text: 'Stand tall for a moment, then reach back for the armrests and lower yourself slowly onto the seat.',
      },
      {
        type: 'form_cue',
        text: 'Use your legs as much as you can and your arms only as much as you need; your physiotherapist will tell you when to use them less.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees pointing forward, in line with your feet.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you stand up and breathe in as you sit down.',
      },
      {
        type: 'safety',
        text: 'If you feel dizzy on standing, sit down straight away and rest before trying again.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Use a higher chair so the hips do not bend past the limit your surgeon set.',
      },
      {
        condition: 'Low Blood Pressure on Standing (Orthostatic Hypotension)',
        severity: 'warning',
        note: 'Pause for a few seconds after standing, and sit at once if light-headed.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 90,
      endAngleDegrees: 170,
      sides: 'both',
    },
  },
  {
    slug: 'controlled-stand-to-sit',
    name: 'Controlled Stand-to-Sit',
    description:
      'You lower yourself slowly from standing onto a chair without dropping down. The slow lowering builds thigh and hip strength and control, so you can sit down softly and safely.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['full-body', 'knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand in front of a sturdy chair set against a wall, with the backs of your legs almost touching the seat.',
      },
      {
        type: 'preparation',
        text: 'Cross your arms over your chest, or hold them out in front if that helps your balance.',
      },
      {
        type: 'step',
        text: 'Push your hips back and bend your knees, lowering yourself toward the seat over about four seconds.',
      },
      {
        type: 'step',
        text: 'Touch the seat lightly, then stand back up in the way your physiotherapist has shown you.',
      },
      {
        type: 'form_cue',
        text: 'Control the last part of the movement; do not drop onto the seat.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you stand.',
      },
      {
        type: 'safety',
        text: 'Use the armrests if your legs give way or you feel unsteady.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Use a higher chair so the hips do not bend past the limit your surgeon set.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Use a higher seat so the knees bend less.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 90,
      sides: 'both',
    },
  },
  {
    slug: 'supported-marching-in-place',
    name: 'Supported Marching in Place',
    description:
      'Holding a counter, you march on the spot, lifting one knee at a time. Standing briefly on one leg with each step trains the balance and hip strength used in walking.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['balance-proprioception'],
    bodyRegions: ['full-body', 'hip', 'ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall facing a kitchen counter with both hands resting on it.',
      },
      {
        type: 'step',
        text: 'Lift one knee up toward hip height, then put the foot down softly.',
      },
      {
        type: 'step',
        text: 'Lift the other knee, and keep marching at a steady pace for the time set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall and avoid leaning back or to the side as the knee lifts.',
      },
      {
        type: 'breathing',
        text: 'Breathe in a steady rhythm with your steps.',
      },
      {
        type: 'safety',
        text: 'Keep at least one hand on the counter until your physiotherapist says you can let go.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Lift the knee only as high as your surgeon allows, usually below hip height.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Hold on with both hands and have someone nearby.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 175,
      endAngleDegrees: 100,
      sides: 'alternating',
    },
  },
  {
    slug: 'stepping-strategy-practice',
    name: 'Stepping Strategy Practice',
    description:
      'You practise taking a quick step forward, sideways or backward, as you would to catch yourself when you trip or are bumped. A fast, well-placed step is one of the best defences against a fall.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['balance-proprioception'],
    bodyRegions: ['full-body', 'ankle-foot', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand beside a kitchen counter with one hand on it and clear floor space around you.',
      },
      {
        type: 'step',
        text: 'Lean forward slightly until you need to step, then take one quick, long step forward to catch yourself.',
      },
      {
        type: 'step',
        text: 'Bring the foot back and repeat with a quick step to the side, then a step backward.',
      },
      {
        type: 'step',
        text: 'Repeat for the number set in your plan, leading with each leg in turn.',
      },
      {
        type: 'form_cue',
        text: 'Make the step fast and wide enough to stop your body moving, then stand tall.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you step and keep breathing normally between steps.',
      },
      {
        type: 'safety',
        text: 'Practise backward steps with the counter at your side and someone nearby.',
      },
    ],
    contraindications: [
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Start with small, planned steps while holding the counter, with someone beside you.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Keep the lean small so that you never lose balance, and practise with supervision at first.',
      },
    ],
  },
  {
    slug: 'walking-with-head-turns',
    name: 'Walking with Head Turns',
    description:
      'You walk in a straight line while turning your head slowly from side to side. It trains your balance to stay steady when you look around, as you do when crossing a road or walking in a shop.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['full-body', 'cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Find a clear hallway and walk beside a wall or counter you can touch.',
      },
      {
        type: 'step',
        text: 'Walk forward at a normal pace, turning your head slowly to look to one side and then the other every few steps.',
      },
      {
        type: 'step',
        text: 'When that is steady, try looking up and down as you walk.',
      },
      {
        type: 'form_cue',
        text: 'Keep walking in a straight line with your feet hip-width apart while your head turns.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally as you walk.',
      },
      {
        type: 'safety',
        text: 'Stop and hold the wall if you feel dizzy, and wait for it to pass before carrying on.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Practise only as part of a vestibular programme from your physiotherapist, starting with slow head turns.',
      },
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Clumsy hands, an unsteady walk or tingling in both arms or legs need medical assessment before this exercise.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Walk with someone beside you, or practise the head turns while standing still first.',
      },
    ],
  },
  {
    slug: 'getting-up-from-the-floor',
    name: 'Getting Up from the Floor',
    description:
      'You practise a safe way to get up from the floor using a chair for support. Knowing how to get up after a fall reduces the fear of falling and the time spent lying on the floor.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['full-body', 'hip', 'knee'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Put a mat on the floor in front of a sturdy chair set against a wall, and start by lying on your back on the mat with someone nearby.',
      },
      {
        type: 'step',
        text: 'Bend your knees, roll onto your side, and push up onto your hands and knees.',
      },
      {
        type: 'step',
        text: 'Crawl to the chair and place both hands on the seat.',
      },
      {
        type: 'step',
        text: 'Bring your stronger leg forward so its foot is flat on the floor, then push through your arms and that leg to stand up.',
      },
      {
        type: 'step',
        text: 'Turn and sit down on the chair, and rest before you try again.',
      },
      {
        type: 'form_cue',
        text: 'Take your time at each stage; there is no need to rush.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push up at each stage, and never hold your breath.',
      },
      {
        type: 'safety',
        text: 'If you feel dizzy or pain, stay on your hands and knees or sit on the floor until it passes.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Ask your physiotherapist to show you a method that keeps within your hip precautions.',
      },
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Put a folded towel or cushion under your knees.',
      },
      {
        condition: 'Low Blood Pressure on Standing (Orthostatic Hypotension)',
        severity: 'warning',
        note: 'Pause on your hands and knees and again after standing, and sit at once if light-headed.',
      },
    ],
  },
];
