import type { LibraryExercise } from '../library-exercise';
import {
  latexAllergy,
  suspectedDeepVeinThrombosis,
} from '../common-contraindications';

/**
 * Platform exercises that restore ankle movement and calf length after a
 * sprain, a fracture or time in a boot, from ankle pumps to contract-relax
 * calf stretching.
 */
export const ankleMobilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'ankle-pumps',
    name: 'Ankle Pumps',
    description:
      'You pull your toes up toward you and then point them away, over and over. It keeps the ankle moving and helps blood flow in the lower leg when you are resting, swollen or recovering from an injury or operation.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back or sit with your legs straight out in front and your heels resting on the bed or a cushion.',
      },
      {
        type: 'step',
        text: 'Pull your toes and the top of your foot up toward your shin as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Point your toes away from you, as if pressing a pedal, as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Keep moving smoothly between the two positions for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Move only at the ankle; keep your knees still and relaxed.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and evenly throughout.',
      },
      {
        type: 'safety',
        text: 'Stop and tell your physiotherapist if your calf becomes painful, hot or more swollen.',
      },
    ],
    contraindications: [
      suspectedDeepVeinThrombosis,
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol; in a cast or boot, move only what you have been told you may move.",
      },
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Stay within a small, pain-free range during the first few days.',
      },
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 85,
      endAngleDegrees: 130,
      sides: 'both',
    },
  },
  {
    slug: 'standing-gastrocnemius-stretch',
    name: 'Standing Gastrocnemius Stretch',
    description:
      'Leaning into a wall with your back leg straight, you stretch the large muscle at the top of the calf. A flexible calf makes walking, stairs and squatting easier after an ankle injury.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall with both hands on it at shoulder height.',
      },
      {
        type: 'preparation',
        text: 'Step the leg to be stretched a long stride back, toes pointing straight ahead.',
      },
      {
        type: 'step',
        text: 'Bend your front knee and lean your hips toward the wall until you feel a stretch in the upper calf of the back leg.',
      },
      {
        type: 'step',
        text: 'Hold the stretch for the time set in your plan, then ease out of it and switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Keep the back knee straight and the back heel pressed into the floor.',
      },
      {
        type: 'form_cue',
        text: 'Keep the back foot pointing forward, not turned out.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly through the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Aim for a steady pull, never a sharp pain in the calf or behind the heel.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not stretch the calf until your surgeon or physiotherapist allows it; early stretching can lengthen the healing tendon.',
      },
      {
        condition: 'Insertional Achilles Tendinopathy',
        severity: 'warning',
        note: 'Stretch gently or leave it out; a deep stretch presses the tendon against the heel bone and can flare pain.',
      },
      {
        condition: 'Acute Calf Muscle Strain',
        severity: 'warning',
        note: 'Wait until you can walk comfortably, then stretch only to a mild pull.',
      },
    ],
  },
  {
    slug: 'standing-soleus-stretch',
    name: 'Standing Soleus Stretch',
    description:
      'With your back knee bent, you stretch the deep calf muscle that sits lower down, close to the Achilles tendon. This muscle often stays tight after an ankle sprain or a spell in a boot.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall with your hands on it and the leg to be stretched a short step behind the other.',
      },
      {
        type: 'step',
        text: 'Bend both knees and sink your hips down, keeping the back heel on the floor, until you feel a stretch low in the back calf.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then straighten up and switch legs.',
      },
      {
        type: 'form_cue',
        text: 'Keep the back heel down and let the back knee move forward over the toes.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly through the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease off if you feel pinching at the front of the ankle or sharp pain at the heel.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not stretch the calf until your surgeon or physiotherapist allows it.',
      },
      {
        condition: 'Insertional Achilles Tendinopathy',
        severity: 'warning',
        note: 'Keep the stretch gentle or leave it out if heel pain flares afterwards.',
      },
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on when the ankle may be stretched with body weight on it.",
      },
    ],
  },
  {
    slug: 'seated-plantar-fascia-stretch',
    name: 'Seated Plantar Fascia Stretch',
    description:
      'Sitting down, you pull your toes back with your hand to stretch the thick band of tissue under the foot. It eases heel and arch pain from plantar fasciitis, especially before your first steps in the morning.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['static-stretching'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a chair and rest the ankle of the sore foot across the opposite knee.',
      },
      {
        type: 'step',
        text: 'Hold the base of your toes and pull them back toward your shin until you feel a stretch along the arch.',
      },
      {
        type: 'step',
        text: 'With your other thumb, feel the tight band in the arch and keep the stretch on for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Release slowly and stand up gently afterwards.',
      },
      {
        type: 'form_cue',
        text: 'Pull the toes back, not the whole foot, so the stretch stays in the arch.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally; do not hold your breath during the stretch.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a sudden sharp pain or a pop under the heel.',
      },
    ],
    contraindications: [
      {
        condition: 'Suspected Plantar Fascia Rupture',
        severity: 'contraindicated',
        note: 'Do not stretch; sudden heel pain with bruising under the foot needs medical assessment first.',
      },
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Do not cross your legs; rest the foot on a low stool and pull the toes back with a towel instead.',
      },
      {
        condition: 'Recent Foot Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol before stretching the toes and arch.",
      },
    ],
  },
  {
    slug: 'knee-to-wall-ankle-mobilisation',
    name: 'Knee-to-Wall Ankle Mobilisation',
    description:
      'Facing a wall, you bend your ankle by pushing your knee forward to touch the wall while the heel stays down. It restores the forward bend of the ankle that you need for stairs, squats and a normal walking pattern.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall in a short split stance with the front foot a few centimetres from the wall and your hands on it for balance.',
      },
      {
        type: 'step',
        text: 'Bend the front knee forward to touch the wall, keeping the front heel on the floor.',
      },
      {
        type: 'step',
        text: 'Straighten the knee back, and repeat for the number set in your plan before switching legs.',
      },
      {
        type: 'step',
        text: 'If the knee reaches easily, slide the foot a little further from the wall.',
      },
      {
        type: 'form_cue',
        text: 'Aim the knee over your second toe; do not let the arch collapse inward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the knee moves to the wall and breathe in as it comes back.',
      },
      {
        type: 'safety',
        text: 'Stop pushing if you feel a block or pinch at the front of the ankle.',
      },
    ],
    contraindications: [
      {
        condition: 'High Ankle Sprain (Syndesmosis Injury)',
        severity: 'warning',
        note: 'Leave out deep ankle bending until your physiotherapist confirms the ligament between the shin bones has healed.',
      },
      {
        condition: 'Recent Ankle Fracture or Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol on weight bearing and range of motion.",
      },
      {
        condition: 'Acute Ankle Sprain',
        severity: 'warning',
        note: 'Work in a small, pain-free range and do not force the last part of the movement.',
      },
    ],
    movementProfile: {
      from: 'knee',
      vertex: 'ankle',
      to: 'foot_index',
      startAngleDegrees: 100,
      endAngleDegrees: 65,
      sides: 'alternating',
    },
  },
  {
    slug: 'contract-relax-calf-stretch',
    name: 'Contract-Relax Calf Stretch with Band',
    description:
      'Sitting with a band around your foot, you briefly press the foot into the band, relax, then draw it further into a stretch. Using the muscle first lets it let go more, so you gain calf length faster than with a plain stretch.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['pnf-stretching'],
    bodyRegions: ['ankle-foot'],
    equipment: ['resistance-band', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a mat with the leg to be stretched straight out and loop the band around the ball of that foot, holding one end in each hand.',
      },
      {
        type: 'step',
        text: 'Pull the band to draw your toes toward you until you feel a mild stretch in the calf.',
      },
      {
        type: 'step',
        text: 'Press the ball of your foot into the band with gentle effort for about five seconds, without letting the foot move.',
      },
      {
        type: 'step',
        text: 'Relax the calf completely, then pull the band a little further into a new stretch and hold.',
      },
      {
        type: 'step',
        text: 'Repeat the press, relax and stretch cycle for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee straight and use only light effort when pressing; this is not a strength exercise.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally while pressing, and breathe out slowly as you move into the new stretch.',
      },
      {
        type: 'safety',
        text: 'Keep the stretch to a comfortable pull and stop if you feel sharp pain in the calf or Achilles.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows stretching and loading of the tendon.',
      },
      {
        condition: 'Acute Calf Muscle Strain',
        severity: 'warning',
        note: 'Wait until walking is comfortable, then use very light presses and a mild stretch.',
      },
      latexAllergy,
    ],
  },
  {
    slug: 'contract-relax-soleus-stretch',
    name: 'Contract-Relax Soleus Stretch',
    description:
      'In a bent-knee calf stretch against a wall, you press the ball of your foot into the floor for a few seconds, relax, and then sink deeper. It loosens the deep lower calf muscle that limits ankle bending.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['pnf-stretching'],
    bodyRegions: ['ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a wall with your hands on it and the leg to be stretched a short step behind the other.',
      },
      {
        type: 'step',
        text: 'Bend both knees until you feel a mild stretch low in the back calf, keeping that heel on the floor.',
      },
      {
        type: 'step',
        text: 'Press the ball of the back foot into the floor, as if starting to rise onto your toes, with gentle effort for about five seconds.',
      },
      {
        type: 'step',
        text: 'Relax the calf, then let the back knee sink a little further forward and hold the new stretch.',
      },
      {
        type: 'step',
        text: 'Repeat for the number set in your plan, then switch legs.',
      },
      {
        type: 'form_cue',
        text: 'The heel must not lift during the press; the muscle works without the foot moving.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally while pressing and breathe out as you sink into the stretch.',
      },
      {
        type: 'safety',
        text: 'Keep a hand on the wall, and stop if you feel sharp pain at the heel or pinching at the front of the ankle.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Achilles Tendon Rupture or Repair',
        severity: 'contraindicated',
        note: 'Do not perform until your surgeon or physiotherapist allows stretching and loading of the tendon.',
      },
      {
        condition: 'Insertional Achilles Tendinopathy',
        severity: 'warning',
        note: 'Keep the stretch shallow or leave it out if heel pain is worse the next morning.',
      },
    ],
  },
];
