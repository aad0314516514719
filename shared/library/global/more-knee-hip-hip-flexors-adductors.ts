import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform strengthening for the front, inside and outside of the hip: the
 * hip flexors that lift the leg, the adductors that draw it in, and the two
 * side planks that load the inner and outer hip hardest.
 */
export const moreKneeHipHipFlexorsAdductorsExercises: readonly LibraryExercise[] =
  [
    {
      slug: 'theraband-standing-hip-flexion',
      name: 'TheraBand Standing Hip Flexion',
      description:
        'Standing with a TheraBand anchored behind you, you lift one knee up in front against the band. It strengthens the hip flexors, which lift the leg for walking, climbing stairs and stepping over things.',
      difficulty: 'beginner',
      estimatedDurationSeconds: 150,
      categories: ['isotonic'],
      bodyRegions: ['hip'],
      equipment: ['theraband'],
      instructions: [
        {
          type: 'preparation',
          text: 'Anchor a TheraBand low in a closed door and loop the other end around the ankle of the working leg.',
        },
        {
          type: 'preparation',
          text: 'Stand with your back to the door, holding a chair or counter for balance.',
        },
        {
          type: 'step',
          text: 'Lift the knee of the working leg up in front of you, as if marching.',
        },
        {
          type: 'step',
          text: 'Pause, then lower the foot slowly back to the floor.',
        },
        {
          type: 'form_cue',
          text: 'Stand tall and do not lean back as the knee rises.',
        },
        {
          type: 'form_cue',
          text: 'Lift only as high as you can keep your trunk still.',
        },
        {
          type: 'breathing',
          text: 'Breathe out as the knee lifts and breathe in as it lowers.',
        },
        {
          type: 'safety',
          text: 'Stop if you feel a pinch at the front of the hip or pain in the groin.',
        },
      ],
      contraindications: [
        {
          condition: 'Recent Total Hip Replacement',
          severity: 'warning',
          note: "Follow the surgeon's hip precautions; after a posterior approach, keep the knee below hip height.",
        },
        {
          condition: 'Hip Flexor or Groin Strain',
          severity: 'warning',
          note: 'Use a lighter band or no band, and lift only as high as stays pain-free.',
        },
        latexAllergy,
      ],
      movementProfile: {
        from: 'shoulder',
        vertex: 'hip',
        to: 'knee',
        startAngleDegrees: 175,
        endAngleDegrees: 105,
        sides: 'alternating',
      },
    },
    {
      slug: 'swiss-ball-adductor-squeeze',
      name: 'Swiss Ball Adductor Squeeze',
      description:
        'Lying on your back with a Swiss ball between your knees, you squeeze the ball and hold. It gently strengthens the inner thigh muscles and is often the first exercise after a groin strain.',
      difficulty: 'beginner',
      estimatedDurationSeconds: 120,
      categories: ['isometric'],
      bodyRegions: ['hip'],
      equipment: ['swiss-ball', 'yoga-mat'],
      instructions: [
        {
          type: 'preparation',
          text: 'Lie on your back on a mat with your knees bent and feet flat on the floor.',
        },
        {
          type: 'preparation',
          text: 'Place a small, soft Swiss ball between your knees.',
        },
        { type: 'step', text: 'Squeeze your knees together into the ball.' },
        {
          type: 'step',
          text: 'Hold for the time set in your plan, then relax slowly.',
        },
        {
          type: 'form_cue',
          text: 'Build the squeeze gradually and keep it at an effort that stays comfortable.',
        },
        {
          type: 'form_cue',
          text: 'Keep your lower back and buttocks relaxed on the mat.',
        },
        {
          type: 'breathing',
          text: 'Breathe normally during the hold; do not hold your breath.',
        },
        {
          type: 'safety',
          text: 'Ease off if you feel pain in the groin or at the front of the pelvis.',
        },
      ],
      contraindications: [
        {
          condition: 'Pelvic Girdle Pain in Pregnancy',
          severity: 'warning',
          note: 'Use a gentle squeeze, and do it sitting if lying on your back is uncomfortable.',
        },
        {
          condition: 'Uncontrolled High Blood Pressure',
          severity: 'warning',
          note: 'Use short, gentle holds and keep breathing.',
        },
      ],
    },
    {
      slug: 'side-lying-hip-adduction',
      name: 'Side-Lying Hip Adduction',
      description:
        'Lying on your side, you lift your bottom leg up toward the top leg. It strengthens the inner thigh muscles, which steady the pelvis and knee when you stand and change direction.',
      difficulty: 'beginner',
      estimatedDurationSeconds: 150,
      categories: ['isotonic'],
      bodyRegions: ['hip'],
      equipment: ['yoga-mat'],
      instructions: [
        {
          type: 'preparation',
          text: 'Lie on your side on a mat with your head resting on your lower arm.',
        },
        {
          type: 'preparation',
          text: 'Bend the top knee and rest that foot on the floor in front of the bottom knee, or rest the top knee on a pillow.',
        },
        {
          type: 'step',
          text: 'Keeping the bottom leg straight, lift it a short way off the floor.',
        },
        { type: 'step', text: 'Pause, then lower it slowly.' },
        {
          type: 'form_cue',
          text: 'Keep the bottom knee facing forward and the toes level, not turned up.',
        },
        {
          type: 'form_cue',
          text: 'Keep your hips stacked; do not roll backward.',
        },
        {
          type: 'breathing',
          text: 'Breathe out as you lift and breathe in as you lower.',
        },
        {
          type: 'safety',
          text: 'Stop if you feel pain in the groin or the inside of the knee.',
        },
      ],
      contraindications: [
        {
          condition: 'Recent Total Hip Replacement',
          severity: 'warning',
          note: "Follow the surgeon's hip precautions; crossing the top leg over in front may be restricted, so use a pillow under the top knee.",
        },
        {
          condition: 'Groin (Adductor) Strain',
          severity: 'warning',
          note: 'Start with the ball squeeze and move on when it is pain-free.',
        },
      ],
      movementProfile: {
        from: 'shoulder',
        vertex: 'hip',
        to: 'knee',
        startAngleDegrees: 178,
        endAngleDegrees: 165,
        sides: 'alternating',
      },
    },
    {
      slug: 'short-lever-copenhagen-plank',
      name: 'Short-Lever Copenhagen Plank',
      description:
        'In a side plank with your top knee resting on a bench or chair, you lift your hips and hold using the inner thigh of the top leg. It builds strong inner thigh muscles and helps prevent groin injuries in sport.',
      difficulty: 'advanced',
      estimatedDurationSeconds: 120,
      categories: ['isometric'],
      bodyRegions: ['hip', 'abdominals'],
      equipment: ['yoga-mat'],
      instructions: [
        {
          type: 'preparation',
          text: 'Lie on your side on a mat beside a sturdy bench or low chair, with your elbow under your shoulder.',
        },
        {
          type: 'preparation',
          text: 'Rest the inside of your top knee on the bench, with the bottom leg on the floor.',
        },
        {
          type: 'step',
          text: 'Press the top knee down into the bench and lift your hips until your body is in a straight line.',
        },
        {
          type: 'step',
          text: 'Let the bottom leg hang or lift it toward the bench if you can.',
        },
        {
          type: 'step',
          text: 'Hold for the time set in your plan, then lower your hips slowly to the mat.',
        },
        {
          type: 'form_cue',
          text: 'Keep your hips stacked and in line with your shoulders and knees.',
        },
        {
          type: 'form_cue',
          text: 'Push the elbow into the floor so the shoulder does not sink.',
        },
        {
          type: 'breathing',
          text: 'Keep breathing steadily through the hold; do not hold your breath.',
        },
        {
          type: 'safety',
          text: 'Stop if you feel pain in the groin, the inside of the knee or the supporting shoulder.',
        },
      ],
      contraindications: [
        {
          condition: 'Groin (Adductor) Strain',
          severity: 'contraindicated',
          note: 'Do not perform in the acute stage; start with the ball squeeze and progress as your physiotherapist advises.',
        },
        {
          condition: 'Medial Collateral Ligament Injury',
          severity: 'warning',
          note: 'Keep the bench support close to the knee, not the ankle, and stop if the inner knee hurts.',
        },
        {
          condition: 'Uncontrolled High Blood Pressure',
          severity: 'warning',
          note: 'Keep the holds short and keep breathing throughout.',
        },
      ],
    },
    {
      slug: 'side-plank-with-hip-abduction',
      name: 'Side Plank with Hip Abduction',
      description:
        'Holding a side plank on your forearm, you lift your top leg up and down. It is a demanding exercise for the side of the hip and the trunk, used once simpler hip exercises are easy.',
      difficulty: 'advanced',
      estimatedDurationSeconds: 150,
      categories: ['isotonic'],
      bodyRegions: ['hip', 'glutes', 'abdominals'],
      equipment: ['yoga-mat'],
      instructions: [
        {
          type: 'preparation',
          text: 'Lie on your side on a mat with your elbow under your shoulder and your legs straight, one on top of the other.',
        },
        {
          type: 'preparation',
          text: 'For an easier version, bend the bottom knee and support yourself on it.',
        },
        {
          type: 'step',
          text: 'Lift your hips so your body forms a straight line from head to feet.',
        },
        {
          type: 'step',
          text: 'Holding the plank, lift the top leg toward the ceiling and lower it slowly.',
        },
        {
          type: 'step',
          text: 'Lower your hips to the mat to rest at the end of the set.',
        },
        {
          type: 'form_cue',
          text: 'Keep your hips stacked and pushed forward; do not let them sag or pike.',
        },
        {
          type: 'form_cue',
          text: 'Keep the top toes pointing forward as the leg lifts.',
        },
        {
          type: 'breathing',
          text: 'Breathe out as the leg lifts and keep breathing steadily; do not hold your breath.',
        },
        {
          type: 'safety',
          text: 'Stop if you feel pain in the shoulder you are leaning on, or in the lower back.',
        },
      ],
      contraindications: [
        {
          condition: 'Shoulder Pain or Instability',
          severity: 'warning',
          note: 'Use the bent-knee version or do side-lying hip abduction instead.',
        },
        {
          condition: 'Recent Total Hip Replacement',
          severity: 'contraindicated',
          note: "Do not perform until the surgeon's protocol allows full loading of the hip in side-lying.",
        },
        {
          condition: 'Pregnancy beyond the First Trimester',
          severity: 'warning',
          note: 'Use the bent-knee version and stop if you feel strain across the abdomen.',
        },
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
  ];
