import type pg from 'pg';

/**
 * The first of `base`, `base-2`, `base-3`… not used by a live exercise of
 * the scope. The unique index still has the last word under a race.
 */
export async function freeExerciseSlug(
  client: pg.ClientBase,
  organizationId: string | null,
  base: string,
): Promise<string> {
  const { rows } = await client.query<{ slug: string }>(
    `SELECT slug FROM exercises
     WHERE organization_id IS NOT DISTINCT FROM $1 AND deleted_at IS NULL
       AND (slug = $2 OR slug ~ ('^' || $2 || '-[0-9]+$'))`,
    [organizationId, base],
  );
  const taken = new Set(rows.map((row) => row.slug));
  let candidate = base;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${base}-${n}`;
  return candidate;
}
