/**
 * The platform's global taxonomy, seeded into every database. Slugs are
 * stable identifiers: library content and imports refer to terms by slug,
 * never by database id.
 */

export interface CategoryTerm {
  slug: string;
  name: string;
  children?: readonly CategoryTerm[];
}

export const globalCategories: readonly CategoryTerm[] = [
  {
    slug: 'stretching',
    name: 'Stretching',
    children: [
      { slug: 'static-stretching', name: 'Static Stretching' },
      { slug: 'dynamic-stretching', name: 'Dynamic Stretching' },
      { slug: 'pnf-stretching', name: 'PNF Stretching' },
    ],
  },
  {
    slug: 'strengthening',
    name: 'Strengthening',
    children: [
      { slug: 'isometric', name: 'Isometric' },
      { slug: 'isotonic', name: 'Isotonic' },
      { slug: 'plyometric', name: 'Plyometric' },
    ],
  },
  { slug: 'balance-proprioception', name: 'Balance & Proprioception' },
  { slug: 'mobility', name: 'Mobility' },
  { slug: 'breathing-relaxation', name: 'Breathing & Relaxation' },
];

export const bodyAreas = [
  'upper_body',
  'core',
  'lower_body',
  'full_body',
] as const;
export type BodyArea = (typeof bodyAreas)[number];

export interface BodyRegionTerm {
  slug: string;
  name: string;
  bodyArea: BodyArea;
}

export const globalBodyRegions: readonly BodyRegionTerm[] = [
  { slug: 'shoulder', name: 'Shoulder', bodyArea: 'upper_body' },
  { slug: 'elbow', name: 'Elbow', bodyArea: 'upper_body' },
  { slug: 'wrist-hand', name: 'Wrist / Hand', bodyArea: 'upper_body' },
  { slug: 'cervical-spine', name: 'Cervical Spine', bodyArea: 'upper_body' },
  { slug: 'lumbar-spine', name: 'Lumbar Spine', bodyArea: 'core' },
  { slug: 'thoracic-spine', name: 'Thoracic Spine', bodyArea: 'core' },
  { slug: 'abdominals', name: 'Abdominals', bodyArea: 'core' },
  { slug: 'hip', name: 'Hip', bodyArea: 'lower_body' },
  { slug: 'knee', name: 'Knee', bodyArea: 'lower_body' },
  { slug: 'ankle-foot', name: 'Ankle / Foot', bodyArea: 'lower_body' },
  { slug: 'glutes', name: 'Glutes', bodyArea: 'lower_body' },
  { slug: 'full-body', name: 'Full Body', bodyArea: 'full_body' },
];

export interface EquipmentTerm {
  slug: string;
  name: string;
}

export const globalEquipment: readonly EquipmentTerm[] = [
  { slug: 'no-equipment', name: 'No Equipment (bodyweight)' },
  { slug: 'resistance-band', name: 'Resistance Band' },
  { slug: 'yoga-mat', name: 'Yoga Mat' },
  { slug: 'dumbbell', name: 'Dumbbell' },
  { slug: 'swiss-ball', name: 'Swiss Ball' },
  { slug: 'foam-roller', name: 'Foam Roller' },
  { slug: 'balance-board', name: 'Balance Board' },
  { slug: 'theraband', name: 'TheraBand' },
];
