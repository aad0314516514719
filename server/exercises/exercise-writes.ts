import type pg from 'pg';
import {
  isStatusTransitionAllowed,
  type ExerciseStatus,
} from '../../shared/domain';
import type {
  ExerciseCreateBody,
  ExercisePatchBody,
} from '../../shared/schemas/exercises';
import type { Caller } from '../auth/caller';
import { ApiError, describe, exerciseNotFound } from '../errors';
import { lockDocument } from '../sync/document-lock';
import { replaceExerciseParts, copyExerciseParts } from './exercise-parts';
import { slugify } from '../../shared/slugs';
import { freeExerciseSlug } from './slugs';

/** Columns a caller writes directly; the rest the server owns. */
export const editableColumns = [
  'name',
  'slug',
  'description',
  'difficulty',
  'status',
  'estimated_duration_seconds',
  'video_url',
  'video_provider',
  'video_thumbnail_url',
  'video_duration_seconds',
  'movement_profile',
] as const;

interface ExerciseState {
  id: string;
  organization_id: string | null;
  status: ExerciseStatus;
  deleted_at: Date | null;
}

/**
 * The exercise as the caller sees it: 404 when invisible, 409 when
 * deleted. Not locked: a row the caller may only read cannot be, and the
 * database re-checks every rule against the row it finally updates.
 */
async function findExercise(
  client: pg.ClientBase,
  exerciseId: string,
): Promise<ExerciseState> {
  const { rows } = await client.query<ExerciseState>(
    `SELECT id, organization_id, status, deleted_at FROM exercises
     WHERE id = $1`,
    [exerciseId],
  );
  const exercise = rows[0];
  if (!exercise) throw exerciseNotFound();
  if (exercise.deleted_at) {
    throw new ApiError('exercise-deleted', describe('exercise-deleted'));
  }
  return exercise;
}

/** Platform exercises are the superadmins'; a clinic clones to customise. */
function assertMayEdit(caller: Caller, exercise: ExerciseState): void {
  if (exercise.organization_id === null && !caller.isSuperadmin) {
    throw new ApiError(
      'global-library-read-only',
      'Platform exercises are read-only: clone it to edit.',
    );
  }
}

function assertMayChangeStatus(
  caller: Caller,
  exercise: ExerciseState,
  next: ExerciseStatus,
): void {
  if (next === exercise.status) return;
  if (exercise.organization_id !== null && caller.role !== 'admin') {
    throw new ApiError(
      'status-change-forbidden',
      describe('status-change-forbidden'),
    );
  }
  if (!isStatusTransitionAllowed(exercise.status, next)) {
    throw new ApiError(
      'invalid-status-transition',
      `An exercise cannot go from ${exercise.status} to ${next}.`,
    );
  }
}

/** Where a new exercise belongs: the caller's clinic or the global library. */
function targetOrganization(
  caller: Caller,
  scope: ExerciseCreateBody['scope'],
): string | null {
  const wanted = scope ?? (caller.organizationId ? 'org' : 'global');
  if (wanted === 'global') {
    if (!caller.isSuperadmin) {
      throw new ApiError(
        'global-library-read-only',
        'Only platform superadmins add to the global library.',
      );
    }
    return null;
  }
  if (!caller.organizationId || !caller.role) {
    throw new ApiError('no-organization', 'You are not signed in to a clinic.');
  }
  return caller.organizationId;
}

/** Where a new exercise comes from when a workstation made it offline. */
export interface ExerciseOrigin {
  /** The id the workstation chose. */
  id?: string;
  /** The exercise it was cloned from, which the caller must see. */
  clonedFromId?: string | null;
}

