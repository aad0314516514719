import type { Difficulty } from '../../shared/domain';
import type { LibraryExercise } from '../../shared/library/library-exercise';
import {
  jsonErrorLine,
  LibraryFileError,
  type LibraryFileProblem,
} from './library-file-error';

// The one class for every bad library file, so a caller catches one type.
export { LibraryFileError };

/**
 * Maps the public free-exercise-db (github.com/yuhonas/free-exercise-db)
 * onto Motus's authored exercise format. Pure: no database, no files. The
 * source records muscles, equipment and a training category; every value it
 * has that Motus has no term for is named in the report, never guessed.
 */

/** One imported exercise that lost at least one source value. */
export interface ImportReportRow {
  /** 1-based index in the file's top-level array. */
  row: number;
  slug: string;
  name: string;
  /** Exact source values with no Motus term, e.g. `equipment: barbell`. */
  unmapped: string[];
}

export interface FreeExerciseDbImport {
  exercises: (LibraryExercise & { status: 'draft' })[];
  report: ImportReportRow[];
}

const difficultyOf: Record<string, Difficulty> = {
  beginner: 'beginner',
  intermediate: 'intermediate',
  expert: 'advanced',
};

// Barbell, cable, machine, kettlebells, medicine ball, e-z curl bar and
// "other" have no Motus term. A null equipment is "not recorded", not
// "bodyweight", so it is reported rather than tagged no-equipment.
const equipmentOf: Record<string, string> = {
  'body only': 'no-equipment',
  dumbbell: 'dumbbell',
  bands: 'resistance-band',
  'exercise ball': 'swiss-ball',
  'foam roll': 'foam-roller',
};

// Every loaded category moves a joint against resistance: isotonic. Cardio
// has no Motus category and is reported.
const categoryOf: Record<string, string> = {
  strength: 'isotonic',
  powerlifting: 'isotonic',
  'olympic weightlifting': 'isotonic',
  strongman: 'isotonic',
  stretching: 'static-stretching',
  plyometrics: 'plyometric',
};

// A muscle is tagged by the joint or region it moves, which is how a
// physiotherapist searches the library.
const bodyRegionsOf: Record<string, readonly string[]> = {
  shoulders: ['shoulder'],
  // Pectoralis major adducts and flexes the arm: it acts at the shoulder.
  chest: ['shoulder'],
  // Every traps-primary row in the source is a shrug, an upright row or a
  // scapular pull-up: work for the shoulder girdle, not the neck.
  traps: ['shoulder'],
  biceps: ['elbow'],
  triceps: ['elbow'],
  forearms: ['wrist-hand'],
  neck: ['cervical-spine'],
  lats: ['thoracic-spine'],
  'middle back': ['thoracic-spine'],
  'lower back': ['lumbar-spine'],
  abdominals: ['abdominals'],
  glutes: ['glutes'],
  abductors: ['hip'],
  adductors: ['hip'],
  quadriceps: ['knee'],
  // The hamstrings cross hip and knee, and most hamstring rows in the source
  // are hip hinges (good mornings, deadlifts, cleans) or stretches across the
  // hip, so both joints are tagged.
  hamstrings: ['knee', 'hip'],
  calves: ['ankle-foot'],
};

// The source has no duration. One minute is a neutral placeholder for a
// reviewer to replace, not a prescription.
const defaultDurationSeconds = 60;
const maxSlugLength = 100;
const defaultImageBaseUrl = 'free-exercise-db/images';

/** A source row that passed validation; extra fields are ignored. */
interface SourceExercise {
  name: string;
  level: string;
  equipment: string | null;
  category: string;
  primaryMuscles: string[];
  secondaryMuscles: string[];
  instructions: string[];
  images: string[];
}

/**
 * Parses a free-exercise-db `exercises.json` text and maps every row to a
 * draft exercise. Throws LibraryFileError, with every problem found, when
 * the text is not JSON, not an array, has a malformed row or repeats a slug,
 * so a caller writes nothing for a bad file. `imageBaseUrl` is prefixed to
 * each image path (default `free-exercise-db/images`).
 */
export function mapFreeExerciseDb(
  text: string,
  options: { imageBaseUrl?: string } = {},
): FreeExerciseDbImport {
  const rows = parseRows(text);
  const imageBaseUrl = (options.imageBaseUrl ?? defaultImageBaseUrl).replace(
    /\/+$/,
    '',
  );

  const exercises: FreeExerciseDbImport['exercises'] = [];
  const report: ImportReportRow[] = [];
  rows.forEach((source, index) => {
    const { exercise, unmapped } = mapExercise(source, imageBaseUrl);
    exercises.push(exercise);
    if (unmapped.length > 0) {
      report.push({
        row: index + 1,
        slug: exercise.slug,
        name: exercise.name,
        unmapped,
      });
    }
  });
  return { exercises, report };
}

