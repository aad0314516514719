import type { LibraryExercise } from '../library-exercise';

/**
 * Platform breathing and relaxation in supported positions that help the
 * ribs, diaphragm and spine relax, and a body scan for persistent pain.
 */
export const breathingPositionExercises: readonly LibraryExercise[] = [
  {
    slug: 'foam-roller-crosswise-upper-back-breathing',
    name: 'Foam Roller Crosswise Upper Back Breathing',
    description:
      'Resting with a foam roller across your upper back and your head supported, you stay still and let slow, deep breaths lift your chest over the roller. The breath does the work, gently opening the front of the chest and the stiff upper back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a mat with knees bent and feet flat, and place a foam roller across your back at the level of your shoulder blades.',
      },
      {
        type: 'preparation',
        text: 'Lean back onto the roller, keep your bottom on the mat, and rest your head on a cushion or in your hands so the neck is supported.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose and feel your breastbone rise and your upper back rest into the roller.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly through your mouth and let your lower ribs soften down toward your stomach.',
      },
      {
        type: 'step',
        text: 'Stay still and keep breathing this way for the time set in your plan, then roll to one side to get up.',
      },
      {
        type: 'form_cue',
        text: 'Do not arch or push over the roller; let the breath alone create the movement.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back relaxed and your bottom on the mat.',
      },
      {
        type: 'breathing',
        text: 'Make each breath out a little longer than the breath in, with a short rest before the next breath.',
      },
      {
        type: 'safety',
        text: 'Never rest the roller under your neck or lower back, and stop if you feel dizzy or your arms tingle.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not lie over the roller; practise the breathing sitting tall in a chair instead.',
      },
      {
        condition: 'Recent Rib Fracture or Chest Surgery',
        severity: 'contraindicated',
        note: "Do not put pressure on the ribs or chest; follow the surgeon's protocol and breathe sitting up.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Keep the spells short, or practise sitting tall with your hands behind your head.',
      },
    ],
  },
  {
    slug: 'crocodile-breathing',
    name: 'Crocodile Breathing',
    description:
      'Lying face down with your forehead on your hands, you breathe so that your stomach presses into the floor and your lower back rises. It teaches breathing with the diaphragm and relaxes the lower back muscles.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['lumbar-spine', 'abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with your legs relaxed and your forehead resting on your stacked hands.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose and feel your stomach press into the mat.',
      },
      {
        type: 'step',
        text: 'Notice your lower back and the sides of your waist rise and widen.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly and let everything settle, for the time set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders and neck relaxed; they should barely move.',
      },
      {
        type: 'form_cue',
        text: 'Let the breath out be unhurried and complete.',
      },
      {
        type: 'breathing',
        text: 'Breathe through your nose at a slow, easy pace.',
      },
      {
        type: 'safety',
        text: 'Stop if lying face down increases your back pain, or if you feel dizzy.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; practise the same breathing on hands and knees or leaning over a ball.',
      },
      {
        condition: 'Lumbar Spinal Stenosis',
        severity: 'warning',
        note: 'Place a pillow under your stomach to reduce the arch in your back.',
      },
    ],
  },
  {
    slug: '90-90-breathing',
    name: '90-90 Breathing',
    description:
      'Lying on your back with your feet up on a wall so your hips and knees are bent to right angles, you breathe out fully and feel your lower ribs drop. It helps reset a rib cage and pelvis that are held in an arched position and switches on the deep trunk muscles.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['lumbar-spine', 'abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat facing a wall, and place your feet flat on the wall so your hips and knees are bent to right angles.',
      },
      {
        type: 'preparation',
        text: 'Rest one hand on your lower ribs and the other on your stomach.',
      },
      {
        type: 'step',
        text: 'Press your heels gently into the wall until you feel the backs of your thighs switch on and your tailbone curl slightly up.',
      },
      {
        type: 'step',
        text: 'Breathe in through your nose into your lower ribs and back.',
      },
      {
        type: 'step',
        text: 'Breathe out fully through your mouth, letting the lower ribs drop down toward your hips, and pause before the next breath.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back resting softly on the mat; do not push it hard into the floor.',
      },
      {
        type: 'form_cue',
        text: 'Keep your neck and shoulders relaxed throughout.',
      },
      {
        type: 'breathing',
        text: 'Let the breath out take longer than the breath in, and rest briefly before breathing in.',
      },
      {
        type: 'safety',
        text: 'Stop and breathe normally if you feel light-headed or your back hurts.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; practise the same breathing lying on your side.',
      },
      {
        condition: 'Hip Replacement with Flexion Precautions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; put your lower legs on a chair seat instead if hip bending is limited.",
      },
    ],
  },
  {
    slug: 'swiss-ball-draped-breathing',
    name: 'Swiss Ball Draped Breathing',
    description:
      'Kneeling with your chest and stomach draped over a Swiss ball, you breathe slowly into your back. The supported, forward-leaning position lets the back muscles relax and the back ribs open.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['thoracic-spine', 'lumbar-spine'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a padded mat in front of a Swiss ball and lean forward so your chest and stomach rest over it.',
      },
      {
        type: 'preparation',
        text: 'Let your arms and head hang relaxed over the ball, and widen your knees until you feel stable.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose and feel your back ribs and lower back widen and rise.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly and let your body sink a little more into the ball.',
      },
      {
        type: 'step',
        text: 'Continue for the time set in your plan, then walk your hands onto the ball to come up slowly.',
      },
      {
        type: 'form_cue',
        text: 'Let the ball hold your weight; your back and shoulders should be completely relaxed.',
      },
      {
        type: 'form_cue',
        text: 'Roll the ball slightly forward or back until the position feels comfortable.',
      },
      {
        type: 'breathing',
        text: 'Breathe at a slow, comfortable pace with a relaxed breath out.',
      },
      {
        type: 'safety',
        text: 'Come up slowly to avoid light-headedness, and stop if your knees or back hurt.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Pad your knees well, or sit on a chair and lean forward onto the ball on a table.',
      },
      {
        condition: 'Acid Reflux or Hiatus Hernia',
        severity: 'warning',
        note: 'Leaning forward can bring on reflux; keep the trunk more upright or wait two hours after eating.',
      },
    ],
  },
  {
    slug: 'spinal-body-scan-relaxation',
    name: 'Spinal Body Scan Relaxation',
    description:
      'Lying or sitting comfortably, you move your attention slowly from your neck down along your spine to your pelvis, noticing and softening tension as you go. It calms the body and can reduce muscle guarding and worry that build up with long-lasting back or neck pain.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['breathing-relaxation'],
    bodyRegions: ['cervical-spine', 'thoracic-spine', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back with a pillow under your head and knees, or on your side, or sit in a supported chair, whichever is most comfortable.',
      },
      {
        type: 'preparation',
        text: 'Close your eyes or rest your gaze on one spot, and take a few easy breaths.',
      },
      {
        type: 'step',
        text: 'Bring your attention to your jaw and neck, notice any tension, and let it soften as you breathe out.',
      },
      {
        type: 'step',
        text: 'Move your attention slowly down to your shoulders and upper back, then your middle back, letting each area settle.',
      },
      {
        type: 'step',
        text: 'Continue to your lower back, pelvis and hips, noticing pain or tightness with curiosity rather than trying to fix it.',
      },
      {
        type: 'step',
        text: 'Finish by noticing your whole back resting, then open your eyes and move gently before getting up.',
      },
      {
        type: 'form_cue',
        text: 'If your mind wanders, simply bring it back to the area you were noticing.',
      },
      {
        type: 'breathing',
        text: 'Breathe naturally and let each breath out carry a little tension away.',
      },
      {
        type: 'safety',
        text: 'Open your eyes and stop at any time if the exercise makes you feel distressed.',
      },
    ],
    contraindications: [
      {
        condition: 'Trauma-related Distress (PTSD)',
        severity: 'warning',
        note: 'Keep your eyes open, stay sitting, and practise with your clinician first.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the scan lying on your side or sitting rather than flat on your back.',
      },
    ],
  },
];
