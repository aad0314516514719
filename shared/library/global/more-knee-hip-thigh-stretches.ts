import type { LibraryExercise } from '../library-exercise';

/**
 * Platform stretches for the thigh muscles that cross the hip and knee,
 * held statically or with the contract-relax technique.
 */
export const moreKneeHipThighStretchesExercises: readonly LibraryExercise[] = [
  {
    slug: 'standing-quadriceps-stretch',
    name: 'Standing Quadriceps Stretch',
    description:
      'Standing and holding a support, you bend one knee and hold your foot behind you to stretch the front of the thigh. It eases tightness in the thigh muscle that can add to pain at the front of the knee.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['knee', 'hip'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall beside a wall or sturdy chair and hold it with one hand.',
      },
      {
        type: 'preparation',
        text: 'If you cannot reach your foot, loop a towel or strap around the ankle.',
      },
      {
        type: 'step',
        text: 'Bend the outside knee and take hold of that ankle behind you.',
      },
      {
        type: 'step',
        text: 'Draw the heel gently toward your buttock until you feel a stretch at the front of the thigh.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then lower the foot slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep your knees side by side and tuck your tailbone under slightly.',
      },
      {
        type: 'form_cue',
        text: 'Stand tall; do not arch your lower back or lean forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and relax into the stretch; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Feel a stretch, not pain; stop if you feel pain in the knee joint.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Range-of-Motion Limits',
        severity: 'warning',
        note: "Stay within the knee bend allowed by the surgeon's protocol, and use a towel rather than forcing the bend.",
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Do the stretch lying on your side instead.',
      },
    ],
  },
  {
    slug: 'side-lying-quadriceps-contract-relax-stretch',
    name: 'Side-Lying Quadriceps Contract-Relax Stretch',
    description:
      'Lying on your side and holding your top foot, you push it gently into your hand, relax, and then ease into a deeper stretch. Briefly tightening the muscle first lets it relax and lengthen further.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['pnf-stretching'],
    bodyRegions: ['knee', 'hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with your head supported and your bottom knee bent for balance.',
      },
      {
        type: 'preparation',
        text: 'Bend your top knee and hold that ankle, or a strap around it, behind you.',
      },
      {
        type: 'step',
        text: 'Draw the heel toward your buttock until you feel a comfortable stretch at the front of the thigh.',
      },
      {
        type: 'step',
        text: 'Push the foot gently back into your hand for about five seconds, without letting the leg move.',
      },
      {
        type: 'step',
        text: 'Relax, then draw the heel a little closer and hold the new stretch.',
      },
      {
        type: 'step',
        text: 'Repeat the push, relax and ease-in for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips stacked and your thigh in line with your body, not drifting forward.',
      },
      {
        type: 'form_cue',
        text: 'Use only a light push, about a quarter of your full effort.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the push, then breathe out as you ease into the stretch.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the knee joint or the lower back.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after patellar tendon graft or quadriceps repair, resisted work and deep bend may be restricted.",
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions; put a pillow between the knees and do not lie on the operated side.",
      },
    ],
  },
  {
    slug: 'hamstring-contract-relax-stretch',
    name: 'Hamstring Contract-Relax Stretch',
    description:
      'Lying on your back with a band around your foot, you raise one straight leg, press it gently into the band, then relax into a deeper stretch. It lengthens the hamstrings more than a simple hold.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['pnf-stretching'],
    bodyRegions: ['hip', 'knee'],
    equipment: ['resistance-band', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with both legs straight, or with the other knee bent and the foot flat.',
      },
      {
        type: 'preparation',
        text: 'Loop a resistance band or strap around the ball of the working foot and hold both ends.',
      },
      {
        type: 'step',
        text: 'Raise the straight leg with the band until you feel a comfortable stretch at the back of the thigh.',
      },
      {
        type: 'step',
        text: 'Press the leg gently down into the band for about five seconds, without letting it move.',
      },
      {
        type: 'step',
        text: 'Relax, then draw the leg a little higher with the band and hold the new stretch.',
      },
      {
        type: 'step',
        text: 'Repeat the press, relax and ease-in for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee straight and the other leg and your hips resting on the mat.',
      },
      {
        type: 'form_cue',
        text: 'Use a light press, about a quarter of your full effort.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the press, then breathe out as you ease into the stretch.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel tingling, burning or pain running down the leg; that is a nerve, not a muscle.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Hamstring Strain',
        severity: 'contraindicated',
        note: "Do not stretch the injured muscle in the first days; follow your physiotherapist's progression.",
      },
      {
        condition: 'Sciatica or Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Keep the leg lower and stop if leg pain or tingling is reproduced.',
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions; keep the hip bend within the allowed limit.",
      },
    ],
  },
  {
    slug: 'butterfly-adductor-contract-relax-stretch',
    name: 'Butterfly Adductor Contract-Relax Stretch',
    description:
      'Sitting with the soles of your feet together, you press your knees up against your hands, relax, then let the knees sink lower. It stretches the inner thigh muscles further than a simple hold.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['pnf-stretching'],
    bodyRegions: ['hip'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a mat, bend your knees and bring the soles of your feet together.',
      },
      {
        type: 'preparation',
        text: 'Hold your ankles and rest your forearms or hands on the inside of your knees.',
      },
      {
        type: 'step',
        text: 'Let the knees drop outward until you feel a gentle stretch in the inner thighs.',
      },
      {
        type: 'step',
        text: 'Press the knees up into your hands for about five seconds, without letting them move.',
      },
      {
        type: 'step',
        text: 'Relax, then let the knees sink a little lower and hold the new stretch.',
      },
      {
        type: 'step',
        text: 'Repeat the press, relax and sink for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Sit tall on your sitting bones; sit on a folded towel if your back rounds.',
      },
      {
        type: 'form_cue',
        text: 'Press gently; the stretch comes from relaxing, not from forcing the knees down.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the press, then breathe out as the knees sink.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the groin, the front of the hip or the inside of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Groin (Adductor) Strain',
        severity: 'warning',
        note: 'Wait until the squeeze test is pain-free, then stretch gently within comfort.',
      },
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'contraindicated',
        note: "Do not perform while hip precautions apply; the position combines deep hip bend and turning outward. Follow the surgeon's protocol.",
      },
      {
        condition: 'Pelvic Girdle Pain in Pregnancy',
        severity: 'warning',
        note: 'Keep the knees higher and leave out the press if the front of the pelvis hurts.',
      },
    ],
  },
];
