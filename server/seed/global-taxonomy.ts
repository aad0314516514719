import type pg from 'pg';
import {
  globalBodyRegions,
  globalCategories,
  globalEquipment,
  type CategoryTerm,
} from '../../shared/library/taxonomy';

/**
 * Brings the global taxonomy up to date with `shared/library/taxonomy.ts`,
 * matching terms by slug: new terms are added, renamed ones renamed.
 * Runs as the owner at every start; a second run changes nothing.
 */
export async function seedGlobalTaxonomy(owner: pg.ClientBase): Promise<void> {
  const upsertCategory = async (
    term: CategoryTerm,
    parentId: string | null,
    sortOrder: number,
  ): Promise<void> => {
    const { rows } = await owner.query<{ id: string }>(
      `INSERT INTO exercise_categories (slug, name, parent_id, sort_order)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (slug) WHERE organization_id IS NULL DO UPDATE
         SET name = EXCLUDED.name, parent_id = EXCLUDED.parent_id,
             sort_order = EXCLUDED.sort_order, updated_at = now()
         WHERE (exercise_categories.name, exercise_categories.parent_id,
                exercise_categories.sort_order)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.parent_id,
                EXCLUDED.sort_order)
       RETURNING id`,
      [term.slug, term.name, parentId, sortOrder],
    );
    const id =
      rows[0]?.id ??
      (
        await owner.query<{ id: string }>(
          `SELECT id FROM exercise_categories
           WHERE slug = $1 AND organization_id IS NULL`,
          [term.slug],
        )
      ).rows[0]?.id;
    if (!id) throw new Error(`category ${term.slug} missing after upsert`);
    for (const [index, child] of (term.children ?? []).entries()) {
      await upsertCategory(child, id, index);
    }
  };
  for (const [index, term] of globalCategories.entries()) {
    await upsertCategory(term, null, index);
  }

  for (const [index, region] of globalBodyRegions.entries()) {
    await owner.query(
      `INSERT INTO exercise_body_regions (slug, name, body_area, sort_order)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (slug) WHERE organization_id IS NULL DO UPDATE
         SET name = EXCLUDED.name, body_area = EXCLUDED.body_area,
             sort_order = EXCLUDED.sort_order, updated_at = now()
         WHERE (exercise_body_regions.name, exercise_body_regions.body_area,
                exercise_body_regions.sort_order)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.body_area,
                EXCLUDED.sort_order)`,
      [region.slug, region.name, region.bodyArea, index],
    );
  }

  for (const [index, item] of globalEquipment.entries()) {
    await owner.query(
      `INSERT INTO exercise_equipment (slug, name, sort_order)
       VALUES ($1, $2, $3)
       ON CONFLICT (slug) WHERE organization_id IS NULL DO UPDATE
         SET name = EXCLUDED.name, sort_order = EXCLUDED.sort_order,
             updated_at = now()
         WHERE (exercise_equipment.name, exercise_equipment.sort_order)
           IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.sort_order)`,
      [item.slug, item.name, index],
    );
  }
}
