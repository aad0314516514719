import type { LibraryExercise } from '../library-exercise';

/**
 * Whole-body platform exercises for relaxation, everyday function and
 * balance while walking.
 */
export const fullBodyFoundationExercises: readonly LibraryExercise[] = [
  {
    slug: 'box-breathing',
    name: 'Box Breathing',
    description:
      'You breathe in, hold, breathe out and hold again, each for a count of four. The steady rhythm calms the body and can ease stress and tension.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit upright in a chair with your feet flat and your hands resting on your thighs.',
      },
      {
        type: 'preparation',
        text: 'Close your eyes or rest your gaze on a point in front of you.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose for a count of four.',
      },
      { type: 'step', text: 'Hold your breath gently for a count of four.' },
      {
        type: 'step',
        text: 'Breathe out slowly through your mouth for a count of four.',
      },
      {
        type: 'step',
        text: 'Hold again for a count of four, then begin the next round.',
      },
      {
        type: 'form_cue',
        text: 'Let the breath move your stomach rather than your shoulders.',
      },
      {
        type: 'form_cue',
        text: 'Keep the holds relaxed; do not clamp your throat or strain.',
      },
      {
        type: 'breathing',
        text: 'Shorten the count to three if four feels like a strain.',
      },
      {
        type: 'safety',
        text: 'If you feel dizzy, light-headed or anxious, drop the holds and breathe normally.',
      },
    ],
    contraindications: [
      {
        condition: 'Severe Lung or Heart Disease',
        severity: 'warning',
        note: "Leave out the breath holds and breathe in a relaxed rhythm, following your care team's advice.",
      },
      {
        condition: 'Panic Disorder',
        severity: 'warning',
        note: 'Breath holds can trigger panic in some people; practise without the holds at first, with support.',
      },
    ],
  },
  {
    slug: 'progressive-muscle-relaxation',
    name: 'Progressive Muscle Relaxation',
    description:
      'You tense and then relax groups of muscles one after another, from your feet up to your face. It helps you notice and let go of muscle tension, and can help with stress and sleep.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat, or sit in a supportive chair, somewhere quiet.',
      },
      {
        type: 'preparation',
        text: 'Loosen tight clothing and close your eyes if that feels comfortable.',
      },
      {
        type: 'step',
        text: 'Gently tense the muscles of your feet for about five seconds, then let them go completely for about ten seconds.',
      },
      {
        type: 'step',
        text: 'Work up the body in turn: calves, thighs, buttocks, stomach, hands, arms, shoulders and face.',
      },
      {
        type: 'step',
        text: 'Finish by lying still for a minute and noticing how your body feels.',
      },
      {
        type: 'form_cue',
        text: 'Tense to about half effort; the aim is to feel the contrast, not to strain.',
      },
      {
        type: 'form_cue',
        text: 'Notice the feeling of each muscle softening as you let go.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you tense and breathe out slowly as you release; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Skip any area that is injured or painful, and stop if a muscle cramps.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Practise sitting or lying on your side rather than flat on your back.',
      },
      {
        condition: 'Recent Injury or Surgery',
        severity: 'warning',
        note: 'Relax the affected area without tensing it first.',
      },
    ],
  },
  {
    slug: 'sit-to-stand',
    name: 'Sit-to-Stand',
    description:
      'You stand up from a chair and sit back down with control. It builds leg strength for one of the most important movements of everyday life.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['full-body', 'knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a sturdy chair without wheels against a wall so it cannot slide.',
      },
      {
        type: 'preparation',
        text: 'Sit near the front of the seat with your feet flat, hip-width apart and slightly behind your knees.',
      },
      { type: 'step', text: 'Lean your chest forward over your feet.' },
      {
        type: 'step',
        text: 'Push through your feet to stand up tall, using your hands on the armrests or thighs only if you need to.',
      },
      {
        type: 'step',
        text: 'Reach back for the chair, then bend your hips and knees to sit down slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees in line with your toes as you rise and sit.',
      },
      {
        type: 'form_cue',
        text: 'Lower yourself slowly rather than dropping into the chair.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you stand up and breathe in as you sit down.',
      },
      {
        type: 'safety',
        text: 'If you feel dizzy on standing, stay still and hold the chair until it passes.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Use a higher chair as your care team advises, and do not bend the hip past the limit you have been set.',
      },
      {
        condition: 'Low Blood Pressure on Standing',
        severity: 'warning',
        note: 'Pause for a few seconds after each stand before you sit again.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Use a chair with armrests and have a helper nearby.',
      },
    ],
  },
  {
    slug: 'tandem-walk',
    name: 'Tandem Walk',
    description:
      'You walk in a straight line, placing the heel of one foot directly in front of the toes of the other. It challenges your balance and is used to lower the risk of falls.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['full-body', 'ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand beside a kitchen counter or along a hallway wall, with a clear path ahead.',
      },
      {
        type: 'step',
        text: 'Place one foot directly in front of the other so the heel touches the toes.',
      },
      {
        type: 'step',
        text: 'Step forward, placing the back foot in front in the same way.',
      },
      {
        type: 'step',
        text: 'Walk for several steps, then turn carefully and walk back.',
      },
      {
        type: 'form_cue',
        text: 'Look ahead at a fixed point, not down at your feet.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly, with your arms relaxed by your sides or held out for balance.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily as you walk; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Keep the wall or counter within reach, and stop if you feel dizzy.',
      },
    ],
    contraindications: [
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Walk with one hand on a counter, or with a helper beside you.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep your head still and support close by, and stop if dizziness starts.',
      },
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Wait until ordinary walking is pain-free.',
      },
    ],
  },
];
