import type { LibraryExercise } from '../library-exercise';

/**
 * Platform breathing exercises done sitting: breath control for
 * breathlessness, rib expansion, and calm breathing for neck tension.
 */
export const breathingControlExercises: readonly LibraryExercise[] = [
  {
    slug: 'pursed-lip-breathing',
    name: 'Pursed-lip Breathing',
    description:
      'You breathe in gently through your nose and out slowly through lips shaped as if to whistle. It slows your breathing and helps you recover when you are short of breath, for example after climbing stairs.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['breathing-relaxation'],
    bodyRegions: ['thoracic-spine', 'abdominals'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit upright in a supported chair with your shoulders relaxed and your hands resting in your lap.',
      },
      {
        type: 'step',
        text: 'Breathe in gently through your nose for a count of about two.',
      },
      {
        type: 'step',
        text: 'Purse your lips as if to whistle or blow out a candle.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly and steadily through your pursed lips for about twice as long as you breathed in.',
      },
      {
        type: 'form_cue',
        text: 'Let the air flow out on its own; do not force or blow hard.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders and neck soft as you breathe.',
      },
      {
        type: 'breathing',
        text: 'Keep a relaxed rhythm, never rushing the next breath in.',
      },
      {
        type: 'safety',
        text: 'Stop and breathe normally if you feel light-headed or tingly.',
      },
      {
        type: 'safety',
        text: 'Seek urgent medical help if breathlessness comes with chest pain or does not ease with rest.',
      },
    ],
    contraindications: [
      {
        condition: 'Chest Pain or Sudden Severe Breathlessness',
        severity: 'contraindicated',
        note: 'Do not treat this with exercise; call emergency services.',
      },
      {
        condition: 'Chronic Lung Disease (COPD)',
        severity: 'warning',
        note: 'This technique often helps; use it alongside the action plan from your respiratory team.',
      },
    ],
  },
  {
    slug: 'lateral-costal-breathing-with-band',
    name: 'Lateral Costal Breathing with Band',
    description:
      'With a resistance band wrapped around your lower ribs, you breathe in so that the ribs widen into the band. It helps you breathe into the sides of your chest instead of lifting your shoulders.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['breathing-relaxation'],
    bodyRegions: ['thoracic-spine', 'abdominals'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit upright on a firm chair with your feet flat.',
      },
      {
        type: 'preparation',
        text: 'Wrap a light resistance band around your lower ribs, cross it in front and hold the ends so it is just snug.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose and widen your lower ribs out into the band.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly through your mouth and feel the ribs draw back in.',
      },
      {
        type: 'step',
        text: 'Let the band pull lightly to help the ribs close at the end of each breath out.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders down and still; the movement is sideways at the ribs.',
      },
      {
        type: 'form_cue',
        text: 'Keep the band pressure light enough to feel, not to squeeze.',
      },
      {
        type: 'breathing',
        text: 'Breathe at a slow, comfortable pace with a short pause after each breath out.',
      },
      {
        type: 'safety',
        text: 'Stop and breathe normally if you feel dizzy or light-headed.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Rib Fracture',
        severity: 'contraindicated',
        note: 'Do not wrap the ribs; practise gentle breathing with your hands resting on the ribs instead.',
      },
      {
        condition: 'Recent Chest or Heart Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol and leave out the band until the wound has healed.",
      },
      {
        condition: 'Latex Allergy',
        severity: 'warning',
        note: 'Use a latex-free band or a folded towel.',
      },
    ],
  },
  {
    slug: 'four-seven-eight-breathing',
    name: '4-7-8 Breathing',
    description:
      'You breathe in for a count of four, rest the breath for seven and breathe out slowly for eight. The long, slow breath out calms the body, which can ease muscle guarding around a painful back or neck and help you fall asleep.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['breathing-relaxation'],
    bodyRegions: ['abdominals', 'cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit comfortably with your back supported or lie on your side, and rest the tip of your tongue just behind your upper front teeth.',
      },
      {
        type: 'step',
        text: 'Breathe out fully through your mouth.',
      },
      {
        type: 'step',
        text: 'Close your mouth and breathe in quietly through your nose for a count of four.',
      },
      {
        type: 'step',
        text: 'Pause gently with your throat relaxed for a count of seven.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly through your mouth for a count of eight, then repeat for the number of breaths set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Count at a speed that feels comfortable; the ratio matters more than the exact seconds.',
      },
      {
        type: 'form_cue',
        text: 'Let your stomach rise as you breathe in and keep your shoulders still.',
      },
      {
        type: 'breathing',
        text: 'Keep the pause soft and relaxed; never strain or clamp your throat shut.',
      },
      {
        type: 'safety',
        text: 'Shorten the pause or skip it if you feel light-headed, breathless or anxious.',
      },
    ],
    contraindications: [
      {
        condition: 'Chronic Lung Disease or Breathlessness at Rest',
        severity: 'warning',
        note: 'Leave out the pause and use pursed-lip breathing instead.',
      },
      {
        condition: 'Pregnancy',
        severity: 'warning',
        note: 'Keep the pause short and stop if you feel light-headed.',
      },
      {
        condition: 'Panic Attacks Triggered by Breath Holding',
        severity: 'warning',
        note: 'Leave out the pause and simply lengthen the breath out.',
      },
    ],
  },
  {
    slug: 'thoracic-expansion-breathing',
    name: 'Thoracic Expansion Breathing',
    description:
      'You take slow, deep breaths in, hold briefly at the top, and then let the air out gently. It helps the chest and lungs expand fully, loosens phlegm, and keeps the ribs and upper back moving.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['breathing-relaxation'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit upright on a supported chair, or lean back on pillows in bed, with your shoulders relaxed.',
      },
      {
        type: 'preparation',
        text: 'Rest your hands on your lower ribs to feel them move.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly and deeply through your nose, filling your chest from the bottom up.',
      },
      {
        type: 'step',
        text: 'Hold the breath gently at the top for two to three seconds.',
      },
      {
        type: 'step',
        text: 'Let the breath go slowly and easily, like a sigh.',
      },
      {
        type: 'step',
        text: 'After three or four deep breaths, take a few relaxed normal breaths before the next set.',
      },
      {
        type: 'form_cue',
        text: 'Feel your ribs widen under your hands; keep your shoulders down.',
      },
      {
        type: 'breathing',
        text: 'Always return to relaxed breathing between sets so you do not get light-headed.',
      },
      {
        type: 'safety',
        text: 'Stop and breathe normally if you feel dizzy, and seek medical help for chest pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Chest or Heart Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol and hug a pillow over the wound for support.",
      },
      {
        condition: 'Chest Pain or Coughing up Blood',
        severity: 'contraindicated',
        note: 'Do not exercise; seek urgent medical assessment.',
      },
    ],
  },
  {
    slug: 'neck-and-shoulder-release-breathing',
    name: 'Neck and Shoulder Release Breathing',
    description:
      'Sitting tall, you lift your shoulders gently as you breathe in and let them drop as you breathe out slowly. It eases tension in the neck and upper shoulders and teaches you to stop breathing with those muscles.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['breathing-relaxation'],
    bodyRegions: ['cervical-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a supported chair with your feet flat and your hands resting on your thighs.',
      },
      {
        type: 'step',
        text: 'Breathe in through your nose and gently lift your shoulders a little toward your ears.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly through your mouth and let your shoulders drop and soften.',
      },
      {
        type: 'step',
        text: 'After a few rounds, keep the shoulders down and breathe low into your stomach for a few more breaths.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin level and your jaw loose; let your teeth part slightly.',
      },
      {
        type: 'form_cue',
        text: 'Notice the difference between tense and relaxed shoulders, and let the relaxed feeling grow.',
      },
      {
        type: 'breathing',
        text: 'Make each breath out a little longer than the breath in.',
      },
      {
        type: 'safety',
        text: 'Keep the shoulder lift small and stop if it brings on neck pain or arm tingling.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Leave out the shoulder lift and simply let the shoulders soften as you breathe out.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; keep any sling on and skip the lift.",
      },
    ],
  },
];
