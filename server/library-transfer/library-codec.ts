import { Ajv, type ErrorObject } from 'ajv';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import {
  LibraryDocument,
  TransferredExercise,
} from '../../shared/schemas/library-transfer';
import {
  jsonErrorLine,
  LibraryFileError,
  type LibraryFileProblem,
} from './library-file-error';

const ajv = new Ajv({ allErrors: true, strict: false });
const validDocument = ajv.compile<LibraryDocument>(LibraryDocument);
const validExercise = ajv.compile<TransferredExercise>(TransferredExercise);

function describeIssue(issue: ErrorObject): string {
  const field = issue.instancePath.split('/').slice(3).join('.');
  return `${field || 'exercise'} ${issue.message ?? 'is invalid'}`;
}

/** Every slug must appear once: it is how a re-import finds its exercise. */
function duplicateSlugProblems(
  exercises: readonly TransferredExercise[],
): LibraryFileProblem[] {
  const seen = new Map<string, number>();
  const problems: LibraryFileProblem[] = [];
  exercises.forEach((exercise, index) => {
    const first = seen.get(exercise.slug);
    if (first !== undefined) {
      problems.push({
        row: index + 1,
        message: `slug ${exercise.slug} already used by row ${first}`,
      });
    } else seen.set(exercise.slug, index + 1);
  });
  return problems;
}

/** Reads a Motus library JSON file; throws LibraryFileError when invalid. */
export function parseLibraryJson(text: string): TransferredExercise[] {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new LibraryFileError([
      { line: jsonErrorLine(text, error), message: 'not valid JSON' },
    ]);
  }
  if (!validDocument(document)) {
    const problems = (validDocument.errors ?? []).map((issue) => {
      const row = /^\/exercises\/(\d+)/.exec(issue.instancePath)?.[1];
      return row === undefined
        ? { message: `file ${issue.message ?? 'is invalid'}` }
        : { row: Number(row) + 1, message: describeIssue(issue) };
    });
    throw new LibraryFileError(problems);
  }
  const duplicates = duplicateSlugProblems(document.exercises);
  if (duplicates.length > 0) throw new LibraryFileError(duplicates);
  return document.exercises;
}

export function toLibraryJson(
  exercises: readonly TransferredExercise[],
): string {
  const document: LibraryDocument = {
    format: 'motus-library',
    version: 1,
    exercises: [...exercises],
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * CSV columns, one exercise a row. Term lists are `|`-separated slugs;
 * instructions, contraindications and the movement profile are JSON.
 */
const csvColumns = [
  'slug',
  'name',
  'description',
  'difficulty',
  'status',
  'estimated_duration_seconds',
  'categories',
  'body_regions',
  'equipment',
  'instructions',
  'contraindications',
  'movement_profile',
] as const;
type CsvRow = Record<(typeof csvColumns)[number], string>;

const slugList = (cell: string) => (cell === '' ? [] : cell.split('|'));

export function toLibraryCsv(
  exercises: readonly TransferredExercise[],
): string {
  const rows = exercises.map((exercise): CsvRow => ({
    slug: exercise.slug,
    name: exercise.name,
    description: exercise.description,
    difficulty: exercise.difficulty,
    status: exercise.status,
    estimated_duration_seconds: String(exercise.estimatedDurationSeconds),
    categories: exercise.categories.join('|'),
    body_regions: exercise.bodyRegions.join('|'),
    equipment: exercise.equipment.join('|'),
    instructions: JSON.stringify(exercise.instructions),
    contraindications: JSON.stringify(exercise.contraindications),
    movement_profile: exercise.movementProfile
      ? JSON.stringify(exercise.movementProfile)
      : '',
  }));
  return stringify(rows, { header: true, columns: [...csvColumns] });
}

/** Reads a Motus library CSV file; throws LibraryFileError when invalid. */
export function parseLibraryCsv(text: string): TransferredExercise[] {
  let rows: CsvRow[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new LibraryFileError([
      { line, message: `not valid CSV (${(error as Error).message})` },
    ]);
  }
  const missing = csvColumns.filter((column) => !(column in (rows[0] ?? {})));
  if (rows.length > 0 && missing.length > 0) {
    throw new LibraryFileError([
      { line: 1, message: `missing columns: ${missing.join(', ')}` },
    ]);
  }

  const problems: LibraryFileProblem[] = [];
  const exercises = rows.map((row, index) => {
    const json = (cell: string, column: string): unknown => {
      if (cell === '') return undefined;
      try {
        return JSON.parse(cell);
      } catch {
        problems.push({
          row: index + 1,
          message: `${column} is not valid JSON`,
        });
        return undefined;
      }
    };
    const exercise = {
      slug: row.slug,
      name: row.name,
      description: row.description,
      difficulty: row.difficulty,
      status: row.status,
      estimatedDurationSeconds: Number(row.estimated_duration_seconds),
      categories: slugList(row.categories),
      bodyRegions: slugList(row.body_regions),
      equipment: slugList(row.equipment),
      instructions: json(row.instructions, 'instructions') ?? [],
      contraindications: json(row.contraindications, 'contraindications') ?? [],
      movementProfile: json(row.movement_profile, 'movement_profile'),
    };
    if (exercise.movementProfile === undefined) delete exercise.movementProfile;
    if (!validExercise(exercise)) {
      for (const issue of validExercise.errors ?? []) {
        problems.push({
          row: index + 1,
          message: `${issue.instancePath.slice(1) || 'row'} ${issue.message ?? 'is invalid'}`,
        });
      }
    }
    return exercise as TransferredExercise;
  });
  problems.push(...duplicateSlugProblems(exercises));
  if (problems.length > 0) throw new LibraryFileError(problems);
  return exercises;
}
