import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform whole-body mobility flows and dynamic warm-ups, with two gentle
 * exercises that pair movement with slow breathing.
 */
export const fullBodyMobilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'standing-gentle-mobility-flow',
    name: 'Standing Gentle Mobility Flow',
    description:
      'Standing beside a chair, you move each part of the body in turn through an easy range, from shoulders to ankles. It is a gentle way to loosen up in the morning or before other exercise.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 240,
    categories: ['mobility'],
    bodyRegions: ['full-body'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand tall with your feet hip-width apart and a sturdy chair beside you to hold if needed.',
      },
      {
        type: 'step',
        text: 'Roll your shoulders slowly backward, then reach both arms up and lower them.',
      },
      {
        type: 'step',
        text: 'Turn your upper body gently to look over each shoulder, then slide one hand down the side of your leg and then the other.',
      },
      {
        type: 'step',
        text: 'Holding the chair, make slow circles with your hips, then swing one leg gently forward and back, then the other.',
      },
      {
        type: 'step',
        text: 'Finish by rising onto your toes and rocking back onto your heels.',
      },
      {
        type: 'form_cue',
        text: 'Keep every movement smooth and within a comfortable range; nothing should be forced.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly and let the movements follow your breathing.',
      },
      {
        type: 'safety',
        text: 'Hold the chair for any movement that makes you feel unsteady.',
      },
    ],
    contraindications: [
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Do the same movements sitting on a firm chair.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Leave out the side bends and turns if they bring on leg pain or tingling.',
      },
    ],
  },
  {
    slug: 'worlds-greatest-stretch',
    name: "World's Greatest Stretch",
    description:
      'From a deep lunge, you drop your elbow toward your front foot and then turn to reach one arm to the ceiling. It moves the hips, trunk and shoulders in one sequence and is a popular warm-up before sport.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['dynamic-stretching'],
    bodyRegions: ['full-body', 'hip', 'thoracic-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Start in a push-up position on a mat, or on your hands and knees if that is easier.',
      },
      {
        type: 'step',
        text: 'Step your right foot forward to the outside of your right hand so you are in a long lunge.',
      },
      {
        type: 'step',
        text: 'Lower your right elbow toward the inside of your right foot.',
      },
      {
        type: 'step',
        text: 'Place the right hand back down, then turn your chest and reach the right arm up to the ceiling, following it with your eyes.',
      },
      {
        type: 'step',
        text: 'Return the hand to the floor, step back, and repeat on the other side.',
      },
      {
        type: 'form_cue',
        text: 'Keep the back knee straight, or rest it on the mat, and keep the front heel down.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you reach up and breathe in as you come back down.',
      },
      {
        type: 'safety',
        text: 'Stop any part that gives you sharp pain in the back, hip or groin.',
      },
    ],
    contraindications: [
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'contraindicated',
        note: 'The deep lunge and elbow drop bend the hip past usual precautions; do not perform until your surgeon lifts them.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Leave out the elbow drop and keep the turn small, or choose a gentler flow.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Rest your hands on a low step or on your fists to take weight off the wrists.',
      },
    ],
  },
  {
    slug: 'squat-to-overhead-reach',
    name: 'Squat to Overhead Reach',
    description:
      'You squat down with your hands toward the floor and then stand up, reaching both arms overhead. It warms up the legs, hips, back and shoulders together.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['dynamic-stretching'],
    bodyRegions: ['full-body', 'hip', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet a little wider than hip-width apart and your toes turned slightly out.',
      },
      {
        type: 'step',
        text: 'Squat down as far as is comfortable, reaching your hands toward the floor between your feet.',
      },
      {
        type: 'step',
        text: 'Stand up smoothly and reach both arms up overhead, stretching tall.',
      },
      {
        type: 'step',
        text: 'Lower your arms and flow into the next squat.',
      },
      {
        type: 'form_cue',
        text: 'Keep your heels on the floor and your knees in line with your toes.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you squat and breathe in as you reach up.',
      },
      {
        type: 'safety',
        text: 'Squat only as deep as your knees and back allow without pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Keep the squat shallow.',
      },
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Reach only as high as is pain-free, with your thumbs turned up.',
      },
      {
        condition: 'Hip Replacement (Within Movement Precautions)',
        severity: 'warning',
        note: 'Keep the squat above the hip bend your surgeon allows.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 95,
      sides: 'both',
    },
  },
  {
    slug: 'walking-lunge-with-rotation',
    name: 'Walking Lunge with Rotation',
    description:
      'You step forward into a lunge and turn your upper body toward the front leg, then step through into the next lunge. It warms up the legs and hips and loosens the trunk before activity.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['dynamic-stretching'],
    bodyRegions: ['full-body', 'hip', 'thoracic-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand at one end of a clear space with your hands together in front of your chest.',
      },
      {
        type: 'step',
        text: 'Step forward into a lunge, lowering the back knee toward the floor.',
      },
      {
        type: 'step',
        text: 'Turn your upper body toward the front leg, then turn back to the middle.',
      },
      {
        type: 'step',
        text: 'Push off the back foot and step through into a lunge on the other leg.',
      },
      {
        type: 'form_cue',
        text: 'Keep the front knee over the front foot and turn from the trunk, not the knee.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you turn and breathe in as you step through.',
      },
      {
        type: 'safety',
        text: 'Take shorter steps and a shallower lunge if your knees or balance object.',
      },
    ],
    contraindications: [
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Do static lunges beside a counter instead of walking.',
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Use a shallow lunge that stays pain-free.',
      },
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'warning',
        note: 'Leave out the turn if it brings on leg pain or tingling.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 95,
      sides: 'alternating',
    },
  },
  {
    slug: 'resistance-band-squat-to-row',
    name: 'Resistance Band Squat to Row',
    description:
      'Holding a band anchored in front of you, you squat down and then pull the band toward you as you stand up. It works the legs, back and shoulders together in one movement.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['full-body', 'knee', 'shoulder'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band in a closed door at chest height, hold one end in each hand, and step back until it is taut with your arms straight.',
      },
      {
        type: 'step',
        text: 'Push your hips back and bend your knees into a squat, keeping the arms straight.',
      },
      {
        type: 'step',
        text: 'Stand up and, as you do, pull the band toward your lower ribs, drawing your shoulder blades back.',
      },
      {
        type: 'step',
        text: 'Straighten your arms slowly and lower into the next squat.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chest up and your back straight through the squat.',
      },
      {
        type: 'form_cue',
        text: 'Keep your elbows close to your sides as you pull.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you squat and breathe out as you stand and pull.',
      },
      {
        type: 'safety',
        text: 'Check the door is locked or shut firmly and the band is free of nicks before you start.',
      },
    ],
    contraindications: [
      latexAllergy,
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on resisted pulling.",
      },
      {
        condition: 'Kneecap Pain (Patellofemoral Pain)',
        severity: 'warning',
        note: 'Keep the squat shallow.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 100,
      sides: 'both',
    },
  },
  {
    slug: 'breathing-with-arm-raises',
    name: 'Breathing with Arm Raises',
    description:
      'You raise your arms slowly as you breathe in and lower them as you breathe out. Linking slow breaths with an easy movement calms you and gently opens the chest and shoulders.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['breathing-relaxation', 'mobility'],
    bodyRegions: ['full-body', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair or stand with your feet hip-width apart and your arms by your sides.',
      },
      {
        type: 'step',
        text: 'Breathe in slowly through your nose as you raise both arms out to the sides and up as high as is comfortable.',
      },
      {
        type: 'step',
        text: 'Breathe out slowly as you lower your arms back to your sides.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders relaxed away from your ears as the arms rise.',
      },
      {
        type: 'breathing',
        text: 'Let each breath be slow and full, and make the out-breath at least as long as the in-breath.',
      },
      {
        type: 'safety',
        text: 'Lower your arms and breathe normally if you feel light-headed.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Impingement',
        severity: 'warning',
        note: 'Raise the arms only to the height that stays pain-free.',
      },
      {
        condition: 'Post-operative Shoulder Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol on how high the arm may be raised.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 20,
      endAngleDegrees: 160,
      sides: 'both',
    },
  },
  {
    slug: 'tai-chi-weight-shift',
    name: 'Tai Chi Weight Shift',
    description:
      'In a wide stance with soft knees, you shift your weight slowly from one foot to the other while your arms float in time with your breath. It combines calm breathing with balance training, as in tai chi.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception', 'breathing-relaxation'],
    bodyRegions: ['full-body', 'ankle-foot'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet wider than hip-width apart, knees slightly bent, next to a counter.',
      },
      {
        type: 'step',
        text: 'Shift your weight slowly onto the right foot until the left foot feels light, letting the arms drift to the right.',
      },
      {
        type: 'step',
        text: 'Shift slowly across to the left foot, letting the arms follow.',
      },
      {
        type: 'step',
        text: 'Keep flowing from side to side for the time set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep the same knee bend and head height throughout; the body glides sideways.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you shift one way and out as you shift the other, slowly and through the nose.',
      },
      {
        type: 'safety',
        text: 'Rest a hand on the counter if you feel unsteady.',
      },
    ],
    contraindications: [
      {
        condition: 'High Risk of Falls',
        severity: 'warning',
        note: 'Keep one hand on the counter throughout and have someone nearby.',
      },
      {
        condition: 'Knee Osteoarthritis',
        severity: 'warning',
        note: 'Use only a slight knee bend and stand up straighter if the knees ache.',
      },
    ],
  },
];
