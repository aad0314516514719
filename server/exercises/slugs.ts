import type pg from 'pg';

/** "Shoulder External Rotation (side-lying)" → "shoulder-external-rotation-side-lying". */
export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
  return slug === '' ? 'exercise' : slug;
}

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
