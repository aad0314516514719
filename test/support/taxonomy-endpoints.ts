import type { Outcome } from './demo-staff';

/** One of the three taxonomies as the API serves it. */
export interface TaxonomyEndpoint {
  path: string;
  plural: string;
  singular: string;
  /** The key of the list in a GET response. */
  listKey: string;
  /** What asking for a term one cannot see comes back with. */
  notFound: Outcome;
  /** Fields a new term needs beyond its name. */
  required: Record<string, unknown>;
}

export const taxonomyEndpoints: readonly TaxonomyEndpoint[] = [
  {
    path: '/v1/exercise-categories',
    plural: 'categories',
    singular: 'category',
    listKey: 'categories',
    notFound: '404 category-not-found',
    required: {},
  },
  {
    path: '/v1/exercise-body-regions',
    plural: 'body regions',
    singular: 'body region',
    listKey: 'body_regions',
    notFound: '404 body-region-not-found',
    required: { body_area: 'lower_body' },
  },
  {
    path: '/v1/exercise-equipment',
    plural: 'equipment',
    singular: 'piece of equipment',
    listKey: 'equipment',
    notFound: '404 equipment-not-found',
    required: {},
  },
];

/** Every term of a GET response, categories flattened out of their tree. */
export function termsOf(endpoint: TaxonomyEndpoint, body: any): any[] {
  const flatten = (terms: any[]): any[] =>
    terms.flatMap((term) => [term, ...flatten(term.children ?? [])]);
  return flatten(body[endpoint.listKey]);
}