export async function createExercise(
  client: pg.ClientBase,
  caller: Caller,
  body: ExerciseCreateBody,
  origin: ExerciseOrigin = {},
): Promise<string> {
  const organizationId = targetOrganization(caller, body.scope);
  const status = body.status ?? 'draft';
  if (organizationId && status !== 'draft' && caller.role !== 'admin') {
    throw new ApiError(
      'status-change-forbidden',
      describe('status-change-forbidden'),
    );
  }
  const slug =
    body.slug ??
    (await freeExerciseSlug(client, organizationId, slugify(body.name)));

  const row: Record<string, unknown> = {
    organization_id: organizationId,
    created_by: caller.userId,
  };
  if (origin.id) row.id = origin.id;
  if (origin.clonedFromId) {
    const source = await findExercise(client, origin.clonedFromId);
    row.cloned_from_id = source.id;
  }
  for (const column of editableColumns) {
    if (body[column] !== undefined) row[column] = body[column];
  }
  Object.assign(row, { slug, status });
  const columns = Object.keys(row);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO exercises (${columns.join(', ')})
     VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')})
     RETURNING id`,
    Object.values(row),
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('insert returned no id');
  await replaceExerciseParts(client, id, body);
  return id;
}

/**
 * Applies a PATCH: fields, a status transition and whole replacement of
 * the parts it names, all in the caller's transaction.
 */
export async function updateExercise(
  client: pg.ClientBase,
  caller: Caller,
  exerciseId: string,
  body: ExercisePatchBody,
): Promise<void> {
  await lockDocument(client, 'exercises', exerciseId);
  const exercise = await findExercise(client, exerciseId);
  assertMayEdit(caller, exercise);
  if (body.status !== undefined) {
    assertMayChangeStatus(caller, exercise, body.status);
  }

  const columns = editableColumns.filter(
    (column) => body[column] !== undefined,
  );
  const assignments = columns.map((column, i) => `${column} = $${i + 2}`);
  await client.query(
    `UPDATE exercises SET ${[...assignments, 'updated_at = now()'].join(', ')}
     WHERE id = $1`,
    [exerciseId, ...columns.map((column) => body[column])],
  );
  await replaceExerciseParts(client, exerciseId, body);
}

/**
 * Copies a visible exercise into the caller's clinic (or, for a superadmin
 * outside any clinic, into the global library) as an independent draft.
 */
export async function cloneExercise(
  client: pg.ClientBase,
  caller: Caller,
  sourceId: string,
): Promise<string> {
  const source = await findExercise(client, sourceId);
  const organizationId = targetOrganization(caller, undefined);
  const { rows: named } = await client.query<{ slug: string }>(
    'SELECT slug FROM exercises WHERE id = $1',
    [source.id],
  );
  const slug = await freeExerciseSlug(
    client,
    organizationId,
    named[0]?.slug ?? 'exercise',
  );

  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO exercises (organization_id, cloned_from_id, created_by, slug,
       status, name, description, difficulty, estimated_duration_seconds,
       video_url, video_provider, video_thumbnail_url, video_duration_seconds,
       movement_profile)
     SELECT $2, s.id, $3, $4, 'draft', s.name, s.description, s.difficulty,
       s.estimated_duration_seconds, s.video_url, s.video_provider,
       s.video_thumbnail_url, s.video_duration_seconds, s.movement_profile
     FROM exercises s WHERE s.id = $1
     RETURNING id`,
    [source.id, organizationId, caller.userId, slug],
  );
  const cloneId = rows[0]?.id;
  if (!cloneId) throw new Error('clone returned no id');
  await copyExerciseParts(client, source.id, cloneId);
  return cloneId;
}

/** Soft delete: the exercise leaves the library but stays for plans. */
export async function deleteExercise(
  client: pg.ClientBase,
  caller: Caller,
  exerciseId: string,
): Promise<void> {
  await lockDocument(client, 'exercises', exerciseId);
  const exercise = await findExercise(client, exerciseId);
  assertMayEdit(caller, exercise);
  if (exercise.organization_id !== null && caller.role !== 'admin') {
    throw new ApiError('delete-forbidden', describe('delete-forbidden'));
  }
  await client.query(
    'UPDATE exercises SET deleted_at = now(), updated_at = now() WHERE id = $1',
    [exerciseId],
  );
}
