import type { Category, CategoryNode } from '../../shared/schemas/taxonomy';

/**
 * Nests categories under their parents. A clinic category under a global
 * parent appears in that parent's children; orphans (a parent the caller
 * cannot see) become roots.
 */
export function categoryTree(flat: readonly Category[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>(
    flat.map((category) => [category.id, { ...category, children: [] }]),
  );
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent_id ? nodes.get(node.parent_id) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
