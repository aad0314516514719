import type { LibraryExercise } from '../library-exercise';
import { latexAllergy } from '../common-contraindications';

/**
 * Platform trunk stability for the lower back: the hip hinge, bracing
 * against a band, and side and kneeling holds, up to lifting from the floor.
 */
export const lumbarStabilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'hip-hinge-with-dowel',
    name: 'Hip Hinge with Dowel',
    description:
      'Holding a broom handle along your back, you bend forward from the hips while keeping the back straight. It teaches the safe bending pattern used for lifting, so the hips do the work instead of the lower back.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['isotonic'],
    bodyRegions: ['lumbar-spine', 'hip', 'glutes'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Stand with your feet hip-width apart and hold a broom handle or light pole along your back.',
      },
      {
        type: 'preparation',
        text: 'Hold it with one hand behind your neck and one behind your lower back, so it touches your head, upper back and tailbone.',
      },
      {
        type: 'step',
        text: 'Soften your knees and push your hips back as you lean your trunk forward.',
      },
      {
        type: 'step',
        text: 'Go down as far as the pole stays touching all three points.',
      },
      {
        type: 'step',
        text: 'Squeeze your buttocks and push your hips forward to stand tall again.',
      },
      {
        type: 'form_cue',
        text: 'Keep the pole in contact with your head, upper back and tailbone throughout.',
      },
      {
        type: 'form_cue',
        text: 'Keep your weight over the middle of your feet and your knees only slightly bent.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as you hinge forward and breathe out as you stand up.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or pain spreading into a leg.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Low Back Pain',
        severity: 'warning',
        note: 'Keep the hinge shallow and stop if pain increases.',
      },
      {
        condition: 'Shoulder Pain Reaching Behind the Back',
        severity: 'warning',
        note: 'Skip the pole and rest your hands on the front of your hips instead.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 175,
      endAngleDegrees: 100,
      sides: 'both',
    },
  },
  {
    slug: 'banded-pallof-press',
    name: 'Banded Pallof Press',
    description:
      'Standing side-on to an anchored resistance band, you press the band straight out from your chest and resist being twisted. It builds trunk strength for holding the spine still against a pull.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['resistance-band'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band in a closed door at chest height and stand side-on to it, feet hip-width apart and knees soft.',
      },
      {
        type: 'preparation',
        text: 'Hold the band with both hands against your breastbone and step away until it is taut.',
      },
      {
        type: 'step',
        text: 'Brace your stomach and press your hands straight out in front of your chest.',
      },
      {
        type: 'step',
        text: 'Hold the arms out for two to three seconds without letting the band turn you.',
      },
      {
        type: 'step',
        text: 'Bring your hands back to your chest, and change sides after the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips and shoulders square to the front; do not lean or twist toward the anchor.',
      },
      {
        type: 'form_cue',
        text: 'Keep your ribs down and your shoulders away from your ears.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you press out and keep breathing during the hold.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and the anchor for security before every session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back or shoulders.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Use a lighter band, keep the holds short and never hold your breath.',
      },
      latexAllergy,
      {
        condition: 'Recent Abdominal or Spinal Surgery',
        severity: 'contraindicated',
        note: "Do not perform resisted trunk work until the surgeon's protocol allows it.",
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'elbow',
      to: 'wrist',
      startAngleDegrees: 60,
      endAngleDegrees: 170,
      sides: 'both',
    },
  },
  {
    slug: 'half-kneeling-band-chop',
    name: 'Half-kneeling Band Chop',
    description:
      'Kneeling on one knee, you pull a resistance band diagonally from high on one side down across your body. It trains the trunk to control a twisting, diagonal load while the hips and lower back stay steady.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'lumbar-spine', 'thoracic-spine'],
    equipment: ['resistance-band', 'yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Anchor the band high in a closed door and kneel side-on to it on a padded mat, with the knee nearest the door down and the other foot forward.',
      },
      {
        type: 'preparation',
        text: 'Hold the band with both hands above the shoulder nearest the anchor.',
      },
      {
        type: 'step',
        text: 'Brace your stomach and pull the band down and across your body toward the opposite hip.',
      },
      {
        type: 'step',
        text: 'Pause, then let your arms return slowly along the same diagonal.',
      },
      {
        type: 'step',
        text: 'Change sides after the number set in your plan.',
      },
      {
        type: 'form_cue',
        text: 'Keep your pelvis facing forward; the arms and upper back travel while the hips stay still.',
      },
      {
        type: 'form_cue',
        text: 'Kneel tall with a gentle squeeze in the buttock of the kneeling leg.',
      },
      {
        type: 'breathing',
        text: 'Breathe out as you chop down and breathe in as you return.',
      },
      {
        type: 'safety',
        text: 'Check the band for nicks and the anchor for security before every session.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back, shoulders or kneeling knee.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'contraindicated',
        note: 'Do not perform loaded twisting until your physiotherapist progresses you.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Use a light band and a short, controlled range; avoid forceful twisting.',
      },
      {
        condition: 'Knee Pain When Kneeling',
        severity: 'warning',
        note: 'Pad the kneeling knee well, or do the chop standing.',
      },
    ],
    movementProfile: {
      from: 'hip',
      vertex: 'shoulder',
      to: 'elbow',
      startAngleDegrees: 150,
      endAngleDegrees: 40,
      sides: 'alternating',
    },
  },
  {
    slug: 'quadruped-knee-hover',
    name: 'Quadruped Knee Hover',
    description:
      'On hands and knees, you brace your trunk and lift your knees just off the floor, then hold. It builds strength in the stomach and shoulder muscles while the back stays in a steady, neutral position.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['isometric'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Kneel on a mat on hands and knees, hands under your shoulders and knees under your hips, toes tucked under.',
      },
      {
        type: 'step',
        text: 'Brace your stomach and press the floor away with your hands.',
      },
      {
        type: 'step',
        text: 'Lift your knees two to three centimetres off the floor and hold for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Lower your knees gently back to the mat and rest.',
      },
      {
        type: 'form_cue',
        text: 'Keep your back flat like a table; do not let the hips rise or the back sag.',
      },
      {
        type: 'form_cue',
        text: 'Keep your neck long and look at the floor between your hands.',
      },
      {
        type: 'breathing',
        text: 'Keep breathing steadily during the hold; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your back, wrists or shoulders.',
      },
    ],
    contraindications: [
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the holds short and breathe throughout.',
      },
      {
        condition: 'Wrist Pain',
        severity: 'warning',
        note: 'Rest on your fists, or hold dumbbell handles so the wrists stay straight.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Keep the knees down and practise drawing-in on hands and knees instead.',
      },
    ],
  },
  {
    slug: 'side-plank-hip-dip',
    name: 'Side Plank Hip Dip',
    description:
      'Holding a side plank on your forearm, you lower your hips toward the floor and lift them back up. It strengthens the muscles along the side of the trunk and lower back that keep you upright on one leg and when carrying.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 150,
    categories: ['isotonic'],
    bodyRegions: ['abdominals', 'lumbar-spine'],
    equipment: ['yoga-mat'],
    instructions: [
      {
        type: 'preparation',
        text: 'Lie on your side on a mat with your elbow under your shoulder and your legs straight, feet stacked or the top foot in front.',
      },
      {
        type: 'preparation',
        text: 'Lift your hips so your body forms a straight line from head to feet.',
      },
      {
        type: 'step',
        text: 'Lower your hips slowly a few centimetres toward the mat without touching it.',
      },
      {
        type: 'step',
        text: 'Lift them back up until your body is straight again.',
      },
      {
        type: 'step',
        text: 'Repeat for the number set in your plan, then change sides.',
      },
      {
        type: 'form_cue',
        text: 'Keep your hips stacked and your body facing forward; do not roll backward.',
      },
      {
        type: 'form_cue',
        text: 'Push the floor away with your forearm so the shoulder does not sink.',
      },
      {
        type: 'breathing',
        text: 'Breathe in as the hips lower and breathe out as they lift.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pain in your shoulder or lower back, and drop to your knees to rest.',
      },
    ],
    contraindications: [
      {
        condition: 'Shoulder Pain or Instability',
        severity: 'warning',
        note: 'Do the modified side plank on your knees, or stay with the static hold.',
      },
      {
        condition: 'Pregnancy beyond the First Trimester',
        severity: 'warning',
        note: 'Do the modified side plank on your knees with a shorter hold.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the sets short and breathe throughout.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'ankle',
      startAngleDegrees: 175,
      endAngleDegrees: 150,
      sides: 'alternating',
    },
  },
  {
    slug: 'floor-to-waist-lift',
    name: 'Floor-to-Waist Lift',
    description:
      'Using a hip hinge and a squat, you lift a light weight from the floor to waist height and put it back down. It practises safe lifting for daily tasks and work, building trust in the back under load.',
    difficulty: 'advanced',
    estimatedDurationSeconds: 180,
    categories: ['isotonic'],
    bodyRegions: ['lumbar-spine', 'glutes', 'hip'],
    equipment: ['dumbbell'],
    instructions: [
      {
        type: 'preparation',
        text: 'Place a light dumbbell on the floor between your feet and stand with your feet a little wider than your hips.',
      },
      {
        type: 'preparation',
        text: 'Start with the weight your physiotherapist chose; raise it on a step or box at first if the floor is too low.',
      },
      {
        type: 'step',
        text: 'Push your hips back, bend your knees and take hold of the weight with a straight back.',
      },
      {
        type: 'step',
        text: 'Brace your stomach and stand up by pushing through your feet, keeping the weight close to your body.',
      },
      {
        type: 'step',
        text: 'Lower it to the floor the same way, hips back and knees bent.',
      },
      {
        type: 'form_cue',
        text: 'Keep the weight close to your shins and thighs the whole way.',
      },
      {
        type: 'form_cue',
        text: 'Do not twist while holding the weight; turn with your feet if you need to.',
      },
      {
        type: 'breathing',
        text: 'Breathe in before you lift, breathe out as you stand up, and never hold your breath.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel sharp back pain or pain spreading into a leg, and put the weight down.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Disc Herniation with Leg Symptoms',
        severity: 'contraindicated',
        note: 'Do not lift from the floor until symptoms have settled and your physiotherapist progresses you.',
      },
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Lift from a raised surface with a light weight, keeping the back straight throughout.',
      },
      {
        condition: 'Uncontrolled High Blood Pressure',
        severity: 'warning',
        note: 'Keep the weight light and breathe out as you lift.',
      },
      {
        condition: 'Inguinal or Abdominal Hernia',
        severity: 'warning',
        note: 'Check with your doctor before lifting, and keep the load light.',
      },
    ],
    movementProfile: {
      from: 'shoulder',
      vertex: 'hip',
      to: 'knee',
      startAngleDegrees: 175,
      endAngleDegrees: 80,
      sides: 'both',
    },
  },
];
