/**
 * The words the generated library is built from: body regions, the
 * movements a physiotherapist prescribes for each, positions and the
 * conditions that call for (or rule out) them. Slugs are those of the
 * global taxonomy in `shared/library/taxonomy.ts`.
 */

export interface Movement {
  name: string;
  categories: readonly string[];
  /** Positions the movement is done in; the first is the usual one. */
  positions: readonly string[];
  /** A named exercise ("Bird Dog") is not prefixed with its region. */
  named: boolean;
}

export interface RegionVocabulary {
  slug: string;
  /** How the region reads in a name: "Knee Extension". */
  word: string;
  /** The part that moves, in running text: "bend the knee". */
  joint: string;
  /** What the exercise works, for descriptions. */
  tissue: string;
  /** Regions often tagged alongside this one. */
  neighbours: readonly string[];
  conditions: readonly string[];
  movements: readonly Movement[];
}

/**
 * Movements written one a line, as `[*]Name: category slugs; Positions`;
 * a leading `*` marks a named exercise.
 */
function movements(...lines: string[]): Movement[] {
  return lines.map((line) => {
    const match = /^(\*?)([^:]+): ([^;]+); (.+)$/.exec(line);
    if (!match?.[2] || !match[3] || !match[4]) {
      throw new Error(`malformed movement "${line}"`);
    }
    return {
      name: match[2],
      categories: match[3].split(' '),
      positions: match[4].split(', '),
      named: match[1] === '*',
    };
  });
}

