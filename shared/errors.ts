/**
 * Every error the server returns, by stable kebab-case code. The app maps
 * codes to what it shows; a code is never reused for another meaning.
 */
export const errorStatuses = {
  'validation-failed': 400,
  'library-file-invalid': 400,
  'invalid-id': 400,
  'sync-checkpoint-invalid': 400,
  'invalid-credentials': 401,
  'authentication-required': 401,
  'session-expired': 401,
  'invalid-refresh-token': 401,
  'no-organization': 403,
  forbidden: 403,
  'global-library-read-only': 403,
  'status-change-forbidden': 403,
  'delete-forbidden': 403,
  'taxonomy-forbidden': 403,
  'library-transfer-forbidden': 403,
  'organization-change-forbidden': 403,
  'route-not-found': 404,
  'exercise-not-found': 404,
  'category-not-found': 404,
  'body-region-not-found': 404,
  'equipment-not-found': 404,
  'parent-category-not-found': 404,
  'image-not-found': 404,
  'slug-taken': 409,
  'exercise-deleted': 409,
  'payload-too-large': 413,
  'image-too-large': 413,
  'unsupported-media-type': 415,
  'image-type-unsupported': 415,
  'invalid-status-transition': 422,
  'tag-not-found': 422,
  'immutable-field': 422,
  'category-cycle': 422,
  'document-removal-forbidden': 422,
  'rate-limited': 429,
  'internal-error': 500,
  'service-unavailable': 503,
} as const;

export type ErrorCode = keyof typeof errorStatuses;

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** Where an uploaded file went wrong (library-file-invalid). */
    problems?: { row?: number; line?: number; message: string }[];
  };
}

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(errorStatuses, value);
}
