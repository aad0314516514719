import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform strengthening for the thigh muscles at the knee: quadriceps and
 * hamstring holds, seated straightening and hamstring curls, and the
 * Spanish squat hold for the kneecap tendon.
 */
export const moreKneeHipKneeStrengthExercises: readonly LibraryExercise[] = [
  {
    slug: 'seated-long-arc-quad',
    name: 'Seated Long Arc Quad',
    description:
      'Sitting on a chair, you straighten your knee by lifting your foot out in front of you. It strengthens the thigh muscle through a larger range once the knee is ready to bend to a right angle.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair with your back supported and both feet flat on the floor.',
      },
      {
        type: 'step',
        text: 'Lift the foot of the working leg until the knee is straight.',
      },
      {
        type: 'step',
        text: 'Hold for two seconds with the thigh muscle tight.',
      },
      {
        type: 'step',
        text: 'Lower the foot slowly back to the floor over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep your thigh resting on the chair; only the lower leg moves.',
      },
      {
        type: 'form_cue',
        text: 'Sit upright and do not lean back to help the leg up.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you straighten the knee and breathe in as you lower it.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel grinding with pain under the kneecap; work through a smaller arc instead.',
      },
    ],
    contraindications: [
      {
        condition: 'Patellofemoral Pain',
        severity: 'warning',
        note: 'Work in the range that stays comfortable, often the top half of the movement, and avoid added weight at first.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol; after ACL reconstruction, loaded open-chain straightening is often limited in the early months.",
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 90,
      endAngleDegrees: 175,
      sides: 'alternating',
    },
  },
  {
    slug: 'theraband-isometric-knee-extension',
    name: 'TheraBand Isometric Knee Extension',
    description:
      'Sitting with a TheraBand looped around your ankle, you push the leg forward against the band without letting the knee move. It builds thigh strength when moving the knee under load is still painful.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isometric'],
    bodyRegions: ['knee'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a firm chair and tie the TheraBand into a loop around the front leg of the chair and the ankle of the working leg.',
      },
      {
        type: 'preparation',
        text: 'Set the knee at the angle your physiotherapist has shown you, often a little less than a right angle.',
      },
      {
        type: 'step',
        text: 'Push the lower leg forward into the band so the thigh muscle tightens, without letting the foot move.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax slowly.',
      },
      {
        type: 'form_cue',
        text: 'Build the effort gradually over a second or two; it should feel strong but not painful.',
      },
      {
        type: 'form_cue',
        text: 'Sit tall and keep your thigh resting on the chair.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily through the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Ease off if the knee pain rises above a mild level during or after the hold.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a gentle effort and keep breathing; leave out long hard holds until blood pressure is controlled.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when resisted thigh work may start and at which knee angle.",
      },
      latexAllergy,
    ],
  },
  {
    slug: 'hamstring-heel-dig',
    name: 'Hamstring Heel Dig',
    description:
      'Lying with your knee bent, you press your heel down into the floor and hold. It switches on the hamstrings at the back of the thigh without moving the knee, which suits the early weeks after injury or surgery.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['knee'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with the working knee bent and the heel resting on the floor.',
      },
      {
        type: 'step',
        text: 'Press the heel down into the floor and pull it gently toward you without letting it slide.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then relax fully.',
      },
      {
        type: 'form_cue',
        text: 'You should feel the muscles at the back of the thigh tighten; keep the buttocks on the floor.',
      },
      {
        type: 'form_cue',
        text: 'Change the knee bend only as your physiotherapist directs.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel cramping or pain at the back of the knee or at a graft site.',
      },
    ],
    contraindications: [
      {
        condition: 'Hamstring Graft ACL Reconstruction',
        severity: 'warning',
        note: "Follow the surgeon's protocol; resisted hamstring work is often delayed for several weeks while the donor site heals.",
      },
      {
        condition: 'Acute Hamstring Strain',
        severity: 'warning',
        note: 'Use a light effort that stays pain-free, guided by your physiotherapist.',
      },
    ],
  },
  {
    slug: 'theraband-seated-hamstring-curl',
    name: 'TheraBand Seated Hamstring Curl',
    description:
      'Sitting with a TheraBand anchored in front of you, you bend your knee to pull your heel back under the chair. It strengthens the hamstrings, which help protect the knee, through a comfortable range.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee'],
    equipment: ['theraband'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the TheraBand low in front of you, for example around a table leg, and loop the other end around your ankle.',
      },
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair and move it back until the band is slightly taut with the knee nearly straight.',
      },
      {
        type: 'step',
        text: 'Bend the knee to pull the heel back toward the chair against the band.',
      },
      {
        type: 'step',
        text: 'Pause, then let the leg straighten slowly over two to three seconds.',
      },
      {
        type: 'form_cue',
        text: 'Keep the thigh resting on the chair and the foot just off the floor.',
      },
      {
        type: 'form_cue',
        text: 'Control the return; do not let the band snap the leg forward.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you bend the knee and breathe in as it straightens.',
      },
      {
        type: 'safety',
        text: 'Check the band and anchor before each session, and stop if you feel cramp or sharp pain.',
      },
    ],
    contraindications: [
      {
        condition: 'Hamstring Graft ACL Reconstruction',
        severity: 'warning',
        note: "Follow the surgeon's protocol for when resisted hamstring curls may begin.",
      },
      latexAllergy,
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 160,
      endAngleDegrees: 90,
      sides: 'alternating',
    },
  },
  {
    slug: 'standing-hamstring-curl',
    name: 'Standing Hamstring Curl',
    description:
      'Standing and holding a support, you bend one knee to bring your heel toward your buttock. It strengthens the hamstrings in an upright position and helps restore knee bend.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['knee'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand facing a kitchen counter or sturdy chair back and rest your hands on it for balance.',
      },
      {
        type: 'step',
        text: 'Bend the working knee to lift the heel up toward your buttock.',
      },
      { type: 'step', text: 'Pause at the top.' },
      { type: 'step', text: 'Lower the foot slowly back to the floor.' },
      {
        type: 'form_cue',
        text: 'Keep your thighs side by side; the knee points at the floor and does not drift forward.',
      },
      { type: 'form_cue', text: 'Stand tall without arching your lower back.' },
      {
        type: 'breathing',
        text: 'Breathe out as the heel lifts and breathe in as it lowers.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel cramping at the back of the thigh or pain in the knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Post-operative Range-of-Motion Limits',
        severity: 'warning',
        note: "Stay within the knee bend allowed by the surgeon's protocol.",
      },
      {
        condition: 'Poor Standing Balance',
        severity: 'warning',
        note: 'Hold the support with both hands, or do the seated band curl instead.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 90,
      sides: 'alternating',
    },
  },
  {
    slug: 'swiss-ball-hamstring-curl',
    name: 'Swiss Ball Hamstring Curl',
    description:
      'Lying on your back with your heels on a Swiss ball, you lift your hips and roll the ball toward you by bending your knees. It strengthens the hamstrings and buttocks together, as they work when running and jumping.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['knee', 'glutes'],
    equipment: ['swiss-ball', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your back on a mat with your legs straight and your heels on top of a Swiss ball.',
      },
      {
        type: 'preparation',
        text: 'Rest your arms on the floor out to the sides for balance.',
      },
      {
        type: 'step',
        text: 'Squeeze your buttocks and lift your hips until your body is in a straight line from shoulders to heels.',
      },
      {
        type: 'step',
        text: 'Keeping the hips up, bend your knees to roll the ball in toward your buttocks.',
      },
      {
        type: 'step',
        text: 'Roll the ball slowly back out until the legs are straight, then lower the hips.',
      },
      {
        type: 'form_cue',
        text: 'Keep the hips high as the ball rolls in; do not let them drop.',
      },
      { type: 'form_cue', text: 'Make the roll out slower than the roll in.' },
      {
        type: 'breathing',
        text: 'Breathe out as you curl the ball in and breathe in as it rolls out.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel a cramp or a sudden pull at the back of the thigh.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Hamstring Strain',
        severity: 'contraindicated',
        note: 'Do not perform until your physiotherapist clears fast or loaded hamstring work.',
      },
      {
        condition: 'Hamstring Graft ACL Reconstruction',
        severity: 'warning',
        note: "Follow the surgeon's protocol; this is a late-stage exercise for the donor site.",
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Avoid long spells lying on your back; choose a standing hamstring exercise instead.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'knee',
      to: 'ankle',
      startAngleDegrees: 170,
      endAngleDegrees: 80,
      sides: 'both',
    },
  },
  {
    slug: 'banded-spanish-squat',
    name: 'Banded Spanish Squat',
    description:
      'With a heavy resistance band looped behind your knees and anchored in front, you sit back into a squat and hold. The band lets you load the thigh muscle and kneecap tendon strongly while the shins stay upright, which often eases tendon pain.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isometric'],
    bodyRegions: ['knee'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Loop a heavy resistance band around a solid post at knee height and step into it so the band sits behind both knees.',
      },
      {
        type: 'preparation',
        text: 'Step back until the band is tight, with your feet hip-width apart.',
      },
      {
        type: 'step',
        text: 'Sit back into the band, bending your knees until they are at the depth your physiotherapist set.',
      },
      {
        type: 'step',
        text: 'Hold this position for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Stand up slowly and step forward to release the band.',
      },
      {
        type: 'form_cue',
        text: 'Lean back into the band and let it hold you up, so your shins stay close to vertical as your hips sit down.',
      },
      {
        type: 'form_cue',
        text: 'Keep your weight through your heels and your chest upright.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily through the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Make sure the anchor cannot move, and stop if the knee pain is more than mild during the hold.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use shorter, lighter holds and keep breathing; leave it out until blood pressure is controlled.',
      },
      {
        condition: 'Post-operative Knee Restrictions',
        severity: 'warning',
        note: "Follow the surgeon's protocol for deep knee bend under load.",
      },
      latexAllergy,
    ],
  },
];
