import type { LibraryExercise } from '../library-exercise';

/**
 * Platform relaxation and breathing exercises for easing tension, pain and
 * breathlessness, lying, sitting or supported on a foam roller.
 */
export const relaxationExercises: readonly LibraryExercise[] = [
  {
    slug: 'body-scan-relaxation',
    name: 'Body Scan Relaxation',
    description:
      'Lying or sitting comfortably, you move your attention slowly through the body from your toes to your head, noticing and softening any tension. It calms the nervous system and can ease pain and help sleep.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with a pillow under your head and knees, or sit in a supportive chair, somewhere quiet.',
      },
      {
        type: 'step',
        text: 'Close your eyes or rest your gaze, and take a few slow breaths.',
      },
      {
        type: 'step',
        text: 'Bring your attention to your toes and feet; notice how they feel, and let them soften as you breathe out.',
      },
      {
        type: 'step',
        text: 'Move your attention slowly up through your legs, hips, stomach, back, hands, arms, shoulders, neck and face, softening each in turn.',
      },
      {
        type: 'step',
        text: 'Finish by noticing the whole body at once, then open your eyes and move slowly before you get up.',
      },
      {
        type: 'form_cue',
        text: 'There is no right feeling to find; simply notice, then let go.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and naturally, letting each out-breath carry the tension away.',
      },
      {
        type: 'safety',
        text: 'Sit up slowly at the end, as you may feel light-headed after lying still.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the body scan sitting or lying on your side rather than flat on your back.',
      },
      {
        condition: 'History of Trauma or Severe Anxiety',
        severity: 'warning',
        note: 'Keep your eyes open and stop if the exercise becomes distressing; tell your physiotherapist.',
      },
    ],
  },
  {
    slug: 'constructive-rest-position',
    name: 'Constructive Rest Position',
    description:
      'You lie on your back with knees bent and feet flat, and let your body settle into the floor. It relaxes the back, hips and shoulders and is a good position for easing pain or winding down.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with a thin cushion or folded towel under your head.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees with your feet flat and hip-width apart, and rest your hands on your stomach.',
      },
      {
        type: 'step',
        text: 'Let your back, shoulders and head grow heavy, as if sinking into the floor.',
      },
      {
        type: 'step',
        text: 'Stay for the time set in your plan, noticing each breath.',
      },
      {
        type: 'form_cue',
        text: 'Let your knees rest against each other if holding them up takes effort.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly into your stomach so your hands rise and fall.',
      },
      {
        type: 'safety',
        text: 'Roll onto your side before sitting up at the end.',
      },
    ],
    contraindications: [
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Lie on your side with a pillow between your knees instead of on your back.',
      },
      {
        condition: 'Acid Reflux or Breathlessness Lying Flat',
        severity: 'warning',
        note: 'Raise your head and shoulders on pillows, or rest in a reclined chair.',
      },
    ],
  },
  {
    slug: 'legs-up-the-wall-relaxation',
    name: 'Legs-Up-the-Wall Relaxation',
    description:
      'Lying on your back with your legs resting up a wall, you let your body go heavy and breathe slowly. It is a restful position that eases tired legs and helps you wind down.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 300,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a mat against a wall and sit sideways on it with one hip touching the wall.',
      },
      {
        type: 'step',
        text: 'Lower your back to the mat as you swing both legs up to rest against the wall.',
      },
      {
        type: 'step',
        text: 'Shuffle your hips a little away from the wall until the backs of your legs are comfortable, and rest your arms by your sides.',
      },
      {
        type: 'step',
        text: 'Stay for the time set in your plan, then bend your knees, roll onto your side and sit up slowly.',
      },
      {
        type: 'form_cue',
        text: 'Let the wall hold your legs; the knees may bend slightly and the feet may fall apart.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly into your stomach and let each out-breath be a little longer than the in-breath.',
      },
      {
        type: 'safety',
        text: 'Bring your legs down if your feet tingle or go numb, or if you feel breathless.',
      },
    ],
    contraindications: [
      {
        condition: 'Heart Failure or Breathlessness Lying Flat',
        severity: 'warning',
        note: 'Raising the legs sends more blood to the heart; rest with the legs on a low stool and the head raised instead.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Lie on your side with a pillow between your knees instead of on your back.',
      },
      {
        condition: 'Glaucoma or Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep your head raised on a pillow and the time short, or choose a seated relaxation.',
      },
    ],
  },
  {
    slug: 'extended-exhale-breathing',
    name: 'Extended Exhale Breathing',
    description:
      "You breathe in for a short count and out for a longer one. Lengthening the out-breath switches on the body's calming response and can help with stress, pain and sleep.",
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit comfortably with your back supported, or lie down, and rest one hand on your stomach.',
      },
      {
        type: 'step',
        text: 'Breathe in gently through your nose for a count of four.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly through your nose or mouth for a count of six.',
      },
      {
        type: 'step',
        text: 'Continue for the time set in your plan; if six feels too long, start with five.',
      },
      {
        type: 'form_cue',
        text: 'Breathe low into your stomach and keep your shoulders still.',
      },
      {
        type: 'breathing',
        text: 'Keep the breath soft and quiet; never strain to make it longer.',
      },
      {
        type: 'safety',
        text: 'Return to normal breathing if you feel light-headed or anxious.',
      },
    ],
    contraindications: [
      {
        condition: 'Asthma Attack',
        severity: 'contraindicated',
        note: 'Do not use this during an attack; follow your asthma action plan and use your reliever.',
      },
      {
        condition: 'Panic Disorder',
        severity: 'warning',
        note: 'Start with short sessions and only slightly longer out-breaths, with your physiotherapist at first.',
      },
    ],
  },
  {
    slug: 'side-lying-rib-expansion-breathing',
    name: 'Side-Lying Rib Expansion Breathing',
    description:
      'Lying on your side with a hand on your upper ribs, you breathe in to push the ribs out into your hand. It teaches fuller breathing into the sides of the chest and eases stiffness around the ribs.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['thoracic-spine', 'abdominals'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with your knees bent, a pillow under your head, and a small rolled towel under your waist.',
      },
      {
        type: 'preparation',
        text: 'Rest your top hand on the side of your lower ribs.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose, widening your ribs sideways into your hand.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly and feel the ribs draw back in.',
      },
      {
        type: 'step',
        text: 'Continue for the time set in your plan, then turn over and repeat on the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders and neck relaxed; the movement is in the ribs, not the upper chest.',
      },
      {
        type: 'breathing',
        text: 'Take slow, comfortable breaths, and pause briefly at the end of each out-breath.',
      },
      {
        type: 'safety',
        text: 'Take smaller breaths if you feel sharp pain in the ribs or become light-headed.',
      },
    ],
    contraindications: [
      {
        condition: 'Recent Rib Fracture',
        severity: 'warning',
        note: 'Lie on the uninjured side and breathe only as deeply as is comfortable.',
      },
      {
        condition: 'Recent Chest or Abdominal Surgery',
        severity: 'warning',
        note: "Follow the surgeon's or respiratory physiotherapist's advice on positions and deep breathing.",
      },
    ],
  },
  {
    slug: 'supported-childs-pose-breathing',
    name: "Supported Child's Pose Breathing",
    description:
      'Kneeling and folded forward over pillows, you breathe slowly into your back. The rested, curled position relaxes the back muscles and the slow breathing calms you.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body', 'lumbar-spine', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat with your knees apart and a stack of pillows in front of you.',
      },
      {
        type: 'step',
        text: 'Sit back toward your heels and fold forward to rest your chest and head on the pillows.',
      },
      {
        type: 'step',
        text: 'Let your arms rest beside the pillows and stay for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Come up slowly by walking your hands back toward your knees.',
      },
      {
        type: 'form_cue',
        text: 'Add pillows until the position takes no effort to hold.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and feel your back rise as you breathe in and soften as you breathe out.',
      },
      {
        type: 'safety',
        text: 'Come out of the position if it causes knee, hip or back pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Put a folded towel behind your knees and under them, or rest forward over a table while seated.',
      },
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'contraindicated',
        note: 'The deep hip bend breaks usual precautions; do not perform until your surgeon lifts them.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Widen the knees to make room for the bump, and keep plenty of pillows under your chest.',
      },
    ],
  },
  {
    slug: 'foam-roller-chest-opening-relaxation',
    name: 'Foam Roller Chest Opening Relaxation',
    description:
      'Lying lengthwise on a foam roller with your arms resting out to the sides, you let your chest open and breathe slowly. It eases a rounded upper back and tight chest and is deeply relaxing.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['breathing-relaxation'],
    bodyRegions: ['full-body', 'thoracic-spine', 'shoulder'],
    equipment: ['foam-roller', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a long foam roller lengthwise on a mat, sit on one end, and lie back so it supports your head and spine down to your tailbone.',
      },
      {
        type: 'preparation',
        text: 'Bend your knees with your feet flat and wide apart for balance.',
      },
      {
        type: 'step',
        text: 'Let your arms fall open out to the sides, palms up, resting on the mat or on cushions.',
      },
      {
        type: 'step',
        text: 'Stay for the time set in your plan, then bring your arms in and roll gently off to one side.',
      },
      {
        type: 'form_cue',
        text: 'Let gravity open the chest; do not press the arms down.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and deeply into your chest and let the shoulders soften with each out-breath.',
      },
      {
        type: 'safety',
        text: 'Move your arms closer to your body if your hands tingle or your shoulders ache.',
      },
    ],
    contraindications: [
      {
        condition: 'Osteoporosis or Vertebral Compression Fracture',
        severity: 'warning',
        note: 'Lie on a folded blanket or a half roller instead, and ask your physiotherapist first.',
      },
      {
        condition: 'Shoulder Instability or Recent Dislocation',
        severity: 'warning',
        note: 'Keep the arms low and close to the body so the shoulder is not pushed forward.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Lying on your back on a narrow roller is unsteady and can make you faint; use a seated chest stretch instead.',
      },
    ],
  },
];
