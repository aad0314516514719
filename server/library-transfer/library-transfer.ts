import type pg from 'pg';
import type { ExerciseStatus } from '../../shared/domain';
import type { LibraryExercise } from '../../shared/library/library-exercise';
import type { TransferredExercise } from '../../shared/schemas/library-transfer';
import {
  loadTermIds,
  syncLibraryExercise,
  type TermIds,
} from '../seed/library-writer';
import type { LibraryChangeCounts } from '../seed/global-library';
import {
  LibraryFileError,
  type LibraryFileProblem,
} from './library-file-error';
import { mapFreeExerciseDb, type ImportReportRow } from './free-exercise-db';
import { parseLibraryCsv, parseLibraryJson } from './library-codec';

/** An exercise arriving in a library: the authored format and a status. */
type ArrivingExercise = LibraryExercise & { status: ExerciseStatus };

/**
 * Every live exercise of one library (a clinic's, or the global one when
 * `organizationId` is null), drafts included, in the transfer format.
 * Runs under the caller's row-level security or as the owner.
 */
export async function exportLibrary(
  client: pg.ClientBase,
  organizationId: string | null,
): Promise<TransferredExercise[]> {
  const { rows } = await client.query<{ exercise: TransferredExercise }>(
    `SELECT json_strip_nulls(json_build_object(
       'slug', e.slug, 'name', e.name, 'description', e.description,
       'difficulty', e.difficulty, 'status', e.status,
       'estimatedDurationSeconds', coalesce(e.estimated_duration_seconds, 60),
       'categories', ARRAY(SELECT c.slug FROM exercise_categories c
         WHERE c.id = ANY (e.tag_ids) ORDER BY c.slug),
       'bodyRegions', ARRAY(SELECT r.slug FROM exercise_body_regions r
         WHERE r.id = ANY (e.tag_ids) ORDER BY r.slug),
       'equipment', ARRAY(SELECT q.slug FROM exercise_equipment q
         WHERE q.id = ANY (e.tag_ids) ORDER BY q.slug),
       'instructions', coalesce((SELECT json_agg(json_build_object(
           'type', i.type, 'text', i.text, 'imageUrl', i.image_url)
           ORDER BY i.sort_order)
         FROM exercise_instructions i WHERE i.exercise_id = e.id), '[]'),
       'contraindications', coalesce((SELECT json_agg(json_build_object(
           'condition', c.condition, 'severity', c.severity, 'note', c.note)
           ORDER BY c.sort_order)
         FROM exercise_contraindications c WHERE c.exercise_id = e.id), '[]'),
       'movementProfile', CASE WHEN e.movement_profile IS NULL THEN NULL
         ELSE json_build_object(
           'from', e.movement_profile->'from',
           'vertex', e.movement_profile->'vertex',
           'to', e.movement_profile->'to',
           'startAngleDegrees', e.movement_profile->'start_angle_degrees',
           'endAngleDegrees', e.movement_profile->'end_angle_degrees',
           'sides', e.movement_profile->'sides') END
     )) AS exercise
     FROM exercises e
     WHERE e.organization_id IS NOT DISTINCT FROM $1 AND e.deleted_at IS NULL
     ORDER BY e.slug`,
    [organizationId],
  );
  return rows.map((row) => row.exercise);
}

/** Each term slug of each exercise must name a term of the library. */
function unknownTermProblems(
  exercises: readonly ArrivingExercise[],
  terms: TermIds,
): LibraryFileProblem[] {
  const problems: LibraryFileProblem[] = [];
  exercises.forEach((exercise, index) => {
    const lists = [
      ['category', exercise.categories, terms.category],
      ['body region', exercise.bodyRegions, terms.body_region],
      ['equipment', exercise.equipment, terms.equipment],
    ] as const;
    for (const [kind, slugs, known] of lists) {
      for (const slug of slugs.filter((s) => !known.has(s))) {
        problems.push({ row: index + 1, message: `unknown ${kind} ${slug}` });
      }
    }
  });
  return problems;
}

/**
 * Writes a parsed library file into one library, matched by slug: new
 * exercises are added (with the file's status, or `status` when given),
 * changed ones rewritten, the rest left alone, so a re-import changes
 * nothing. Checks every term first and writes nothing when one is unknown.
 * Runs inside the caller's transaction.
 */
export async function importLibrary(
  client: pg.ClientBase,
  target: { organizationId: string | null; createdBy: string | null },
  exercises: readonly ArrivingExercise[],
  status?: ExerciseStatus,
): Promise<LibraryChangeCounts> {
  const terms = await loadTermIds(client, target.organizationId);
  const problems = unknownTermProblems(exercises, terms);
  if (problems.length > 0) throw new LibraryFileError(problems);

  const counts: LibraryChangeCounts = { added: 0, updated: 0, unchanged: 0 };
  for (const exercise of exercises) {
    const change = await syncLibraryExercise(
      client,
      { ...target, status: status ?? exercise.status },
      terms,
      exercise,
      true,
    );
    counts[change] += 1;
  }
  return counts;
}

/** A library file read and mapped, ready for `importLibrary`. */
export interface LibraryUpload {
  exercises: readonly ArrivingExercise[];
  /** Rows with values Motus could not map (free-exercise-db only). */
  report: ImportReportRow[];
  /** The status every exercise arrives with, when the file does not say. */
  status: ExerciseStatus | undefined;
}

/**
 * Reads an uploaded file in one of the import formats; free-exercise-db
 * rows arrive as drafts. Throws LibraryFileError when the file is invalid.
 */
export function readLibraryUpload(format: string, text: string): LibraryUpload {
  if (format === 'free-exercise-db') {
    return { ...mapFreeExerciseDb(text), status: 'draft' };
  }
  const exercises =
    format === 'csv' ? parseLibraryCsv(text) : parseLibraryJson(text);
  return { exercises, report: [], status: undefined };
}
