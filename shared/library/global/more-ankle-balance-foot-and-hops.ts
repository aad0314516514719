import type { LibraryExercise } from '../library-exercise';
import { suspectedDeepVeinThrombosis } from '../common-contraindications';

/**
 * Platform exercises for the small muscles of the foot, calf release, and
 * the late-stage loaded and hopping work that prepares an ankle for sport.
 */
export const footAndHopExercises: readonly LibraryExercise[] = [
  {
    slug: 'toe-yoga',
    name: 'Toe Yoga',
    description:
      'You lift your big toe while the small toes stay down, then swap. It trains control of the small foot muscles that support the arch and help your balance.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a chair with your bare feet flat on the floor and your knees over your ankles.',
      },
      {
        type: 'step',
        text: 'Lift only your big toe while pressing the four smaller toes into the floor.',
      },
      {
        type: 'step',
        text: 'Now press the big toe down and lift the four smaller toes.',
      },
      {
        type: 'step',
        text: 'Keep swapping slowly for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the ball of the foot and the heel on the floor; do not roll the foot in or out.',
      },
      {
        type: 'form_cue',
        text: 'It is normal to find this hard at first; small, accurate movements are the goal.',
      },
      {
        type: 'breathing',
        text: 'Breathe easily while you concentrate; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Rest if the arch starts to cramp.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Toe or Bunion Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol before moving the toes actively.",
      },
      {
        condition: 'Gout Flare in the Toe',
        severity: 'warning',
        note: 'Leave the exercise out until the flare has settled.',
      },
    ],
  },
  {
    slug: 'towel-scrunch',
    name: 'Towel Scrunch',
    description:
      'With a towel under your foot, you use your toes to scrunch it toward you. It strengthens the muscles under the foot and is often used for arch and heel pain.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a chair with a small towel flat on a smooth floor and place your bare foot on the near end.',
      },
      {
        type: 'step',
        text: 'Keeping your heel on the floor, curl your toes to grip the towel and pull it toward you.',
      },
      {
        type: 'step',
        text: 'Release, spread the toes, and grip again until the towel is bunched under your foot.',
      },
      {
        type: 'step',
        text: 'Smooth the towel out and repeat for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Move only the toes; keep the heel and ankle still.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout.',
      },
      {
        type: 'safety',
        text: 'Check your skin afterwards if you have reduced feeling in your feet.',
      },
    ],
    contraindications: [
      {
        condition: 'Reduced Sensation in the Feet (Neuropathy)',
        severity: 'warning',
        note: 'Use a soft towel, check the skin for rubbing afterwards, and stop if any skin is broken.',
      },
      {
        condition: 'Recent Foot Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol before working the toes.",
      },
    ],
  },
  {
    slug: 'short-foot-exercise',
    name: 'Short Foot Exercise',
    description:
      'You gently shorten your foot by drawing the ball of the foot toward the heel, lifting the arch without curling your toes. It trains the deep arch muscles that steady the foot when you stand and walk.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit with your bare foot flat on the floor; once it is easy, practise it standing.',
      },
      {
        type: 'step',
        text: 'Without lifting your toes or heel, draw the ball of your foot back toward your heel so the arch rises.',
      },
      {
        type: 'step',
        text: 'Hold the raised arch for the time set in your plan, then relax fully.',
      },
      {
        type: 'form_cue',
        text: 'Keep the toes long and relaxed on the floor; curling them means the wrong muscles are working.',
      },
      {
        type: 'form_cue',
        text: 'Keep the big toe joint pressed into the floor.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Relax and rest the foot if it cramps.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Foot Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on weight bearing before practising it standing.",
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Practise it sitting, or stand holding a counter.',
      },
    ],
  },
  {
    slug: 'foam-roller-calf-release',
    name: 'Foam Roller Calf Release',
    description:
      'Sitting on a mat with a foam roller under your calf, you roll slowly up and down the muscle. It can ease calf tightness and make stretching more comfortable.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['ankle-foot'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a mat with the foam roller under the calf just above the ankle and your hands on the floor behind you.',
      },
      {
        type: 'step',
        text: 'Lift your hips slightly and roll slowly up the calf toward the knee, then back down.',
      },
      {
        type: 'step',
        text: 'Pause on a tender spot for a few breaths, then keep rolling.',
      },
      {
        type: 'step',
        text: 'For more pressure, cross the other leg over the working one.',
      },
      {
        type: 'form_cue',
        text: 'Roll slowly and stay on the muscle; stop short of the back of the knee.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the calf soften with each out-breath.',
      },
      {
        type: 'safety',
        text: 'Aim for firm, tolerable pressure, never sharp pain or numbness.',
      },
    ],
    contraindications: [
      {
        condition: 'Suspected Deep Vein Thrombosis (DVT)',
        severity: 'contraindicated',
        note: 'Never roll a painful, swollen, warm or red calf; it needs urgent medical assessment.',
      },
      {
        condition: 'Varicose Veins',
        severity: 'warning',
        note: 'Do not roll directly over the veins; use light pressure around them or leave the exercise out.',
      },
      {
        condition: 'Blood-thinning Medication',
        severity: 'warning',
        note: 'Use light pressure only, as bruising comes more easily.',
      },
    ],
  },
  {
    slug: 'weighted-single-leg-calf-raise',
    name: 'Weighted Single-Leg Calf Raise',
    description:
      'Holding a dumbbell, you rise onto the toes of one leg and lower slowly. It is a late-stage calf exercise that rebuilds the strength needed for running and jumping after an ankle or Achilles injury.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['ankle-foot'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the working leg on a step edge or flat floor beside a support, holding a dumbbell in the hand on the same side.',
      },
      {
        type: 'preparation',
        text: 'Rest your other hand on the support and lift the other foot.',
      },
      {
        type: 'step',
        text: 'Rise up onto the ball of the foot as high as you can.',
      },
      {
        type: 'step',
        text: 'Lower slowly over about three seconds to the start.',
      },
      {
        type: 'form_cue',
        text: 'Stay tall and keep the weight over the big and second toes.',
      },
      {
        type: 'form_cue',
        text: 'Use the same full height on every rep; lighten the weight if the raises get shorter.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you rise and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the calf or Achilles tendon.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist has cleared heavy loading of the tendon.',
      },
      {
        condition: 'Achilles Tendinopathy Flare',
        severity: 'warning',
        note: 'Drop the weight and return to body-weight raises until the tendon settles.',
      },
      suspectedDeepVeinThrombosis,
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 100,
      endAngleDegrees: 140,
      sides: 'alternating',
    },
  },
  {
    slug: 'pogo-hops',
    name: 'Pogo Hops',
    description:
      'You bounce quickly on the balls of both feet with springy, stiff ankles, like a pogo stick. It trains the calf and Achilles tendon to store and release energy, preparing you for running and jumping.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 60,
    categories: ['plyometric'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on a firm, non-slip surface in supportive shoes with your feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Bounce up and down on the balls of your feet in small, quick hops.',
      },
      {
        type: 'step',
        text: 'Keep hopping for the time set in your plan, then stop by landing softly on both feet.',
      },
      {
        type: 'form_cue',
        text: 'Keep your heels just off the floor and your knees soft but fairly still, so the spring comes from the ankles.',
      },
      {
        type: 'form_cue',
        text: 'Land quietly and keep your body tall.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing in a steady rhythm; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in the Achilles, shin or foot, or if your ankle gives way.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not hop until your surgeon or physiotherapist has cleared you for impact.',
      },
      {
        condition: 'Acute Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not hop until you can do single-leg calf raises and balance on the injured leg without pain.',
      },
      {
        condition: 'Pelvic Floor Weakness',
        severity: 'warning',
        note: 'Hopping can cause leaking; keep the hops small and ask your physiotherapist about pelvic floor work.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Check with your physiotherapist first, especially if you have had a fracture from a minor fall.',
      },
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 105,
      endAngleDegrees: 135,
      sides: 'both',
    },
  },
  {
    slug: 'single-leg-hop-and-stick',
    name: 'Single-Leg Hop and Stick',
    description:
      'You hop forward on one leg and land and hold still on that same leg. It trains the ankle and knee to absorb a landing and steady themselves, a key test before returning to sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 120,
    categories: ['plyometric', 'balance-proprioception'],
    bodyRegions: ['ankle-foot', 'knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand on the working leg on a firm, non-slip surface with clear space in front of you.',
      },
      {
        type: 'step',
        text: 'Hop a short distance forward and land on the same leg.',
      },
      {
        type: 'step',
        text: 'Hold the landing still for two to three seconds before putting the other foot down.',
      },
      {
        type: 'step',
        text: 'Walk back to the start and repeat for the number set in your plan, then switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Land softly on the ball of the foot, bending the knee, with the knee over the second toe.',
      },
      {
        type: 'form_cue',
        text: 'Make the hop only as long as you can land without wobbling.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you land and keep breathing while you hold the landing.',
      },
      {
        type: 'safety',
        text: 'Stop if the ankle or knee gives way or you feel sharp pain on landing.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Ankle Sprain',
        severity: 'contraindicated',
        note: 'Do not hop until you can balance and do single-leg calf raises on the injured leg without pain.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after knee ligament surgery, hopping starts only once set strength criteria are met.",
      },
      {
        condition: 'Chronic Ankle Instability',
        severity: 'warning',
        note: 'Start with very small hops and progress only when every landing is steady.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 130,
      sides: 'alternating',
    },
  },
];
