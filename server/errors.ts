import { errorStatuses, isErrorCode, type ErrorCode } from '../shared/errors';

/** An error meant for the caller: a stable code and a human message. */
export class ApiError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems?: { row?: number; line?: number; message: string }[],
  ) {
    super(message);
    this.statusCode = errorStatuses[code];
  }
}

const constraintCodes: Record<string, ErrorCode> = {
  exercises_global_slug_key: 'slug-taken',
  exercises_org_slug_key: 'slug-taken',
  exercise_categories_global_slug_key: 'slug-taken',
  exercise_categories_org_slug_key: 'slug-taken',
  exercise_body_regions_global_slug_key: 'slug-taken',
  exercise_body_regions_org_slug_key: 'slug-taken',
  exercise_equipment_global_slug_key: 'slug-taken',
  exercise_equipment_org_slug_key: 'slug-taken',
};

interface PostgresError {
  code?: string;
  constraint?: string;
  message: string;
}

function isPostgresError(error: unknown): error is PostgresError {
  return (
    error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    'severity' in error
  );
}

/**
 * Translates what PostgreSQL refused into an ApiError: the library's own
 * rules (SQLSTATE MT4xx carry a code as message), unique slugs, and
 * row-level security (a write outside the caller's scope). Anything else
 * is returned unchanged and becomes a 500.
 */
export function fromDatabaseError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  if (error.code?.startsWith('MT') && isErrorCode(error.message)) {
    return new ApiError(error.message, describe(error.message));
  }
  if (error.code === '23505' && error.constraint) {
    const code = constraintCodes[error.constraint];
    if (code) return new ApiError(code, describe(code));
  }
  if (error.code === '42501') {
    return new ApiError('forbidden', describe('forbidden'));
  }
  return error;
}

const messages: Partial<Record<ErrorCode, string>> = {
  'slug-taken': 'Another exercise or term in this library has that slug.',
  'invalid-status-transition':
    'Status moves draft → published → archived, and archived → draft.',
  'status-change-forbidden':
    'Only a clinic admin can publish, archive or restore an exercise.',
  'delete-forbidden': 'Only a clinic admin can delete an exercise.',
  'organization-change-forbidden':
    'An exercise cannot move to another organization.',
  'immutable-field': 'That field cannot be changed after creation.',
  'exercise-deleted': 'The exercise has been deleted.',
  'tag-not-found': 'A taxonomy term does not exist in this library.',
  'parent-category-not-found': 'The parent category does not exist here.',
  'category-cycle': 'A category cannot sit below its own descendant.',
  forbidden: 'You are not allowed to do that.',
  'document-removal-forbidden':
    'Exercises and terms are never removed; delete an exercise instead.',
  'sync-checkpoint-invalid':
    'The checkpoint is not one this server handed out; pull from the start.',
};

export function describe(code: ErrorCode): string {
  return messages[code] ?? code.replaceAll('-', ' ');
}

/** 404 for an exercise that does not exist or that the caller cannot see. */
export function exerciseNotFound(): ApiError {
  return new ApiError(
    'exercise-not-found',
    'No such exercise in your library.',
  );
}
