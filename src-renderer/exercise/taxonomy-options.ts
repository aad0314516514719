import { bodyAreas, type BodyArea } from '../../shared/library/taxonomy';
import { categoryTree } from '../taxonomy/category-tree';
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

/** Every category once, in tree order, labelled with its path. */
export function categoryOptions(categories: readonly Category[]): TermOption[] {
  return categoryTree(categories).map(({ category, ancestors }) => ({
    value: category.id,
    label: [...ancestors, category.name].join(categoryPathSeparator),
  }));
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

/** `known`, and a "Not synced yet" option for each of `ids` it lacks. */
export function withUnsyncedTerms(
  ids: readonly string[],
  known: readonly TermOption[],
): TermOption[] {
  return [...known, ...unsyncedTermOptions(ids, known)];
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
