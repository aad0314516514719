import type { ExerciseStatus } from '../domain';
import type { LibraryExercise } from './library-exercise';

/** A clinic's own exercise as seeded for the demo, with its status. */
export type DemoClinicExercise = LibraryExercise & {
  status: Extract<ExerciseStatus, 'draft' | 'published'>;
};

/**
 * Northside's knee-focused protocols. The draft shows what an unfinished
 * clinic exercise looks like: visible to staff, not yet to patients.
 */
export const northsideExercises: readonly DemoClinicExercise[] = [
  {
    slug: 'post-acl-warm-up',
    name: 'Post-ACL Warm-up',
    status: 'published',
    description:
      'The short sequence of heel slides, quad sets and banded knee straightening that starts every Northside session after ACL reconstruction. It gets the knee moving and the thigh muscle working before the main exercises.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['mobility', 'isometric', 'isotonic'],
    bodyRegions: ['knee'],
    equipment: ['yoga-mat', 'resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Set out a mat and a rolled towel, and anchor a resistance band at knee height nearby.',
      },
      {
        type: 'step',
        text: 'Lying on your back, do slow heel slides, bending the knee only as far as your current stage allows.',
      },
      {
        type: 'step',
        text: 'Place the towel under the knee and do quad sets, holding each squeeze for five seconds.',
      },
      {
        type: 'step',
        text: 'Stand with the band behind your knee and finish with terminal knee extensions.',
      },
      {
        type: 'form_cue',
        text: 'Aim for a fully straight knee on every quad set and every knee extension.',
      },
      {
        type: 'form_cue',
        text: 'Keep the kneecap pointing at the ceiling during the heel slides.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout, and do not hold your breath during the squeezes.',
      },
      {
        type: 'safety',
        text: 'Call the clinic if the knee becomes more swollen, hot or painful after the warm-up.',
      },
    ],
    contraindications: [
      {
        condition: 'Graft-Specific Post-operative Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on range and bracing for your type of graft.",
      },
      {
        condition: 'Suspected Deep Vein Thrombosis (DVT)',
        severity: 'contraindicated',
        note: 'Do not exercise the leg; a painful, swollen, warm or red calf needs urgent medical assessment.',
      },
      {
        condition: 'Increasing Knee Swelling',
        severity: 'warning',
        note: 'Do fewer repetitions and tell your physiotherapist at the next session.',
      },
    ],
  },
  {
    slug: 'custom-knee-protocol-step-1',
    name: 'Custom Knee Protocol Step 1',
    status: 'published',
    description:
      'The first stage of the Northside knee protocol: quad sets in long sitting with a towel under the knee. It switches the thigh muscle back on early after a knee injury or operation.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['isometric'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a bed or the floor with your back supported and your leg straight out in front.',
      },
      {
        type: 'preparation',
        text: 'Place a small rolled towel under the knee.',
      },
      {
        type: 'step',
        text: 'Tighten the front of your thigh to press the knee down into the towel.',
      },
      {
        type: 'step',
        text: 'Hold for ten seconds, then relax fully for ten seconds.',
      },
      {
        type: 'form_cue',
        text: 'Check that your kneecap glides up toward your hip with each squeeze.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during each hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop and call the clinic if the pain is sharp or the knee swells more.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on bracing and on when this step begins.",
      },
      {
        condition: 'Suspected Deep Vein Thrombosis (DVT)',
        severity: 'contraindicated',
        note: 'Do not exercise the leg; a painful, swollen, warm or red calf needs urgent medical assessment.',
      },
    ],
  },
  {
    slug: 'custom-knee-protocol-step-2',
    name: 'Custom Knee Protocol Step 2',
    status: 'published',
    description:
      'The second stage of the Northside knee protocol: slow step-downs from a low step. It trains the thigh muscle to control the knee as it bends under body weight, as on stairs.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the bottom stair or a low step, side-on, holding the rail.',
      },
      {
        type: 'step',
        text: 'Standing on the working leg, slowly lower the other heel toward the floor by bending the working knee.',
      },
      {
        type: 'step',
        text: 'Touch the heel lightly to the floor without putting weight on it.',
      },
      { type: 'step', text: 'Straighten the working knee to rise back up.' },
      {
        type: 'form_cue',
        text: 'Keep the working knee in line with your second toe and your hips level.',
      },
      { type: 'form_cue', text: 'Take about three seconds to lower.' },
      {
        type: 'breathing',
        text: 'Breathe in as you lower and breathe out as you rise.',
      },
      {
        type: 'safety',
        text: 'Hold the rail throughout, and stop if you feel sharp pain at the front of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Non-Weight-Bearing Restriction',
        severity: 'contraindicated',
        note: 'Do not perform until full weight through the leg is allowed.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Use a lower step and a smaller knee bend.',
      },
    ],
  },
  {
    slug: 'balance-board-series',
    name: 'Balance Board Series',
    status: 'draft',
    description:
      'A progression of balance board drills, from rocking on two feet to holding the board level on one leg. Northside uses it in the later stages of knee and ankle rehabilitation.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 240,
    categories: ['balance-proprioception'],
    bodyRegions: ['knee', 'ankle-foot'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place the board on a non-slip floor beside a counter or parallel bars you can hold.',
      },
      {
        type: 'step',
        text: 'With both feet on the board, rock forward and back, then side to side.',
      },
      {
        type: 'step',
        text: 'Hold the board level on both feet, letting go of the support when you feel steady.',
      },
      {
        type: 'step',
        text: 'Stand on the working leg in the middle of the board and hold it level.',
      },
      {
        type: 'form_cue',
        text: 'Keep a soft bend in the standing knee and keep it over your second toe.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and steadily; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Move on to the next drill only when your physiotherapist agrees, and keep the support within reach.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not use the board until walking is pain-free.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Practise only with a helper present and both hands on a support.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep both hands on the support and stop if dizziness starts.',
      },
    ],
  },
];

