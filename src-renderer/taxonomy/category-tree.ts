/** A category as the tree needs it. */
export interface CategoryNode {
  readonly id: string;
  readonly name: string;
  readonly parent_id: string | null;
}

/** A category in reading order, with the names above it. */
export interface PlacedCategory<C extends CategoryNode> {
  readonly category: C;
  /** Names from the top down to this category's parent. */
  readonly ancestors: readonly string[];
}

/**
 * Every category once, each parent followed by its sub-categories, in
 * their curated order. A category whose parent the user cannot see, or
 * that sits in a loop of parents (which the server refuses), stands at
 * the top rather than vanish.
 */
export function categoryTree<C extends CategoryNode>(
  categories: readonly C[],
): PlacedCategory<C>[] {
  const known = new Set(categories.map((category) => category.id));
  const childrenOf = new Map<string | null, C[]>();
  for (const category of categories) {
    const parent =
      category.parent_id !== null && known.has(category.parent_id)
        ? category.parent_id
        : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), category]);
  }

  const placed: PlacedCategory<C>[] = [];
  const seen = new Set<string>();
  const visit = (category: C, ancestors: readonly string[]) => {
    if (seen.has(category.id)) return;
    seen.add(category.id);
    placed.push({ category, ancestors });
    const below = [...ancestors, category.name];
    for (const child of childrenOf.get(category.id) ?? []) visit(child, below);
  };
  for (const root of childrenOf.get(null) ?? []) visit(root, []);
  for (const category of categories) visit(category, []);
  return placed;
}
