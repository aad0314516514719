import type { LibraryExercise } from '../library-exercise';
import { kneePainWhenKneeling } from '../common-contraindications';

/**
 * Platform foam roller work for the spine: rolling and opening the upper
 * back, then trunk control lying along or kneeling behind the roller.
 * The kneeling lat stretch on a roller lives with the thoracic exercises.
 */
export const foamRollerSpineExercises: readonly LibraryExercise[] = [
  {
    slug: 'foam-roller-thoracic-rolling',
    name: 'Foam Roller Thoracic Rolling',
    description:
      'Lying with a foam roller across your upper back, you roll slowly up and down between your shoulder blades. It eases muscle tightness and stiffness in the middle of the back before other exercises.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 90,
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
        text: 'Cross your arms over your chest, or support your head with your hands, and lean back onto the roller.',
      },
      {
        type: 'step',
        text: 'Lift your hips a little and push gently with your legs to roll the roller up toward the top of your shoulder blades.',
      },
      {
        type: 'step',
        text: 'Roll slowly back down to the bottom of the shoulder blades.',
      },
      {
        type: 'step',
        text: 'Pause for a breath on any stiff spot, then continue for the time set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the roller between the bottom of the shoulder blades and the top of the shoulders.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly; a short, controlled roll works better than a fast one.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and evenly as you roll; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Never roll your lower back or your neck on the roller.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp pain or tingling in the arms.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not roll on the spine; your physiotherapist will suggest another option.',
      },
      {
        condition: 'Blood-thinning Medication or Easy Bruising',
        severity: 'warning',
        note: 'Use a soft roller and light pressure, and stop if bruising appears.',
      },
    ],
  },
  {
    slug: 'foam-roller-snow-angels',
    name: 'Foam Roller Snow Angels',
    description:
      'Lying along a foam roller, you slide your arms out and up like making a snow angel. It opens the chest and upper back and trains the shoulder blades to move well.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['mobility'],
    bodyRegions: ['thoracic-spine', 'shoulder'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie along a full-length foam roller placed lengthways on a mat, so it supports you from tailbone to head.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees with feet flat and wide, and rest your arms by your sides with the backs of the hands near the floor.',
      },
      {
        type: 'step',
        text: 'Slowly sweep both arms out and up toward your head, keeping them low toward the floor.',
      },
      {
        type: 'step',
        text: 'Stop where you feel a good stretch across the chest or the arms start to lift.',
      },
      {
        type: 'step',
        text: 'Sweep the arms back down to your sides and repeat.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your lower back relaxed; do not arch to let the arms go further.',
      },
      {
        type: 'form_cue',
        text: 'Keep a light chin tuck so your head rests on the roller.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as the arms sweep up and breathe out as they come down.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pinching in the shoulder or tingling in the hands, and roll off sideways to get up.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'warning',
        note: 'Keep the arms below shoulder height, where the joint feels secure.',
      },
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not lie on the roller; do the arm movement lying on the floor.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do the arm sweep standing with your back against a wall.',
      },
    ],
  },
  {
    slug: 'foam-roller-supine-arm-raise',
    name: 'Foam Roller Supine Arm Raise',
    description:
      'Lying along a foam roller, you raise one arm overhead at a time while keeping your trunk steady. The roller makes the trunk muscles work to keep you centred, and the arm raise opens the upper back.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'thoracic-spine'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie along a full-length foam roller placed lengthways on a mat, so it supports you from tailbone to head.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees with feet flat and hip-width apart, and hold both arms straight up toward the ceiling.',
      },
      {
        type: 'step',
        text: 'Gently tighten your stomach muscles, then lower one arm back toward the floor beside your head.',
      },
      {
        type: 'step',
        text: 'Bring it back up to the ceiling and repeat with the other arm.',
      },
      {
        type: 'step',
        text: 'Keep alternating slowly for the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your lower back still as the arm goes back.',
      },
      {
        type: 'form_cue',
        text: 'If you wobble, widen your feet or make the arm movement smaller.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the arm lowers and breathe in as it comes back up.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the shoulder or back, and roll off sideways to get up.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not lie on the roller; do the arm raises lying on the floor.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Lower the arm only as far as stays pain-free.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; ask your physiotherapist for a seated version.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 90,
      endAngleDegrees: 170,
      sides: 'alternating',
    },
  },
  {
    slug: 'foam-roller-supine-marching',
    name: 'Foam Roller Supine Marching',
    description:
      'Lying along a foam roller, you lift one foot at a time a little off the floor while keeping your balance. It trains the deep trunk muscles to hold the pelvis and lower back still on an unsteady surface.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['lumbar-spine', 'abdominals'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie along a full-length foam roller placed lengthways on a mat, with your knees bent and feet flat.',
      },
      {
        type: 'preparation',
        text: 'Rest your arms on the floor out to the sides for balance at first.',
      },
      {
        type: 'step',
        text: 'Gently tighten your lower stomach muscles.',
      },
      {
        type: 'step',
        text: 'Lift one foot a few centimetres off the floor, keeping the knee bent, then put it down softly.',
      },
      {
        type: 'step',
        text: 'Repeat with the other foot, keeping a slow, even rhythm.',
      },
      {
        type: 'form_cue',
        text: 'Keep your pelvis level and the roller still under you; the foot lift is small.',
      },
      {
        type: 'form_cue',
        text: 'As you improve, rest your arms across your chest to make balancing harder.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the foot lifts and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel back pain, and roll off sideways to get up.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not lie on the roller; do the marching lying on the floor.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells on your back; do seated marching on a chair or ball instead.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Practise marching on the floor first until the back settles.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 130,
      endAngleDegrees: 100,
      sides: 'alternating',
    },
  },
  {
    slug: 'foam-roller-dead-bug',
    name: 'Foam Roller Dead Bug',
    description:
      'Lying along a foam roller with your arms and legs raised, you lower the opposite arm and leg while keeping your balance. It is a demanding trunk control exercise for later in rehabilitation.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie along a full-length foam roller placed lengthways on a mat, so it supports you from tailbone to head.',
      },
      {
        type: 'preparation',
        text: 'Lift both arms straight toward the ceiling, then lift your legs one at a time so the hips and knees are bent to right angles.',
      },
      {
        type: 'step',
        text: 'Tighten your stomach muscles and slowly reach one arm back overhead while straightening the opposite leg.',
      },
      {
        type: 'step',
        text: 'Go only as far as you can keep your lower back and the roller still.',
      },
      {
        type: 'step',
        text: 'Return to the start and repeat with the other arm and leg.',
      },
      {
        type: 'form_cue',
        text: 'Keep your lower back gently resting on the roller; do not let it arch.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly; if you wobble, make the arm and leg movements shorter.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the arm and leg reach away and breathe in as they return.',
      },
      {
        type: 'safety',
        text: 'Put your feet down and roll off sideways if you lose balance or feel back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertebral Compression Fracture or Severe Osteoporosis',
        severity: 'contraindicated',
        note: 'Do not lie on the roller; do the floor dead bug instead.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not perform; use seated or hands-and-knees trunk exercises instead.',
      },
      {
        condition: 'Abdominal Muscle Separation (Diastasis Recti)',
        severity: 'warning',
        note: 'Stop if the middle of the stomach domes; go back to the floor version with shorter reaches.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 90,
      endAngleDegrees: 165,
      sides: 'alternating',
    },
  },
  {
    slug: 'foam-roller-kneeling-rollout',
    name: 'Foam Roller Kneeling Rollout',
    description:
      'Kneeling with your hands on a foam roller, you roll it forward so your body lengthens, then pull it back. It strongly challenges the stomach muscles to stop the lower back from sagging.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat with a foam roller across the floor in front of you and your hands on it, shoulder-width apart.',
      },
      {
        type: 'preparation',
        text: 'Tighten your stomach and buttocks so your body forms a line from knees to head.',
      },
      {
        type: 'step',
        text: 'Roll the roller slowly forward under your forearms as your hips move forward and your body lengthens.',
      },
      {
        type: 'step',
        text: 'Go only as far as you can keep your lower back from sagging.',
      },
      {
        type: 'step',
        text: 'Pull the roller back toward your knees by drawing your arms down, returning to the start.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips in line with your body; do not stick your bottom up or let your back dip.',
      },
      {
        type: 'form_cue',
        text: 'Start with a short roll and lengthen it only when the return stays smooth.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you roll out and breathe out as you pull back.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your lower back or shoulders.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain or Disc Herniation',
        severity: 'contraindicated',
        note: 'Do not perform until the pain has settled and your physiotherapist has progressed you.',
      },
      {
        condition:
          'Abdominal Muscle Separation (Diastasis Recti) or Recent Abdominal Surgery',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist or surgeon clears heavy stomach loading.',
      },
      {
        condition: 'Shoulder Pain Raising the Arms',
        severity: 'warning',
        note: 'Keep the roll very short, and stop if the shoulder hurts.',
      },
      kneePainWhenKneeling,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 110,
      endAngleDegrees: 165,
      sides: 'both',
    },
  },
];