/** Lakeview's back and neck programmes, one of them still a draft. */
export const lakeviewExercises: readonly DemoClinicExercise[] = [
  {
    slug: 'lakeview-lumbar-stabilisation-circuit',
    name: 'Lakeview Lumbar Stabilisation Circuit',
    status: 'published',
    description:
      'A circuit of abdominal bracing, bird dog and modified side plank done one after another. It builds the trunk control Lakeview asks for before heavier back exercises.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 300,
    categories: ['isometric'],
    bodyRegions: ['lumbar-spine', 'abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      { type: 'preparation', text: 'Lay out a mat in a clear space.' },
      {
        type: 'step',
        text: 'Lying on your back, gently brace your stomach and hold while breathing normally.',
      },
      {
        type: 'step',
        text: 'Move onto hands and knees for bird dogs, alternating sides.',
      },
      {
        type: 'step',
        text: 'Finish with a modified side plank on each side, propped on your forearm with your knees bent.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back in the same neutral position through every station.',
      },
      {
        type: 'form_cue',
        text: 'Rest between stations if your form starts to slip.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily through every hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Do only the bracing station until your physiotherapist progresses you.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Check with your doctor first, and keep the holds short.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the bracing station sitting or side-lying instead of on your back.',
      },
    ],
  },
  {
    slug: 'desk-neck-reset',
    name: 'Desk Neck Reset',
    status: 'published',
    description:
      'A short seated routine of chin tucks, shoulder blade squeezes and a gentle neck stretch. Lakeview gives it to desk workers to break up long periods at a screen.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['mobility'],
    bodyRegions: ['cervical-spine', 'thoracic-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall at your desk with your feet flat and your back against the chair.',
      },
      {
        type: 'step',
        text: 'Do a few chin tucks, gliding your head straight back and holding each for five seconds.',
      },
      {
        type: 'step',
        text: 'Squeeze your shoulder blades back and down a few times, holding each squeeze for five seconds.',
      },
      {
        type: 'step',
        text: 'Finish by tilting each ear toward its shoulder for a gentle stretch of about 20 seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your eyes level and your jaw relaxed throughout.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and steadily; do not hold your breath in the holds.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel dizzy, or if pain or tingling spreads into your arms.',
      },
    ],
    contraindications: [
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not perform; clumsy hands, unsteady walking, or tingling in both arms or legs need a medical review first.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Move your head slowly and stay seated.',
      },
    ],
  },
  {
    slug: 'seated-sciatic-nerve-glide',
    name: 'Seated Sciatic Nerve Glide',
    status: 'draft',
    description:
      'Sitting on a chair, you straighten one knee while tipping your head back, then bend the knee as you look down. It helps the sciatic nerve move more freely when leg pain comes from the back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine', 'hip', 'knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit upright on a firm chair with your hands resting on your thighs.',
      },
      {
        type: 'step',
        text: 'Straighten one knee and pull the toes up toward you while you tip your head back to look up.',
      },
      {
        type: 'step',
        text: 'Then bend the knee and point the toes while you bring your chin toward your chest.',
      },
      {
        type: 'step',
        text: 'Move smoothly between the two positions without holding either.',
      },
      {
        type: 'form_cue',
        text: 'Keep the movement easy; you should feel at most a mild pull, never a strong stretch.',
      },
      {
        type: 'breathing',
        text: 'Breathe in a slow, even rhythm with the movement.',
      },
      {
        type: 'safety',
        text: 'Stop if the leg symptoms get stronger or last after you finish.',
      },
    ],
    contraindications: [
      {
        condition: 'Bladder or Bowel Changes, or Numbness Around the Groin',
        severity: 'contraindicated',
        note: 'Do not exercise; these signs need emergency medical care straight away.',
      },
      {
        condition: 'Worsening Leg Weakness or Numbness',
        severity: 'contraindicated',
        note: 'Do not perform; contact your doctor or physiotherapist for an urgent review.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep the head still and move only the leg.',
      },
    ],
  },
];
