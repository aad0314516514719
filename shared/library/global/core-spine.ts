import type { LibraryExercise } from '../library-exercise';
import { kneePainWhenKneeling, wristPain } from '../common-contraindications';

/**
 * Platform exercises for the lumbar and thoracic spine: movement,
 * extension work and trunk control on hands and knees.
 */
export const spineExercises: readonly LibraryExercise[] = [
  {
    slug: 'bird-dog',
    name: 'Bird Dog',
    description:
      'On hands and knees, you reach one arm forward and the opposite leg back while keeping your back still. It trains the back and trunk muscles to hold the spine steady while the arms and legs move.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['isometric'],
    bodyRegions: ['lumbar-spine', 'abdominals', 'glutes'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, hands under your shoulders and knees under your hips.',
      },
      {
        type: 'preparation',
        text: 'Find a neutral back, neither arched nor rounded, and gently tighten your stomach muscles.',
      },
      {
        type: 'step',
        text: 'Slowly reach one arm forward and the opposite leg straight back until both are level with your body.',
      },
      {
        type: 'step',
        text: 'Hold for five seconds, then bring the hand and knee back to the mat.',
      },
      { type: 'step', text: 'Repeat with the other arm and leg.' },
      {
        type: 'form_cue',
        text: 'Keep your hips level, as if a cup of water were resting on your lower back.',
      },
      {
        type: 'form_cue',
        text: 'Reach long rather than high; do not arch your back to lift the leg.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or pain spreading into a leg.',
      },
    ],
    contraindications: [
      kneePainWhenKneeling,
      wristPain,
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Lift only an arm or only a leg at first, and stop if leg symptoms spread further down.',
      },
    ],
  },
  {
    slug: 'mckenzie-press-up',
    name: 'McKenzie Press-up',
    description:
      'Lying face down, you push up on your hands so your lower back arches while your hips stay on the floor. Your physiotherapist uses it for back pain that gets better with bending backward.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with your hands flat under your shoulders and your elbows bent.',
      },
      {
        type: 'preparation',
        text: 'Rest there for a minute or two and let your back relax before you start.',
      },
      {
        type: 'step',
        text: 'Straighten your arms to push your upper body up, letting your hips and legs stay relaxed on the floor.',
      },
      { type: 'step', text: 'Hold the top position for one to two seconds.' },
      { type: 'step', text: 'Lower yourself slowly back to the mat.' },
      {
        type: 'form_cue',
        text: 'Keep your buttocks and lower back loose; the arms do all the work.',
      },
      {
        type: 'form_cue',
        text: 'Rise only as high as is comfortable; propping on your forearms is fine at first.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you press up and let your back sag, then breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if pain spreads further into your buttock or leg; pain that moves toward the middle of your back is usually a good sign.',
      },
    ],
    contraindications: [
      {
        condition: 'Bladder or Bowel Changes, or Numbness Around the Groin',
        severity: 'contraindicated',
        note: 'Do not exercise; these signs need emergency medical care straight away.',
      },
      {
        condition: 'Recent Spinal Surgery',
        severity: 'contraindicated',
        note: "Do not perform until the surgeon's protocol allows bending the back backward.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; ask your physiotherapist for a standing backward bend instead.',
      },
      {
        condition: 'Lumbar Spinal Stenosis or Facet Joint Pain',
        severity: 'warning',
        note: 'Bending backward often makes these worse; keep the range small and stop if symptoms increase.',
      },
      {
        condition: 'Spondylolisthesis',
        severity: 'warning',
        note: 'Stay propped on your forearms unless your physiotherapist advises the full press-up.',
      },
    ],
  },
  {
    slug: 'cat-camel',
    name: 'Cat-Camel',
    description:
      'On hands and knees, you slowly round your back up and then let it dip down. It is a gentle way to ease stiffness and get the spine moving, for example first thing in the morning.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, hands under your shoulders and knees under your hips.',
      },
      {
        type: 'step',
        text: 'Slowly round your back up toward the ceiling, letting your head drop and your tailbone tuck under.',
      },
      {
        type: 'step',
        text: 'Then slowly let your back dip, lifting your tailbone and your gaze a little.',
      },
      {
        type: 'step',
        text: 'Move smoothly between the two positions without resting long at either end.',
      },
      {
        type: 'form_cue',
        text: 'Keep your arms straight and your weight spread evenly between hands and knees.',
      },
      {
        type: 'form_cue',
        text: 'Stay in a comfortable range; this is easy movement, not a hard stretch.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you round your back and breathe in as you let it dip.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain or pain spreading into a leg.',
      },
    ],
    contraindications: [
      kneePainWhenKneeling,
      wristPain,
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Keep the rounding small and gentle, and do not push into the end of the forward bend.',
      },
    ],
  },
  {
    slug: 'thoracic-extension-foam-roller',
    name: 'Thoracic Extension over Foam Roller',
    description:
      'Lying with a foam roller across your upper back, you gently bend backward over it. It helps loosen a stiff, rounded upper back.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['foam-roller'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on the floor with knees bent and feet flat, and place a foam roller across your back just below the shoulder blades.',
      },
      {
        type: 'preparation',
        text: 'Lean back onto the roller and support your head with your hands, elbows pointing forward.',
      },
      {
        type: 'step',
        text: 'Keeping your bottom on the floor, let your upper back arch gently back over the roller.',
      },
      {
        type: 'step',
        text: 'Hold for three to five seconds, then curl back up to the start.',
      },
      {
        type: 'step',
        text: 'Shift the roller a little higher up your back and repeat, staying between the bottom of the shoulder blades and the top of the shoulders.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your lower back still; the bend comes from the upper back only.',
      },
      {
        type: 'form_cue',
        text: 'Support your head so your neck does not tip back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you arch back over the roller and breathe in as you come up.',
      },
      {
        type: 'safety',
        text: 'Never place the roller under your lower back or your neck.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain, or pain, numbness or tingling in the arms.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture',
        severity: 'contraindicated',
        note: 'Do not perform; the pressure of the roller on the spine is unsafe. Your physiotherapist will suggest another option.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Check with your physiotherapist first; a seated backward bend over a chair back is a gentler option.',
      },
    ],
  },
  {
    slug: 'seated-thoracic-rotation',
    name: 'Seated Thoracic Rotation',
    description:
      'Sitting with your arms crossed over your chest, you turn your upper body to each side. It keeps the middle of the back moving, which helps with turning and reaching.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit upright on a firm chair without armrests, feet flat and knees together.',
      },
      {
        type: 'preparation',
        text: 'Cross your arms over your chest with your hands on the opposite shoulders.',
      },
      {
        type: 'step',
        text: 'Slowly turn your upper body to one side as far as is comfortable.',
      },
      {
        type: 'step',
        text: 'Pause for two seconds, then turn back through the middle to the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips and knees facing forward; the turn comes from the ribcage.',
      },
      {
        type: 'form_cue',
        text: 'Sit tall as you turn, without slumping or leaning.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn and breathe in as you come back to the middle.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain in your back or ribs.',
      },
    ],
    contraindications: [
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Turn slowly within an easy range and never combine the turn with bending forward.',
      },
      {
        condition: 'Recent Spinal Surgery',
        severity: 'warning',
        note: "Follow the surgeon's protocol; twisting is often restricted for some weeks.",
      },
    ],
  },
  {
    slug: 'pelvic-tilt',
    name: 'Pelvic Tilt',
    description:
      'Lying on your back with knees bent, you rock your pelvis to flatten and then gently arch your lower back. It eases low back stiffness and teaches control of the pelvis.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
    categories: ['mobility'],
    bodyRegions: ['lumbar-spine', 'abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your knees bent and feet flat, hip-width apart.',
      },
      {
        type: 'step',
        text: 'Gently tighten your lower stomach and rock your pelvis so your lower back presses flat into the mat.',
      },
      { type: 'step', text: 'Hold for two to three seconds.' },
      {
        type: 'step',
        text: 'Relax and let your lower back return to its small natural curve.',
      },
      {
        type: 'form_cue',
        text: 'Keep your buttocks on the mat; this is a small rock, not a lift.',
      },
      { type: 'form_cue', text: 'Keep your shoulders, neck and legs relaxed.' },
      {
        type: 'breathing',
        text: 'Breathe out as you flatten your back and breathe in as you relax.',
      },
      {
        type: 'safety',
        text: 'Stop if the movement increases your back pain or sends pain into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells flat on your back; do pelvic tilts standing against a wall or on hands and knees.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Keep the movement small and stop if leg symptoms spread further down.',
      },
    ],
  },
];
