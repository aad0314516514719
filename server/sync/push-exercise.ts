import type pg from 'pg';
import type { ExerciseCreateBody } from '../../shared/schemas/exercises';
import type { ExerciseDocument } from '../../shared/schemas/sync';
import type { Caller } from '../auth/caller';
import { ApiError, describe } from '../errors';
import {
  createExercise,
  deleteExercise,
  editableColumns,
  updateExercise,
} from '../exercises/exercise-writes';
import { freeExerciseSlug } from '../exercises/slugs';
import type { ExerciseContent } from './exercise-documents';
import { changedFields, sameField } from './same-content';

/** What a clinician edits; every other field is the server's to set. */
export const editableExerciseFields = [
  ...editableColumns,
  'instructions',
  'contraindications',
  'category_ids',
  'body_region_ids',
  'equipment_ids',
] as const;

type EditableField = (typeof editableExerciseFields)[number];
type Editable = Pick<ExerciseDocument, EditableField>;

function pick(document: Editable, fields: readonly EditableField[]) {
  return Object.fromEntries(fields.map((field) => [field, document[field]]));
}

/**
 * A new exercise made on a workstation (created or cloned offline). Its
 * organization must be the caller's clinic, or the platform for a
 * superadmin; a taken slug is replaced by a free one.
 */
export async function createExerciseDocument(
  client: pg.ClientBase,
  caller: Caller,
  next: ExerciseDocument,
): Promise<void> {
  if (
    next.organization_id !== null &&
    next.organization_id !== caller.organizationId
  ) {
    throw new ApiError(
      'organization-change-forbidden',
      'An exercise can only be added to your own clinic.',
    );
  }
  const slug = await freeExerciseSlug(client, next.organization_id, next.slug);
  const body = {
    ...pick(next, editableExerciseFields),
    slug,
    scope: next.organization_id === null ? 'global' : 'org',
  } as ExerciseCreateBody;
  await createExercise(client, caller, body, {
    id: next.id,
    clonedFromId: next.cloned_from_id,
  });
  if (next.deleted_at !== null) {
    await deleteExercise(client, caller, next.id);
  }
}

/**
 * Applies the difference between the server's copy and the pushed one
 * through the same rules as the REST API (clone-to-edit for platform
 * exercises, status changes and deletes for clinic admins).
 */
export async function updateExerciseDocument(
  client: pg.ClientBase,
  caller: Caller,
  current: ExerciseContent,
  next: ExerciseDocument,
): Promise<void> {
  if (!sameField('organization_id', current, next)) {
    throw new ApiError(
      'organization-change-forbidden',
      describe('organization-change-forbidden'),
    );
  }
  if (!sameField('cloned_from_id', current, next)) {
    throw new ApiError('immutable-field', describe('immutable-field'));
  }
  const changed = changedFields(editableExerciseFields, current, next);
  const deleting = current.deleted_at === null && next.deleted_at !== null;
  if (current.deleted_at !== null && (changed.length > 0 || !next.deleted_at)) {
    throw new ApiError('exercise-deleted', describe('exercise-deleted'));
  }

  if (changed.length > 0) {
    await updateExercise(client, caller, next.id, pick(next, changed));
  }
  if (deleting) await deleteExercise(client, caller, next.id);
}

/** Whether the server now holds what the workstation sent. */
export function storedAsSent(
  stored: ExerciseContent,
  next: ExerciseDocument,
): boolean {
  return (
    changedFields(editableExerciseFields, stored, next).length === 0 &&
    (stored.deleted_at === null) === (next.deleted_at === null)
  );
}
