import type { LibraryExercise } from '../library-exercise';

/**
 * Platform exercises for the abdominal wall and breathing muscles, from
 * gentle activation to demanding trunk control.
 */
export const abdominalExercises: readonly LibraryExercise[] = [
  {
    slug: 'abdominal-bracing',
    name: 'Abdominal Bracing',
    description:
      'Lying on your back, you gently tighten the deep muscles of your lower stomach and hold them while breathing normally. It is a first step in learning to support your lower back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Place your fingertips just inside the bony points at the front of your hips.',
      },
      {
        type: 'step',
        text: 'Gently tighten your lower stomach until you feel the muscle firm up under your fingertips.',
      },
      { type: 'step', text: 'Hold for ten seconds, then relax fully.' },
      {
        type: 'form_cue',
        text: 'Use a gentle effort, about a third of your strongest squeeze.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back and pelvis still; do not flatten your back or tilt your hips.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if the exercise increases your back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Practise lying on your side, sitting, or on hands and knees rather than flat on your back.',
      },
      {
        condition: 'Recent Abdominal Surgery',
        severity: 'warning',
        note: "Follow your surgeon's advice on when gentle stomach exercises may begin.",
      },
    ],
  },
  {
    slug: 'dead-bug',
    name: 'Dead Bug',
    description:
      'Lying on your back with arms and legs raised, you slowly lower an opposite arm and leg while keeping your back still. It trains the deep stomach muscles to control the spine.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat, raise your arms toward the ceiling and lift your legs so your hips and knees are bent to right angles.',
      },
      {
        type: 'preparation',
        text: 'Gently tighten your stomach so your lower back rests lightly on the mat.',
      },
      {
        type: 'step',
        text: 'Slowly lower one arm back overhead and straighten the opposite leg toward the floor, stopping before your back starts to arch.',
      },
      { type: 'step', text: 'Return to the start position with control.' },
      { type: 'step', text: 'Repeat with the other arm and leg.' },
      {
        type: 'form_cue',
        text: 'Keep your lower back in gentle contact with the mat throughout.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly, and make the movement smaller if your back lifts.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the arm and leg lower and breathe in as they return.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel back pain or your neck starts to strain.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells flat on your back; prop your upper body on a wedge or switch to the bird dog.',
      },
      {
        condition: 'Abdominal Separation (Diastasis Recti)',
        severity: 'warning',
        note: 'Stop if a ridge or dome appears along the middle of your stomach, and make the movement smaller until it does not.',
      },
      {
        condition: 'Recent Abdominal Surgery',
        severity: 'warning',
        note: "Follow your surgeon's advice on when stomach exercises may begin.",
      },
    ],
  },
  {
    slug: 'abdominal-curl-up',
    name: 'Abdominal Curl-up',
    description:
      'Lying on your back with one knee bent, you lift your head and shoulders just off the floor. It strengthens the front stomach muscles with far less strain on the lower back than a full sit-up.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with one knee bent and the other leg straight.',
      },
      {
        type: 'preparation',
        text: 'Slide your hands, palms down, under the small of your back to support its natural curve.',
      },
      {
        type: 'step',
        text: 'Tighten your stomach and lift your head and shoulders slightly off the mat as one unit.',
      },
      { type: 'step', text: 'Hold for a few seconds, then lower slowly.' },
      {
        type: 'step',
        text: 'Swap which knee is bent halfway through the set.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin tucked and your neck in line with your back; do not pull on your head.',
      },
      {
        type: 'form_cue',
        text: 'Lift only a little; your lower back stays resting on your hands.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift, and keep breathing during the short hold.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel back pain, neck strain, or pain travelling into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Osteoporosis or Vertebral Compression Fracture',
        severity: 'contraindicated',
        note: 'Do not perform; bending the spine forward against load raises the risk of fracture. Choose a neutral-spine exercise such as the dead bug.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'contraindicated',
        note: 'Leave this out while symptoms are acute, as repeated forward bending can aggravate the disc; your physiotherapist will advise when to start.',
      },
      {
        condition: 'Pregnancy or Abdominal Separation (Diastasis Recti)',
        severity: 'warning',
        note: 'Curl-ups strain the midline of the stomach; stop if a ridge appears and ask your physiotherapist for an alternative.',
      },
    ],
  },
  {
    slug: 'side-plank-modified',
    name: 'Side Plank (Modified)',
    description:
      'Lying on your side, propped on your forearm with your knees bent, you lift your hips and hold. It strengthens the muscles along the side of the trunk and hip.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat, propped on your forearm with the elbow directly under your shoulder.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees so your feet are behind you and your shoulders, hips and knees are in one line.',
      },
      {
        type: 'step',
        text: 'Lift your hips off the mat so your body forms a straight line from head to knees.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, or for as long as your form stays good.',
      },
      {
        type: 'step',
        text: 'Lower your hips gently, rest, and repeat on the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips stacked and pressed slightly forward; do not let them sag or roll back.',
      },
      {
        type: 'form_cue',
        text: 'Push the floor away with your forearm so you do not sink into the shoulder.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily throughout the hold; do not hold your breath.',
      },
      { type: 'safety', text: 'Stop if you feel shoulder pain or back pain.' },
    ],
    contraindications: [
      {
        condition: 'Shoulder Pain or Instability',
        severity: 'warning',
        note: 'Do the side plank standing, with your forearm against a wall.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Check with your doctor first; keep the holds short, keep breathing, and stop if you feel light-headed or get a headache.',
      },
    ],
  },
  {
    slug: 'swiss-ball-rollout',
    name: 'Swiss Ball Rollout',
    description:
      'Kneeling with your forearms on a Swiss ball, you roll the ball forward while keeping your back straight. It is a demanding exercise in which the stomach muscles must stop the lower back from sagging.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'shoulder'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat with a Swiss ball in front of you and rest your forearms and clasped hands on top of it.',
      },
      {
        type: 'preparation',
        text: 'Tighten your stomach and buttocks so your body is straight from knees to head.',
      },
      {
        type: 'step',
        text: 'Slowly roll the ball forward by reaching your arms ahead and letting your hips move forward with them.',
      },
      {
        type: 'step',
        text: 'Go only as far as you can keep your back straight, then pause briefly.',
      },
      {
        type: 'step',
        text: 'Draw the ball back toward your knees, using your stomach muscles, to return to the start.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat; do not let your lower back sag or your hips stick up.',
      },
      {
        type: 'form_cue',
        text: 'Move your hips and shoulders together as one unit.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you roll out and breathe out as you draw the ball back.',
      },
      {
        type: 'safety',
        text: 'Stop straight away if you feel pain in your lower back or shoulders.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'contraindicated',
        note: 'Do not perform until the flare has settled; start again with easier trunk exercises such as the dead bug.',
      },
      {
        condition: 'Pregnancy or Abdominal Separation (Diastasis Recti)',
        severity: 'contraindicated',
        note: 'Do not perform; the load on the midline of the stomach is too high. Ask your physiotherapist for an alternative.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Roll out only a short distance so the arms stay below the painful range.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Check with your doctor first, keep the sets short and breathe throughout.',
      },
    ],
  },
  {
    slug: 'diaphragmatic-breathing',
    name: 'Diaphragmatic Breathing',
    description:
      'You practise breathing low into your stomach rather than high into your chest. It helps you relax, can ease breathlessness, and supports the deep trunk muscles.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['abdominals', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and a pillow under your head, or sit comfortably in a chair.',
      },
      {
        type: 'preparation',
        text: 'Place one hand on your upper chest and the other on your stomach just below the ribs.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose and let your stomach rise under your lower hand.',
      },
      {
        type: 'step',
        text: 'Breathe out gently through pursed lips and feel your stomach fall.',
      },
      { type: 'step', text: 'Carry on at a slow, comfortable pace.' },
      {
        type: 'form_cue',
        text: 'Keep the hand on your chest as still as you can; the lower hand does the moving.',
      },
      { type: 'form_cue', text: 'Let your shoulders and jaw stay relaxed.' },
      {
        type: 'breathing',
        text: 'Aim for a breath out a little longer than the breath in, without forcing either.',
      },
      {
        type: 'safety',
        text: 'If you feel light-headed or your fingers tingle, stop and breathe normally until it passes.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Practise sitting or lying on your side rather than flat on your back.',
      },
      {
        condition: 'Severe Lung Disease (such as COPD)',
        severity: 'warning',
        note: 'Follow the breathing pattern your respiratory physiotherapist has taught you, and do not force deep breaths.',
      },
    ],
  },
];