export const regionVocabulary: readonly RegionVocabulary[] = [
  {
    slug: 'shoulder',
    word: 'Shoulder',
    joint: 'shoulder',
    tissue: 'rotator cuff and shoulder blade muscles',
    neighbours: ['thoracic-spine', 'elbow'],
    conditions: [
      'rotator cuff tendinopathy',
      'frozen shoulder',
      'shoulder impingement',
      'rehabilitation after shoulder surgery',
    ],
    movements: movements(
      'External Rotation: isotonic; Standing, Side-Lying, Seated',
      'Internal Rotation: isotonic; Standing, Seated',
      'Flexion: isotonic mobility; Standing, Supine',
      'Abduction: isotonic; Standing, Side-Lying',
      'Scaption: isotonic; Standing, Half-Kneeling',
      'Row: isotonic; Standing, Seated, Prone, Half-Kneeling',
      'Press: isotonic; Standing, Seated, Half-Kneeling',
      'External Rotation Hold: isometric; Standing, Seated',
      'Pendulum: mobility; Standing',
      '*Wall Slide: mobility; Standing',
      'Cross-Body Stretch: static-stretching; Standing, Seated',
      '*Sleeper Stretch: static-stretching; Side-Lying',
    ),
  },
  {
    slug: 'elbow',
    word: 'Elbow',
    joint: 'elbow',
    tissue: 'biceps, triceps and forearm muscles',
    neighbours: ['wrist-hand', 'shoulder'],
    conditions: [
      'tennis elbow',
      "golfer's elbow",
      'stiffness after an elbow fracture',
    ],
    movements: movements(
      'Flexion: isotonic; Standing, Seated',
      'Extension: isotonic; Standing, Seated, Supine',
      'Eccentric Extension: isotonic; Seated',
      'Pronation and Supination: mobility isotonic; Seated',
      'Flexion Hold: isometric; Standing, Seated',
    ),
  },
  {
    slug: 'wrist-hand',
    word: 'Wrist',
    joint: 'wrist',
    tissue: 'wrist and finger muscles',
    neighbours: ['elbow'],
    conditions: [
      'wrist sprain',
      'carpal tunnel syndrome',
      'stiffness after a wrist fracture',
    ],
    movements: movements(
      'Flexion: isotonic; Seated',
      'Extension: isotonic; Seated',
      'Radial Deviation: isotonic; Seated',
      'Flexor Stretch: static-stretching; Standing, Seated',
      'Extensor Stretch: static-stretching; Standing, Seated',
      'Tendon Glides: mobility; Seated',
      'Grip Squeeze: isometric; Seated',
    ),
  },
  {
    slug: 'cervical-spine',
    word: 'Neck',
    joint: 'neck',
    tissue: 'deep neck flexors and upper back muscles',
    neighbours: ['thoracic-spine', 'shoulder'],
    conditions: ['neck pain', 'whiplash', 'tension headache'],
    movements: movements(
      'Rotation: mobility; Seated, Supine',
      'Side Bend: mobility static-stretching; Seated',
      '*Chin Tuck: isometric; Seated, Supine',
      'Isometric Flexion: isometric; Seated',
      '*Deep Neck Flexor Hold: isometric; Supine',
      '*Upper Trapezius Stretch: static-stretching; Seated',
    ),
  },
  {
    slug: 'lumbar-spine',
    word: 'Lumbar',
    joint: 'lower back',
    tissue: 'lower back and deep trunk muscles',
    neighbours: ['abdominals', 'hip'],
    conditions: ['low back pain', 'sciatica', 'lumbar disc irritation'],
    movements: movements(
      '*Bird Dog: isometric balance-proprioception; Quadruped',
      '*Cat-Camel: mobility; Quadruped',
      '*Pelvic Tilt: mobility; Supine, Standing',
      '*Press-up: mobility; Prone',
      '*Knee-to-Chest Stretch: static-stretching; Supine',
      'Rotation Stretch: static-stretching mobility; Supine, Seated',
      'Extension: mobility; Standing, Prone',
    ),
  },
  {
    slug: 'thoracic-spine',
    word: 'Thoracic',
    joint: 'upper back',
    tissue: 'upper back and rib cage',
    neighbours: ['shoulder', 'cervical-spine'],
    conditions: ['upper back stiffness', 'postural pain'],
    movements: movements(
      'Rotation: mobility; Seated, Quadruped, Side-Lying',
      'Extension: mobility; Seated, Supine',
      '*Open Book: mobility dynamic-stretching; Side-Lying',
      '*Thread the Needle: mobility; Quadruped',
    ),
  },
  {
    slug: 'abdominals',
    word: 'Abdominal',
    joint: 'trunk',
    tissue: 'abdominal and deep trunk muscles',
    neighbours: ['lumbar-spine', 'full-body'],
    conditions: [
      'low back pain',
      'returning to sport after a core injury',
      'rehabilitation after pregnancy',
    ],
    movements: movements(
      'Bracing: isometric; Supine, Standing',
      'Curl-up: isotonic; Supine',
      '*Dead Bug: isotonic balance-proprioception; Supine',
      '*Plank: isometric; Prone',
      '*Side Plank: isometric; Side-Lying',
      '*Pallof Press: isometric; Standing, Half-Kneeling, Tall-Kneeling',
      'Rollout: isotonic; Tall-Kneeling',
    ),
  },
  {
    slug: 'hip',
    word: 'Hip',
    joint: 'hip',
    tissue: 'hip muscles and the joint itself',
    neighbours: ['glutes', 'knee', 'lumbar-spine'],
    conditions: [
      'hip osteoarthritis',
      'rehabilitation after hip replacement',
      'lateral hip pain',
    ],
    movements: movements(
      'Abduction: isotonic; Side-Lying, Standing',
      'Extension: isotonic; Prone, Standing, Quadruped',
      'Flexion: isotonic; Standing, Seated, Supine',
      'Adduction Squeeze: isometric; Supine, Seated',
      'Hinge: isotonic; Standing',
      'Flexor Stretch: static-stretching; Half-Kneeling, Standing',
      '*Clamshell: isotonic; Side-Lying',
      '*Fire Hydrant: isotonic; Quadruped',
      '*Piriformis Stretch: static-stretching; Supine, Seated',
    ),
  },
  {
    slug: 'knee',
    word: 'Knee',
    joint: 'knee',
    tissue: 'quadriceps and hamstrings',
    neighbours: ['hip', 'ankle-foot', 'glutes'],
    conditions: [
      'rehabilitation after ACL reconstruction',
      'kneecap pain',
      'knee osteoarthritis',
      'rehabilitation after knee replacement',
    ],
    movements: movements(
      'Extension: isotonic; Seated, Standing',
      'Flexion: isotonic; Prone, Standing, Seated',
      '*Terminal Knee Extension: isotonic; Standing',
      '*Quad Set: isometric; Supine, Seated',
      '*Heel Slide: mobility; Supine, Seated',
      '*Step-Down: isotonic; Standing',
      '*Mini Squat: isotonic; Standing, Single-Leg',
      '*Split Squat: isotonic; Standing',
      '*Wall Sit: isometric; Standing',
      '*Straight Leg Raise: isotonic; Supine, Side-Lying',
      '*Hamstring Stretch: static-stretching pnf-stretching; Supine, Seated, Standing',
    ),
  },
  {
    slug: 'ankle-foot',
    word: 'Ankle',
    joint: 'ankle',
    tissue: 'calf, shin and foot muscles',
    neighbours: ['knee'],
    conditions: ['ankle sprain', 'Achilles tendinopathy', 'plantar heel pain'],
    movements: movements(
      'Dorsiflexion: isotonic mobility; Seated, Supine',
      'Plantarflexion: isotonic; Seated',
      'Eversion: isotonic; Seated',
      'Inversion: isotonic; Seated',
      '*Calf Raise: isotonic; Standing, Single-Leg',
      '*Calf Stretch: static-stretching; Standing',
      'Alphabet: mobility; Seated, Supine',
      '*Towel Scrunch: isotonic; Seated',
      '*Single-Leg Balance: balance-proprioception; Standing',
      '*Pogo Hops: plyometric; Standing',
    ),
  },
  {
    slug: 'glutes',
    word: 'Glute',
    joint: 'hips',
    tissue: 'gluteal muscles',
    neighbours: ['hip', 'lumbar-spine'],
    conditions: ['lateral hip pain', 'low back pain', 'kneecap pain'],
    movements: movements(
      'Bridge: isotonic; Supine, Single-Leg',
      'Squeeze: isometric; Supine, Prone, Standing',
      '*Hip Thrust: isotonic; Supine',
      '*Lateral Band Walk: isotonic; Standing',
      '*Monster Walk: isotonic; Standing',
      '*Donkey Kick: isotonic; Quadruped',
      '*Squat: isotonic; Standing',
    ),
  },
  {
    slug: 'full-body',
    word: 'Full-Body',
    joint: 'whole body',
    tissue: 'large muscle groups of the legs, trunk and arms',
    neighbours: ['abdominals', 'glutes'],
    conditions: ['deconditioning', 'returning to sport', 'falls prevention'],
    movements: movements(
      '*Sit-to-Stand: isotonic; Seated',
      '*Squat to Press: isotonic; Standing',
      '*Inchworm: dynamic-stretching mobility; Standing',
      '*Bear Crawl: isotonic balance-proprioception; Quadruped',
      "*Farmer's Carry: isometric; Standing",
      '*Squat Jump: plyometric; Standing',
      '*Tandem Walk: balance-proprioception; Standing',
      '*Diaphragmatic Breathing: breathing-relaxation; Supine, Seated',
      '*Box Breathing: breathing-relaxation; Seated',
    ),
  },
];

