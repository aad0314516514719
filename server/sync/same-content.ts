import { isDeepStrictEqual } from 'node:util';

/** Tag ids are a set: order does not make two documents differ. */
function canonical(field: string, value: unknown): unknown {
  if (field.endsWith('_ids') && Array.isArray(value)) {
    return [...(value as string[])].sort();
  }
  return value;
}

/** Whether `field` holds the same value in both documents. */
export function sameField(
  field: string,
  left: Record<string, unknown>,
  right: Record<string, unknown>,
): boolean {
  return isDeepStrictEqual(
    canonical(field, left[field] ?? null),
    canonical(field, right[field] ?? null),
  );
}

/** The fields among `fields` whose values differ between the two. */
export function changedFields<F extends string>(
  fields: readonly F[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): F[] {
  return fields.filter((field) => !sameField(field, before, after));
}
