import { difficulties, exerciseStatuses } from '../../shared/domain';
import { bodyAreas, type BodyArea } from '../../shared/library/taxonomy';
import {
  bodyAreaLabels,
  difficultyLabels,
  statusLabels,
} from '../exercise/exercise-words';
import { categoryTree } from '../taxonomy/category-tree';
import { hasVideo, type FacetKey, type LibraryScope } from './library-filter';

export { difficultyLabels, statusLabels };

/**
 * What the facet column offers: the facets' titles, their options in
 * the taxonomy's curated order, and the words for each value.
 */

export interface FacetOption {
  readonly value: string;
  /** The term's name exactly: it is the checkbox's accessible name. */
  readonly label: string;
  /** How far below the top of a tree (sub-categories are 1). */
  readonly depth: number;
}

export interface FacetOptionGroup {
  /** A heading over the options (a body area), or null for none. */
  readonly label: string | null;
  readonly options: readonly FacetOption[];
}

export interface FacetDefinition {
  readonly key: FacetKey;
  readonly title: string;
  readonly groups: readonly FacetOptionGroup[];
}

export const facetTitles: Readonly<Record<FacetKey, string>> = {
  category: 'Category',
  body_region: 'Body region',
  equipment: 'Equipment',
  difficulty: 'Difficulty',
  library: 'Library',
  status: 'Status',
  video: 'Video',
};

export const scopeLabels: Readonly<Record<LibraryScope, string>> = {
  platform: 'Platform',
  clinic: 'Clinic',
};

interface Term {
  readonly id: string;
  readonly name: string;
}
interface CategoryTerm extends Term {
  readonly parent_id: string | null;
}
interface BodyRegionTerm extends Term {
  readonly body_area: BodyArea;
}

/**
 * Categories as a tree flattened in reading order: each parent followed
 * by its sub-categories, indented.
 */
export function categoryOptions(
  categories: readonly CategoryTerm[],
): FacetOption[] {
  return categoryTree(categories).map(({ category, ancestors }) => ({
    value: category.id,
    label: category.name,
    depth: ancestors.length,
  }));
}

/** Body regions under the body areas, areas without regions left out. */
export function bodyRegionGroups(
  regions: readonly BodyRegionTerm[],
): FacetOptionGroup[] {
  return bodyAreas
    .map((area) => ({
      label: bodyAreaLabels[area],
      options: regions
        .filter((region) => region.body_area === area)
        .map((region) => ({ value: region.id, label: region.name, depth: 0 })),
    }))
    .filter((group) => group.options.length > 0);
}

function flat(
  labels: Readonly<Record<string, string>>,
  values: readonly string[],
) {
  return [
    {
      label: null,
      options: values.map((value) => ({
        value,
        label: labels[value] ?? value,
        depth: 0,
      })),
    },
  ];
}

/**
 * Every facet the user sees, in the column's order. The status facet
 * is for those who move exercises between statuses: clinic admins and
 * superadmins.
 */
export function facetDefinitions(taxonomy: {
  categories: readonly CategoryTerm[];
  bodyRegions: readonly BodyRegionTerm[];
  equipment: readonly Term[];
  withStatus: boolean;
}): FacetDefinition[] {
  const terms = (list: readonly Term[]) =>
    flat(
      Object.fromEntries(list.map((term) => [term.id, term.name])),
      list.map((term) => term.id),
    );
  const definitions: FacetDefinition[] = [
    {
      key: 'category',
      title: facetTitles.category,
      groups: [{ label: null, options: categoryOptions(taxonomy.categories) }],
    },
    {
      key: 'body_region',
      title: facetTitles.body_region,
      groups: bodyRegionGroups(taxonomy.bodyRegions),
    },
    {
      key: 'equipment',
      title: facetTitles.equipment,
      groups: terms(taxonomy.equipment),
    },
    {
      key: 'difficulty',
      title: facetTitles.difficulty,
      groups: flat(difficultyLabels, difficulties),
    },
    {
      key: 'library',
      title: facetTitles.library,
      groups: flat(scopeLabels, ['platform', 'clinic']),
    },
    {
      key: 'status',
      title: facetTitles.status,
      groups: flat(statusLabels, exerciseStatuses),
    },
    {
      key: 'video',
      title: facetTitles.video,
      groups: flat({ [hasVideo]: 'Has video' }, [hasVideo]),
    },
  ];
  return taxonomy.withStatus
    ? definitions
    : definitions.filter((definition) => definition.key !== 'status');
}

/** The label of each option, by facet, for naming active filters. */
export function optionLabels(
  definitions: readonly FacetDefinition[],
): ReadonlyMap<FacetKey, ReadonlyMap<string, string>> {
  return new Map(
    definitions.map((definition) => [
      definition.key,
      new Map(
        definition.groups.flatMap((group) =>
          group.options.map((option) => [option.value, option.label]),
        ),
      ),
    ]),
  );
}
