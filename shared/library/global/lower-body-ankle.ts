import type { LibraryExercise } from '../library-exercise';
import {
  latexAllergy,
  suspectedDeepVeinThrombosis,
} from '../common-contraindications';

/**
 * Platform exercises for the ankle and foot, and the balance work that
 * builds on them.
 */
export const ankleExercises: readonly LibraryExercise[] = [
  {
    slug: 'ankle-alphabet',
    name: 'Ankle Alphabet',
    description:
      'You trace the letters of the alphabet in the air with your big toe. It moves the ankle gently in every direction and helps restore movement after a sprain or time in a cast.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your leg resting on a stool or bed so your foot hangs freely over the edge.',
      },
      {
        type: 'step',
        text: 'Using your big toe as a pen, draw each letter of the alphabet in the air.',
      },
      {
        type: 'step',
        text: 'Make the letters as large as is comfortable, moving from the ankle.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knee and leg still; the movement comes from the ankle and foot.',
      },
      { type: 'form_cue', text: 'Move slowly and smoothly.' },
      {
        type: 'breathing',
        text: 'Breathe easily throughout; do not hold your breath as you concentrate.',
      },
      {
        type: 'safety',
        text: 'Make the letters smaller if the ankle aches or swells more afterwards.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when the ankle may move freely.",
      },
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Keep the letters small and pain-free during the first few days.',
      },
    ],
  },
  {
    slug: 'calf-raise',
    name: 'Calf Raise',
    description:
      'Holding a support, you rise up onto your toes and lower back down. It strengthens the calf muscles and Achilles tendon, which you need for walking, stairs and balance.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart, holding the back of a chair or a counter for balance.',
      },
      {
        type: 'step',
        text: 'Rise up onto the balls of your feet as high as you comfortably can.',
      },
      { type: 'step', text: 'Pause at the top for a moment.' },
      {
        type: 'step',
        text: 'Lower your heels slowly to the floor over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your weight over the big and second toes; do not roll out onto the little toes.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees straight but soft and your body tall.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you rise and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Hold on firmly if you feel unsteady, and stop if you feel sharp pain in the calf or Achilles.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows loading through the tendon.',
      },
      suspectedDeepVeinThrombosis,
      {
        condition: 'Poor Balance or Fall Risk',
        severity: 'warning',
        note: 'Hold on with both hands, or do the raises sitting down.',
      },
    ],
  },
  {
    slug: 'theraband-ankle-eversion',
    name: 'TheraBand Ankle Eversion',
    description:
      'Sitting with a TheraBand around your foot, you turn the foot outward against the band. It strengthens the muscles on the outside of the ankle that help stop it rolling over.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on the floor or a bed with your legs straight out in front of you.',
      },
      {
        type: 'preparation',
        text: 'Loop the TheraBand around the outside of the working foot and anchor the ends around the other foot or a heavy table leg, so the band pulls the foot inward.',
      },
      {
        type: 'step',
        text: 'Turn the sole of the working foot outward, away from the other foot, against the band.',
      },
      {
        type: 'step',
        text: 'Pause, then let the foot return slowly to the middle.',
      },
      {
        type: 'form_cue',
        text: 'Move only at the ankle; keep the knee pointing at the ceiling and the leg still.',
      },
      { type: 'form_cue', text: 'Keep the movement slow in both directions.' },
      {
        type: 'breathing',
        text: 'Breathe out as you turn the foot out and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks before each session, and stop if you feel sharp pain at the ankle.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Start with a light band and a small range once walking is comfortable.',
      },
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Begin only when the surgeon's protocol allows resisted ankle work.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'single-leg-stance',
    name: 'Single-Leg Stance',
    description:
      'You stand on one leg and hold your balance. It trains the ankle, knee and hip to react and keep you steady, which helps prevent falls and repeat ankle sprains.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand beside a kitchen counter or sturdy chair, close enough to grab it if you need to.',
      },
      {
        type: 'step',
        text: 'Shift your weight onto one leg and lift the other foot just off the floor.',
      },
      {
        type: 'step',
        text: 'Hold your balance for up to 30 seconds, then lower the foot.',
      },
      { type: 'step', text: 'Repeat on the other leg.' },
      {
        type: 'form_cue',
        text: 'Stand tall with a slight bend in the standing knee and your eyes fixed on a point ahead.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips level; do not lean over the standing leg.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and steadily; holding your breath makes balancing harder.',
      },
      {
        type: 'safety',
        text: 'Keep a hand close to the support and put your foot down whenever you feel unsteady.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain',
        severity: 'warning',
        note: 'Start only once you can stand on the injured leg without much pain, and keep one hand on the support.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Practise with a hand resting on the support, or with a helper beside you.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep your eyes open and the support within reach, and stop if dizziness starts.',
      },
    ],
  },
  {
    slug: 'balance-board-weight-shifts',
    name: 'Balance Board Weight Shifts',
    description:
      'Standing on a balance board, you rock slowly forward and back, then side to side, and finally try to hold it level. It trains the ankles and knees to sense and control their position.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['balance-board'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place the balance board on a non-slip floor beside a counter or wall you can hold.',
      },
      {
        type: 'preparation',
        text: 'Holding the support, step on with both feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Slowly rock the board forward until the front edge touches the floor, then back until the rear edge touches.',
      },
      { type: 'step', text: 'Then rock slowly from side to side.' },
      {
        type: 'step',
        text: 'Finish by trying to hold the board level with no edge touching.',
      },
      {
        type: 'form_cue',
        text: 'Move from your ankles, with soft knees and an upright body.',
      },
      { type: 'form_cue', text: 'Look ahead rather than down at your feet.' },
      {
        type: 'breathing',
        text: 'Breathe slowly and steadily; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Always step on and off while holding the support, and stop if you feel dizzy.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not use the board in the first days after a sprain or while walking still hurts; start with single-leg stance on the floor.',
      },
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Use the board only with a helper present and both hands on a support.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep both hands on the support and stop if dizziness starts.',
      },
      {
        condition: 'Post-operative Knee or Ankle Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when unstable surfaces may be used.",
      },
    ],
  },
  {
    slug: 'lateral-hops',
    name: 'Lateral Hops',
    description:
      'You hop from side to side over a line on the floor, landing softly each time. It trains the legs to absorb and produce force quickly, a late stage in returning to sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 90,
    categories: ['plyometric'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lay a strip of tape or a rope in a line across a clear, non-slip floor.',
      },
      {
        type: 'preparation',
        text: 'Warm up first, for example with calf raises and mini squats.',
      },
      { type: 'step', text: 'Stand beside the line with your feet together.' },
      {
        type: 'step',
        text: 'Hop sideways over the line and land softly on both feet.',
      },
      {
        type: 'step',
        text: 'Hop straight back and keep a steady rhythm; hop on one leg only when your physiotherapist advises it.',
      },
      {
        type: 'form_cue',
        text: 'Land on the balls of your feet with your knees bent and in line with your toes.',
      },
      {
        type: 'form_cue',
        text: 'Keep the hops low and quick rather than high.',
      },
      {
        type: 'breathing',
        text: 'Breathe out each time you push off, keeping a steady breathing rhythm.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain, your knee gives way, or you lose control of the landing.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Ankle Sprain or Knee Injury',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist has cleared you for hopping.',
      },
      {
        condition: 'Post-operative Restrictions (such as ACL Reconstruction)',
        severity: 'contraindicated',
        note: "Start only when the surgeon's protocol and your physiotherapist's testing allow jumping.",
      },
      {
        condition: 'Pelvic Floor Weakness',
        severity: 'warning',
        note: 'Stop if you leak urine, and ask your physiotherapist about pelvic floor training first.',
      },
    ],
  },
];