/** Positions that may stand in for a movement's own, for variety. */
export const otherPositions = [
  'Standing',
  'Seated',
  'Supine',
  'Prone',
  'Side-Lying',
  'Half-Kneeling',
  'Tall-Kneeling',
  'Quadruped',
];

/** Words that make a variant of a movement, with its usual level. */
export const variants = [
  { word: 'Assisted', difficulty: 'beginner' },
  { word: 'Slow', difficulty: 'beginner' },
  { word: 'Alternating', difficulty: 'intermediate' },
  { word: 'Tempo', difficulty: 'intermediate' },
  { word: 'Eccentric', difficulty: 'advanced' },
  { word: 'Loaded', difficulty: 'advanced' },
] as const;

export const generalContraindications = [
  {
    condition: 'Acute Inflammation',
    severity: 'contraindicated',
    note: 'Wait until heat, redness and swelling have settled.',
  },
  {
    condition: 'Recent Fracture',
    severity: 'contraindicated',
    note: 'Do not load a healing fracture until cleared by the treating team.',
  },
  {
    condition: 'Uncontrolled High Blood Pressure',
    severity: 'warning',
    note: 'Avoid long breath-holds and heavy loads.',
  },
  {
    condition: 'Osteoporosis',
    severity: 'warning',
    note: 'Avoid loaded spinal flexion and rapid twisting.',
  },
  {
    condition: 'Pregnancy (Third Trimester)',
    severity: 'warning',
    note: 'Avoid lying flat on the back for long periods.',
  },
  {
    condition: 'Post-operative Restrictions',
    severity: 'warning',
    note: "Follow the surgeon's protocol on range and load.",
  },
  {
    condition: 'Suspected Deep Vein Thrombosis (DVT)',
    severity: 'contraindicated',
    note: 'A painful, swollen, warm calf needs urgent medical assessment.',
  },
  {
    condition: 'Joint Instability',
    severity: 'warning',
    note: 'Work in the mid-range and progress slowly.',
  },
  {
    condition: 'Nerve Symptoms Spreading Down the Limb',
    severity: 'warning',
    note: 'Stop and tell your physiotherapist if tingling or numbness increases.',
  },
] as const;