function parseRows(text: string): SourceExercise[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // An early end of input has no position: it is on the last line.
    const line = jsonErrorLine(text, error) ?? text.split('\n').length;
    throw new LibraryFileError([{ line, message }]);
  }
  if (!Array.isArray(parsed)) {
    throw new LibraryFileError([
      { message: 'The file must hold an array of exercises.' },
    ]);
  }

  const problems: LibraryFileProblem[] = [];
  const rowOfSlug = new Map<string, number>();
  parsed.forEach((value: unknown, index) => {
    const row = index + 1;
    for (const message of rowProblems(value)) problems.push({ row, message });
    if (!isRecord(value) || typeof value.name !== 'string') return;

    const slug = slugify(value.name);
    if (slug === '') return;
    const firstRow = rowOfSlug.get(slug);
    if (firstRow === undefined) rowOfSlug.set(slug, row);
    else {
      problems.push({
        row,
        message: `slug "${slug}" repeats the slug of row ${firstRow}`,
      });
    }
  });
  if (problems.length > 0) throw new LibraryFileError(problems);
  return parsed as SourceExercise[];
}

function rowProblems(value: unknown): string[] {
  if (!isRecord(value)) return ['the row is not an object'];
  const problems: string[] = [];
  if (typeof value.name !== 'string' || value.name.trim() === '') {
    problems.push('name must be a non-empty string');
  } else if (slugify(value.name) === '') {
    problems.push('name has no letters or digits to build a slug from');
  }
  if (typeof value.level !== 'string' || !(value.level in difficultyOf)) {
    problems.push('level must be one of beginner, intermediate, expert');
  }
  if (value.equipment !== null && typeof value.equipment !== 'string') {
    problems.push('equipment must be a string or null');
  }
  if (typeof value.category !== 'string') {
    problems.push('category must be a string');
  }
  for (const field of [
    'instructions',
    'primaryMuscles',
    'secondaryMuscles',
    'images',
  ]) {
    if (!isStringArray(value[field])) {
      problems.push(`${field} must be an array of strings`);
    }
  }
  return problems;
}

function mapExercise(
  source: SourceExercise,
  imageBaseUrl: string,
): {
  exercise: FreeExerciseDbImport['exercises'][number];
  unmapped: string[];
} {
  const unmapped: string[] = [];

  const equipmentSlug =
    source.equipment === null ? undefined : equipmentOf[source.equipment];
  if (equipmentSlug === undefined) {
    unmapped.push(`equipment: ${source.equipment ?? 'null'}`);
  }
  const categorySlug = categoryOf[source.category];
  if (categorySlug === undefined) unmapped.push(`category: ${source.category}`);

  const bodyRegions = new Set<string>();
  for (const muscle of [...source.primaryMuscles, ...source.secondaryMuscles]) {
    const regions = bodyRegionsOf[muscle];
    if (regions === undefined) unmapped.push(`muscle: ${muscle}`);
    else for (const region of regions) bodyRegions.add(region);
  }

  // The source's images are start and end photographs of the movement, so
  // image i illustrates step i; any beyond the last step have no home.
  // Blank sentences carry nothing to show a patient: they are left out,
  // and said so in the report.
  const sentences = source.instructions.map((text) => text.trim());
  const blank = sentences.filter((text) => text === '').length;
  if (blank > 0) unmapped.push(`blank instructions: ${blank}`);
  const steps = sentences.filter((text) => text !== '');
  const instructions = steps.map((text, index) => {
    const image = source.images[index];
    return image === undefined
      ? { type: 'step' as const, text }
      : { type: 'step' as const, text, imageUrl: `${imageBaseUrl}/${image}` };
  });
  for (const image of source.images.slice(steps.length)) {
    unmapped.push(`image: ${image}`);
  }

  const exercise = {
    slug: slugify(source.name),
    name: source.name.trim(),
    description: describe(source),
    // Validation has already rejected any other level.
    difficulty: difficultyOf[source.level] ?? 'beginner',
    estimatedDurationSeconds: defaultDurationSeconds,
    categories: categorySlug === undefined ? [] : [categorySlug],
    bodyRegions: [...bodyRegions],
    equipment: equipmentSlug === undefined ? [] : [equipmentSlug],
    instructions,
    contraindications: [],
    status: 'draft' as const,
  };
  return { exercise, unmapped };
}

// Only restates what the source says: its level, its category and its
// primary muscles. Nothing clinical is added.
function describe(source: SourceExercise): string {
  const kind = `${source.level} ${source.category}`;
  const article = /^[aeiou]/i.test(kind) ? 'an' : 'a';
  const muscles = joinWithAnd(source.primaryMuscles);
  const target = muscles === '' ? '' : ` for the ${muscles}`;
  return `Imported from free-exercise-db: ${article} ${kind} exercise${target}.`;
}

function joinWithAnd(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** Kebab-case ASCII: "3/4 Sit-Up" becomes "3-4-sit-up". */
function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxSlugLength)
    .replace(/-+$/, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string')
  );
}
