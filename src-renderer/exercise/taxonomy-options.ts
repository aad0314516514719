import { bodyAreas, type BodyArea } from '../../shared/library/taxonomy';
import { bodyAreaLabels } from './exercise-words';

/**
 * The taxonomy terms as the screens offer and show them. Terms arrive in
 * their curated order (see `useTaxonomyTerms`); these keep it.
 */

interface Term {
  readonly id: string;
  readonly name: string;
}

interface Category extends Term {
  readonly parent_id: string | null;
}

interface BodyRegion extends Term {
  readonly body_area: BodyArea;
}

export interface TermOption {
  readonly value: string;
  readonly label: string;
}

export interface TermOptionGroup {
  readonly group: string;
  readonly items: TermOption[];
}

/** Between a category and its parent: "Strengthening › Isometric". */
export const categoryPathSeparator = ' › ';

/**
 * Every category once, each parent followed by its children, labelled
 * with the path from the top. A category whose parent is missing from
 * `categories` (or that sits in a cycle) counts as a top-level one.
 */
export function categoryOptions(categories: readonly Category[]): TermOption[] {
  const known = new Set(categories.map((category) => category.id));
  const childrenOf = new Map<string | null, Category[]>();
  for (const category of categories) {
    const parent =
      category.parent_id !== null && known.has(category.parent_id)
        ? category.parent_id
        : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), category]);
  }

  const options: TermOption[] = [];
  const placed = new Set<string>();
  const visit = (category: Category, path: readonly string[]) => {
    if (placed.has(category.id)) return;
    placed.add(category.id);
    const names = [...path, category.name];
    options.push({
      value: category.id,
      label: names.join(categoryPathSeparator),
    });
    for (const child of childrenOf.get(category.id) ?? []) visit(child, names);
  };
  for (const root of childrenOf.get(null) ?? []) visit(root, []);
  // Only categories in a parent cycle are left; show them plainly.
  for (const category of categories) visit(category, []);
  return options;
}

/** Body regions under their body area, areas head to toe. */
export function bodyRegionOptions(
  regions: readonly BodyRegion[],
): TermOptionGroup[] {
  return bodyAreas.flatMap((area) => {
    const items = regions
      .filter((region) => region.body_area === area)
      .map((region) => ({ value: region.id, label: region.name }));
    return items.length > 0 ? [{ group: bodyAreaLabels[area], items }] : [];
  });
}

export function termOptions(terms: readonly Term[]): TermOption[] {
  return terms.map((term) => ({ value: term.id, label: term.name }));
}

/** Said for a tag whose term this workstation does not hold yet. */
export const unsyncedTermLabel = 'Not synced yet';

/**
 * Options for picked `ids` that `known` lacks (their terms have not
 * synced yet), so a picker shows a word for them instead of an id.
 */
export function unsyncedTermOptions(
  ids: readonly string[],
  known: readonly TermOption[],
): TermOption[] {
  const values = new Set(known.map((option) => option.value));
  return ids
    .filter((id) => !values.has(id))
    .map((id) => ({ value: id, label: unsyncedTermLabel }));
}

/**
 * The labels of the options `ids` picks, in the options' order. Ids the
 * replica has no term for (not synced yet) are left out.
 */
export function labelsOf(
  ids: readonly string[],
  options: readonly TermOption[],
): string[] {
  const picked = new Set(ids);
  return options
    .filter((option) => picked.has(option.value))
    .map((option) => option.label);
}
