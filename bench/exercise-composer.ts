import type { Difficulty, InstructionType } from '../shared/domain';
import type { LibraryExercise } from '../shared/library/library-exercise';
import {
  generalContraindications,
  otherPositions,
  regionVocabulary,
  variants,
  type Movement,
  type RegionVocabulary,
} from './clinical-vocabulary';
import type { SeededRandom } from './seeded-random';

interface EquipmentStyle {
  slug: string;
  /** Ways the equipment enters a name; `%` stands for the rest of it. */
  names: readonly string[];
  setup: string;
  /** A category the equipment brings with it (a board trains balance). */
  category?: string;
}

// No equipment is the most common prescription, so it is listed thrice.
const equipmentStyles: readonly EquipmentStyle[] = [
  { slug: 'no-equipment', names: ['%'], setup: 'Clear a space' },
  { slug: 'no-equipment', names: ['%'], setup: 'Find a quiet space' },
  { slug: 'no-equipment', names: ['%'], setup: 'Clear a space' },
  {
    slug: 'resistance-band',
    names: ['Banded %', '% with Resistance Band'],
    setup: 'Anchor a resistance band at a height that suits the movement',
  },
  {
    slug: 'theraband',
    names: ['TheraBand %'],
    setup: 'Loop a TheraBand of a colour your physiotherapist chose',
  },
  {
    slug: 'dumbbell',
    names: ['Dumbbell %', '% with Dumbbell'],
    setup: 'Pick up a light dumbbell you can control for every repetition',
  },
  {
    slug: 'swiss-ball',
    names: ['% on Swiss Ball', '% with Swiss Ball'],
    setup: 'Place a Swiss ball of the right size beside you',
  },
  {
    slug: 'foam-roller',
    names: ['% on Foam Roller'],
    setup: 'Lay a foam roller on the floor',
  },
  {
    slug: 'balance-board',
    names: ['% on Balance Board'],
    setup: 'Put a balance board next to a wall or a sturdy chair',
    category: 'balance-proprioception',
  },
  {
    slug: 'yoga-mat',
    names: ['%'],
    setup: 'Roll out a yoga mat',
  },
];

const positionPhrases: Readonly<Record<string, string>> = {
  Standing: 'standing tall',
  Seated: 'sitting upright on a firm chair',
  Supine: 'lying on your back',
  Prone: 'lying on your front',
  'Side-Lying': 'lying on your side',
  'Half-Kneeling': 'kneeling on one knee',
  'Tall-Kneeling': 'kneeling upright on both knees',
  Quadruped: 'on your hands and knees',
  'Single-Leg': 'standing on one leg',
};

/** What an exercise of each category is for, in a description. */
const purposes: Readonly<Record<string, string>> = {
  isometric: 'builds holding strength in the',
  isotonic: 'strengthens the',
  plyometric: 'trains quick, springy power in the',
  'static-stretching': 'gently lengthens the',
  'dynamic-stretching': 'moves and warms up the',
  'pnf-stretching': 'uses contract-relax to lengthen the',
  mobility: 'restores range of motion for the',
  'balance-proprioception': 'trains balance and joint position sense in the',
  'breathing-relaxation': 'calms breathing and eases tension around the',
};

function composeName(
  random: SeededRandom,
  region: RegionVocabulary,
  movement: Movement,
  equipment: EquipmentStyle,
): { name: string; difficulty: Difficulty | undefined; position: string } {
  const roll = random.next();
  const position =
    roll < 0.75
      ? random.pick(movement.positions)
      : roll < 0.85
        ? random.pick(otherPositions)
        : '';
  const variant = random.chance(0.25) ? random.pick(variants) : undefined;
  const core = [
    variant?.word,
    position,
    movement.named ? undefined : region.word,
    movement.name,
  ]
    .filter((word) => word)
    .join(' ');
  return {
    name: random.pick(equipment.names).replace('%', core),
    difficulty: variant?.difficulty,
    position: position || (movement.positions[0] ?? 'Standing'),
  };
}

