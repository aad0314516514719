import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform strengthening for the muscles around the hip: abduction,
 * extension and external rotation, lying down first, then standing.
 */
export const moreKneeHipHipStrengthExercises: readonly LibraryExercise[] = [
  {
    slug: 'side-lying-hip-abduction',
    name: 'Side-Lying Hip Abduction',
    description:
      'Lying on your side, you lift your top leg straight up toward the ceiling. It strengthens the muscles on the side of the hip that keep your pelvis level when you walk and protect the knee from collapsing inward.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with your head resting on your lower arm or a pillow.',
      },
      {
        type: 'preparation',
        text: 'Bend the bottom knee for balance and keep the top leg straight, in line with your body.',
      },
      {
        type: 'step',
        text: 'Lift the top leg toward the ceiling, leading with the heel, to just above hip height.',
      },
      { type: 'step', text: 'Pause for a moment at the top.' },
      {
        type: 'step',
        text: 'Lower the leg slowly back down over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep the toes pointing forward, not up to the ceiling, so the side of the hip does the work.',
      },
      {
        type: 'form_cue',
        text: 'Keep the leg slightly behind the line of your body and do not roll your hips backward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain over the point of the hip or in the groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions; keep a pillow between the knees if told to, and do not let the top leg cross the midline.",
      },
      {
        condition: 'Lateral Hip Pain (Gluteal Tendinopathy)',
        severity: 'warning',
        note: 'Do not lie on the painful side, and keep the lift small; standing versions may be kinder at first.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 178,
      endAngleDegrees: 145,
      sides: 'alternating',
    },
  },
  {
    slug: 'banded-standing-hip-abduction',
    name: 'Banded Standing Hip Abduction',
    description:
      'Standing with a resistance band around your ankles, you move one leg out to the side against the band. It strengthens the side of the hip in standing, where it has to work during walking and stair climbing.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Loop a resistance band around both ankles and stand tall beside a counter or chair, holding it lightly.',
      },
      { type: 'step', text: 'Shift your weight onto the standing leg.' },
      {
        type: 'step',
        text: 'Move the other leg out to the side against the band, keeping it straight.',
      },
      {
        type: 'step',
        text: 'Bring it slowly back to the start without letting the band snap it in.',
      },
      {
        type: 'form_cue',
        text: 'Keep your trunk upright; do not lean over toward the standing side.',
      },
      {
        type: 'form_cue',
        text: 'Keep the toes of the moving leg pointing forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the leg moves out and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Check the band for tears before use, and stop if you feel pain in the hip or groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's protocol; do not cross the leg past the midline on the way back.",
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Hold the support with both hands, or do the side-lying version instead.',
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 178,
      endAngleDegrees: 150,
      sides: 'alternating',
    },
  },
  {
    slug: 'quadruped-fire-hydrant',
    name: 'Quadruped Fire Hydrant',
    description:
      'On your hands and knees, you lift one bent leg out to the side, keeping your back still. It strengthens the buttock muscles that turn and lift the hip out to the side, and trains trunk control at the same time.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on your hands and knees, with hands under shoulders and knees under hips.',
      },
      {
        type: 'step',
        text: 'Keeping the knee bent, lift one leg out to the side until the thigh is close to level with your hip.',
      },
      {
        type: 'step',
        text: 'Pause, then lower the knee slowly back down beside the other.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat and your weight evenly spread; do not lean away from the lifting leg.',
      },
      {
        type: 'form_cue',
        text: 'Lift only as high as you can without tipping the pelvis.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in the hip, the lower back or the supporting knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions on hip bend and rotation; this position may not be allowed in the early months.",
      },
      {
        condition: 'Wrist or Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Use a cushion under the knees, or rest on your forearms or fists.',
      },
    ],
  },
  {
    slug: 'prone-hip-extension',
    name: 'Prone Hip Extension',
    description:
      'Lying face down, you lift one straight leg a short way off the floor. It strengthens the large buttock muscle and the hamstrings that push the leg back when you walk and climb.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie face down on a mat with your forehead resting on your folded hands.',
      },
      {
        type: 'preparation',
        text: 'Place a pillow under your hips if your lower back feels arched.',
      },
      {
        type: 'step',
        text: 'Squeeze your buttock and lift one straight leg a short way off the floor.',
      },
      {
        type: 'step',
        text: 'Pause for two seconds, then lower the leg slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep both hip bones pressed gently into the mat; the lift is small.',
      },
      {
        type: 'form_cue',
        text: 'Keep the knee straight and lift from the buttock, not by arching the lower back.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you lift and breathe in as you lower.',
      },
      { type: 'safety', text: 'Stop if you feel pain in the lower back.' },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'contraindicated',
        note: 'Do not lie face down; do the standing TheraBand hip extension instead.',
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Use a pillow under the hips, make the lift smaller, and stop if back pain increases.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 178,
      endAngleDegrees: 163,
      sides: 'alternating',
    },
  },
  {
    slug: 'theraband-standing-hip-extension',
    name: 'TheraBand Standing Hip Extension',
    description:
      'Standing with a TheraBand anchored in front of you, you push one straight leg back against the band. It strengthens the buttock muscles upright and is often used after hip replacement once standing exercises are allowed.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip', 'glutes'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor a TheraBand low in a closed door and loop the other end around the ankle of the working leg.',
      },
      {
        type: 'preparation',
        text: 'Stand facing the door, holding a chair back or counter for balance.',
      },
      {
        type: 'step',
        text: 'Keeping the knee straight, push the leg back against the band.',
      },
      { type: 'step', text: 'Pause briefly, then let the leg return slowly.' },
      {
        type: 'form_cue',
        text: 'Keep your trunk upright; the movement comes from the hip, not from arching the lower back.',
      },
      {
        type: 'form_cue',
        text: 'Move the leg back only a short way, as far as you can without tipping forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you push back and breathe in as the leg returns.',
      },
      {
        type: 'safety',
        text: 'Check the anchor is secure, and stop if you feel pain in the hip or back.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after an anterior approach, hip extension may be limited in the first weeks.",
      },
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Keep the movement small and stop if the back pain increases.',
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 178,
      endAngleDegrees: 160,
      sides: 'alternating',
    },
  },
  {
    slug: 'seated-banded-hip-external-rotation',
    name: 'Seated Banded Hip External Rotation',
    description:
      'Sitting on a chair with a resistance band around your ankle, you swing your lower leg inward against the band, which turns the hip outward. It strengthens the deep hip rotator muscles that steady the hip and knee.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['hip'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm, high chair with your knees bent at a right angle and your feet just off the floor or lightly touching it.',
      },
      {
        type: 'preparation',
        text: 'Anchor a resistance band to the chair leg on the outside of the working leg and loop it around that ankle.',
      },
      {
        type: 'step',
        text: 'Keeping the knee still, move the foot in toward the other leg against the band.',
      },
      {
        type: 'step',
        text: 'Pause, then let the foot return slowly to the start.',
      },
      {
        type: 'form_cue',
        text: 'Keep the thigh resting on the chair and the knee pointing straight ahead; the lower leg moves like a pendulum.',
      },
      {
        type: 'form_cue',
        text: 'Sit tall and do not lean to help the movement.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as the foot moves in and breathe in as it returns.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain deep in the hip or on the inside of the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Total Hip Replacement',
        severity: 'warning',
        note: "Follow the surgeon's hip precautions on rotation; after an anterior approach, turning the hip outward may be restricted early on.",
      },
      {
        condition: 'Knee Ligament Injury',
        severity: 'warning',
        note: 'Use a light band; the twisting load passes through the knee.',
      },
      latexAllergy,
    ],
  },
];
