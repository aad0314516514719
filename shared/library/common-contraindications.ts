import type { LibraryExercise } from './library-exercise';

type Contraindication = LibraryExercise['contraindications'][number];

// Contraindications many exercises share, worded once so that a change of
// clinical advice is made in one place.

export const kneePainWhenKneeling: Contraindication = {
  condition: 'Knee Pain When Kneeling',
  severity: 'warning',
  note: 'Put a folded towel or extra padding under your knees.',
};

export const wristPain: Contraindication = {
  condition: 'Wrist Pain',
  severity: 'warning',
  note: 'Rest on your fists or your forearms instead of flat hands.',
};

export const suspectedDeepVeinThrombosis: Contraindication = {
  condition: 'Suspected Deep Vein Thrombosis (DVT)',
  severity: 'contraindicated',
  note: 'Do not exercise the leg; a painful, swollen, warm or red calf needs urgent medical assessment.',
};

export const latexAllergy: Contraindication = {
  condition: 'Latex Allergy',
  severity: 'warning',
  note: 'Use a latex-free band.',
};

export const signsOfCervicalMyelopathy: Contraindication = {
  condition: 'Signs of Cervical Myelopathy',
  severity: 'contraindicated',
  note: 'Do not perform until a doctor has assessed the neck.',
};

export const recentNeckTraumaNotYetAssessed: Contraindication = {
  condition: 'Recent Neck Trauma Not Yet Assessed',
  severity: 'contraindicated',
  note: 'Do not perform until a doctor has ruled out a fracture or ligament injury.',
};