function pickDifficulty(random: SeededRandom, movement: Movement): Difficulty {
  if (movement.categories.includes('plyometric')) return 'advanced';
  const roll = random.next();
  return roll < 0.45 ? 'beginner' : roll < 0.85 ? 'intermediate' : 'advanced';
}

export function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replaceAll("'", '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 110);
}

/**
 * Draws one exercise from the vocabulary: a name such as "Banded Seated
 * Knee Extension", a description, 4–8 instructions, 0–3
 * contraindications and tags from the global taxonomy.
 */
export function composeExercise(random: SeededRandom): LibraryExercise {
  const region = random.pick(regionVocabulary);
  const movement = random.pick(region.movements);
  const equipment = random.pick(equipmentStyles);
  const { name, difficulty, position } = composeName(
    random,
    region,
    movement,
    equipment,
  );

  const categories = [...movement.categories];
  if (equipment.category && !categories.includes(equipment.category)) {
    categories.push(equipment.category);
  }
  const bodyRegions = [region.slug];
  if (random.chance(0.35)) bodyRegions.push(random.pick(region.neighbours));

  const text = { region, movement, equipment, position };
  return {
    slug: slugOf(name),
    name,
    description: describe(random, name, text),
    difficulty: difficulty ?? pickDifficulty(random, movement),
    estimatedDurationSeconds: random.int(2, 20) * 30,
    categories: categories.slice(0, 2),
    bodyRegions,
    equipment: [equipment.slug],
    instructions: instruct(random, text),
    contraindications: random.sample(
      generalContraindications,
      random.pick([0, 1, 1, 2, 2, 3]),
    ),
  };
}

interface TextParts {
  region: RegionVocabulary;
  movement: Movement;
  equipment: EquipmentStyle;
  position: string;
}

function describe(random: SeededRandom, name: string, parts: TextParts) {
  const category = parts.movement.categories[0] ?? 'mobility';
  const where = positionPhrases[parts.position] ?? 'standing tall';
  return (
    `${name} ${purposes[category] ?? 'works the'} ${parts.region.tissue}. ` +
    `It is done ${where} and suits ${random.pick(parts.region.conditions)}. ` +
    random.pick([
      'Start with a small range and build up as symptoms allow.',
      'Progress the load only when every repetition feels controlled.',
      'A good choice early in a programme, and easy to do at home.',
    ])
  );
}

function instruct(
  random: SeededRandom,
  parts: TextParts,
): { type: InstructionType; text: string }[] {
  const joint = parts.region.joint;
  const movement = parts.movement.name.toLowerCase();
  const where = positionPhrases[parts.position] ?? 'standing tall';
  const preparation = [
    `${parts.equipment.setup}, then get into position ${where}.`,
    `Warm up the ${joint} with a few easy movements first.`,
  ];
  const steps = [
    `Slowly perform the ${movement}, moving the ${joint} only as far as is comfortable.`,
    `Hold the end position for ${random.int(2, 10)} seconds, then return to the start.`,
    `Repeat ${random.int(6, 15)} times, then switch sides if the exercise is one-sided.`,
  ];
  const extras: { type: InstructionType; text: string }[] = [
    {
      type: 'form_cue',
      text: `Keep the movement smooth and the ${joint} in line; no jerking.`,
    },
    {
      type: 'form_cue',
      text: 'Keep your trunk still and your shoulders away from your ears.',
    },
    {
      type: 'breathing',
      text: 'Breathe out as you work and breathe in as you return.',
    },
    {
      type: 'safety',
      text: `Stop if you feel sharp pain in the ${joint}; mild stretching discomfort is fine.`,
    },
  ];
  return [
    ...preparation
      .slice(0, random.int(1, 2))
      .map((text) => ({ type: 'preparation' as const, text })),
    ...steps
      .slice(0, random.int(2, 3))
      .map((text) => ({ type: 'step' as const, text })),
    ...random.sample(extras, random.int(1, 3)),
  ];
}
