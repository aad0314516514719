import type { LibraryExercise } from '../library-exercise';
import {
  recentNeckTraumaNotYetAssessed,
  signsOfCervicalMyelopathy,
} from '../common-contraindications';

/**
 * Platform neck self-mobilisation, stretches for the side of the neck, and
 * head and eye control for neck pain and dizziness.
 */
export const cervicalMobilityExercises: readonly LibraryExercise[] = [
  {
    slug: 'towel-assisted-cervical-rotation-snag',
    name: 'Towel-assisted Cervical Rotation SNAG',
    description:
      'With a towel around the back of your neck, you guide one neck joint forward while you turn your head. It is a self-mobilisation, first shown to you by your physiotherapist, to help you turn your head further with less pain.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['mobility'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Use this exercise only after your physiotherapist has shown you the exact level and direction for your neck.',
      },
      {
        type: 'preparation',
        text: 'Sit tall on a firm chair and place the edge of a small folded towel across the back of your neck at the level you were shown.',
      },
      {
        type: 'preparation',
        text: 'Hold one end in each hand, with the towel ends crossing in front of your chin.',
      },
      {
        type: 'step',
        text: 'With the hand opposite to the way you will turn, pull the towel gently forward and slightly up toward your eyes.',
      },
      {
        type: 'step',
        text: 'Keeping that pull, turn your head slowly toward the stiff side as far as is comfortable, letting the towel glide with you.',
      },
      {
        type: 'step',
        text: 'Hold for one to two seconds at the end, turn back to the middle, then release the pull.',
      },
      {
        type: 'form_cue',
        text: 'Keep the pull steady through the whole turn and back; do not release it at the end of the range.',
      },
      {
        type: 'form_cue',
        text: 'Keep your chin level and turn, rather than tip, the head.',
      },
      {
        type: 'breathing',
        text: 'Breathe out slowly as you turn and breathe in as you come back.',
      },
      {
        type: 'safety',
        text: 'The turn should be pain-free; if it hurts, change the towel level or stop and ask your physiotherapist.',
      },
      {
        type: 'safety',
        text: 'Stop straight away and seek medical advice if you feel dizzy or sick, see double, or have trouble speaking or swallowing.',
      },
    ],
    contraindications: [
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need urgent medical assessment.',
      },
      {
        condition:
          'Neck Instability, Rheumatoid Arthritis of the Neck or Down Syndrome',
        severity: 'contraindicated',
        note: 'Do not self-mobilise the upper neck; ask your physiotherapist for active movement only.',
      },
      recentNeckTraumaNotYetAssessed,
      {
        condition: 'Osteoporosis',
        severity: 'warning',
        note: 'Use only light towel pressure, as shown by your physiotherapist.',
      },
    ],
  },
  {
    slug: 'scalene-stretch',
    name: 'Scalene Stretch',
    description:
      'You tilt your head back and away from one side while holding that shoulder down, to stretch the muscles on the front and side of the neck. These scalene muscles can tighten with neck pain and shallow upper-chest breathing.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 120,
    categories: ['static-stretching'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair and hold the edge of the seat with the hand on the side you are stretching.',
      },
      {
        type: 'preparation',
        text: 'Let that shoulder settle down and slightly back.',
      },
      {
        type: 'step',
        text: 'Tilt your ear toward the opposite shoulder until you feel a gentle stretch.',
      },
      {
        type: 'step',
        text: 'Then lift your chin slightly and turn it a little away from the stretched side to feel the stretch at the front of the neck.',
      },
      {
        type: 'step',
        text: 'Hold for the time set in your plan, then bring your head back to the middle slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep the stretch gentle; the tilt back is small, not a full look up at the ceiling.',
      },
      {
        type: 'form_cue',
        text: 'Keep the shoulder on the stretched side down without shrugging.',
      },
      {
        type: 'breathing',
        text: 'Breathe slowly into your lower ribs, keeping the upper chest still.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pins and needles, numbness or pain in the arm or hand, or any dizziness.',
      },
    ],
    contraindications: [
      {
        condition:
          'Thoracic Outlet Syndrome or Arm Symptoms with Neck Movement',
        severity: 'warning',
        note: 'Keep the tilt small and stop at once if arm or hand symptoms appear.',
      },
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need urgent medical assessment.',
      },
      signsOfCervicalMyelopathy,
    ],
  },
  {
    slug: 'upper-trapezius-contract-relax-stretch',
    name: 'Upper Trapezius Contract-Relax Stretch',
    description:
      'In a side-bend neck stretch, you briefly push your head against your hand, relax, and then ease further into the stretch. Using the muscle first helps it let go, so the stretch goes further with less strain.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['pnf-stretching'],
    bodyRegions: ['cervical-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair and hold the edge of the seat with the hand on the side you are stretching.',
      },
      {
        type: 'preparation',
        text: 'Tilt your ear toward the opposite shoulder until you feel a gentle stretch, and rest your free hand on the side of your head.',
      },
      {
        type: 'step',
        text: 'Gently press your head up into your hand with about a fifth of your effort, so nothing moves, for about five seconds.',
      },
      {
        type: 'step',
        text: 'Relax completely for a moment.',
      },
      {
        type: 'step',
        text: 'Let your head tilt a little further into the new stretch and hold it for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Repeat the press-relax-stretch cycle as set in your plan, then bring your head back to the middle slowly.',
      },
      {
        type: 'form_cue',
        text: 'Keep your nose facing forward and the stretched shoulder relaxed and down.',
      },
      {
        type: 'form_cue',
        text: 'The hand resists the press and then rests; it never pulls the head.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the press, then breathe out slowly as you ease into the stretch.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pins and needles, numbness or pain down the arm, or any dizziness.',
      },
    ],
    contraindications: [
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Use a plain gentle stretch without the press until arm symptoms settle.',
      },
      recentNeckTraumaNotYetAssessed,
    ],
  },
  {
    slug: 'levator-scapulae-contract-relax-stretch',
    name: 'Levator Scapulae Contract-Relax Stretch',
    description:
      'You turn your nose toward your armpit and bow your head to stretch the muscle from the neck to the top corner of the shoulder blade, using a brief gentle push before each stretch. It eases the ache many people feel at the base of the neck.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 150,
    categories: ['pnf-stretching'],
    bodyRegions: ['cervical-spine', 'shoulder'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit tall on a chair and hold the edge of the seat with the hand on the side you are stretching.',
      },
      {
        type: 'preparation',
        text: 'Turn your head about halfway toward the opposite armpit, then bow it gently until you feel a stretch at the back of the neck on the held side.',
      },
      {
        type: 'preparation',
        text: 'Rest your free hand lightly on the back of your head.',
      },
      {
        type: 'step',
        text: 'Press your head gently back into your hand with about a fifth of your effort, so nothing moves, for about five seconds.',
      },
      {
        type: 'step',
        text: 'Relax completely, then let your head bow a little further into the stretch and hold for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Repeat the cycle as set in your plan, then lift your head slowly back to the middle.',
      },
      {
        type: 'form_cue',
        text: 'Keep the held shoulder down; do not let it ride up toward the ear.',
      },
      {
        type: 'form_cue',
        text: 'The hand only rests and resists; never pull on your head.',
      },
      {
        type: 'breathing',
        text: 'Breathe normally during the press, then breathe out slowly as you ease into the stretch.',
      },
      {
        type: 'safety',
        text: 'Stop if you feel pins and needles, numbness or pain down the arm, or any dizziness.',
      },
    ],
    contraindications: [
      {
        condition: 'Signs of Cervical Myelopathy',
        severity: 'contraindicated',
        note: 'Do not perform; bending the neck forward under load can be unsafe.',
      },
      {
        condition: 'Acute Neck Pain with Arm Symptoms',
        severity: 'warning',
        note: 'Use a plain gentle stretch without the press until arm symptoms settle.',
      },
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Move the head into and out of the stretch slowly and stay seated.',
      },
    ],
  },
  {
    slug: 'seated-gaze-stabilisation',
    name: 'Seated Gaze Stabilisation',
    description:
      'Sitting, you keep your eyes fixed on a letter while turning your head slowly from side to side. It retrains the link between the eyes, the inner ear and the neck, which can help dizziness and unsteadiness after neck injury.',
    difficulty: 'beginner',
    estimatedDurationSeconds: 120,
    categories: ['balance-proprioception'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a firm chair with arms, feet flat, in a well-lit room.',
      },
      {
        type: 'preparation',
        text: 'Fix a card with a large letter on the wall at eye level about an arm and a half away.',
      },
      {
        type: 'step',
        text: 'Look at the letter and keep it clear and still in your vision.',
      },
      {
        type: 'step',
        text: 'Turn your head slowly a short way left and right while your eyes stay on the letter, for the time set in your plan.',
      },
      {
        type: 'step',
        text: 'Stop, look ahead, and rest until any dizziness settles before the next go.',
      },
      {
        type: 'form_cue',
        text: 'Move only as fast as you can while the letter stays sharp; if it blurs, slow down.',
      },
      {
        type: 'form_cue',
        text: 'Keep the head turn small and your shoulders still.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Mild dizziness that settles within a minute is expected; stop if it lasts longer, makes you feel sick, or brings on a headache.',
      },
      {
        type: 'safety',
        text: 'Stop and seek medical advice if you see double or have trouble speaking or swallowing.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Keep the movement slow and small and stay seated; BPPV itself needs a positioning treatment from your clinician.',
      },
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need urgent medical assessment.',
      },
      recentNeckTraumaNotYetAssessed,
    ],
  },
  {
    slug: 'cervical-joint-position-sense-training',
    name: 'Cervical Joint Position Sense Training',
    description:
      'With your eyes closed, you turn your head away and then try to bring it back to face exactly the same point. It sharpens the neck sense of where the head is, which is often dulled after whiplash or long-term neck pain.',
    difficulty: 'intermediate',
    estimatedDurationSeconds: 180,
    categories: ['balance-proprioception'],
    bodyRegions: ['cervical-spine'],
    equipment: ['no-equipment'],
    instructions: [
      {
        type: 'preparation',
        text: 'Sit on a firm chair facing a wall about one metre away, with a target such as a sticker at eye level.',
      },
      {
        type: 'preparation',
        text: 'Look at the target with your head level and note where your nose points.',
      },
      {
        type: 'step',
        text: 'Close your eyes and turn your head slowly to one side.',
      },
      {
        type: 'step',
        text: 'Still with your eyes closed, turn back to where you think the target is.',
      },
      {
        type: 'step',
        text: 'Open your eyes, check how close you are, then repeat to the other side.',
      },
      {
        type: 'form_cue',
        text: 'Move slowly and smoothly; speed makes the task easier to guess and harder on the neck.',
      },
      {
        type: 'form_cue',
        text: 'Keep your shoulders facing the wall so only the head turns.',
      },
      {
        type: 'breathing',
        text: 'Breathe steadily throughout; do not hold your breath.',
      },
      {
        type: 'safety',
        text: 'Open your eyes and rest if you feel dizzy or unsteady.',
      },
    ],
    contraindications: [
      {
        condition: 'Vertigo or BPPV',
        severity: 'warning',
        note: 'Turn only a short way, move slowly, and keep the chair against a wall.',
      },
      {
        condition:
          'Dizziness, Double Vision or Slurred Speech with Neck Movement',
        severity: 'contraindicated',
        note: 'Do not perform; these signs need urgent medical assessment.',
      },
    ],
  },
];
