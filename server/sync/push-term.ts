import type pg from 'pg';
import type { Caller } from '../auth/caller';
import { ApiError, describe } from '../errors';
import {
  createTerm,
  termScope,
  updateTerm,
  type TermInput,
} from '../taxonomy/taxonomy-terms';
import { changedFields, sameField } from './same-content';
import {
  taxonomyOf,
  type TermCollection,
  type TermContent,
} from './term-documents';

function editableTermFields(collection: TermCollection) {
  return [
    'name',
    'slug',
    'sort_order',
    ...taxonomyOf[collection].extraColumns,
  ] as const;
}

function input(
  next: TermContent,
  fields: readonly string[],
): TermInput & { name: string } {
  return Object.fromEntries(
    fields.map((field) => [field, next[field]]),
  ) as unknown as TermInput & { name: string };
}

/** A term a clinic admin (or a superadmin) added on a workstation. */
export async function createTermDocument(
  client: pg.ClientBase,
  caller: Caller,
  collection: TermCollection,
  next: TermContent,
): Promise<void> {
  if (next.organization_id !== termScope(caller)) {
    throw new ApiError(
      'organization-change-forbidden',
      'A term can only be added to your own library.',
    );
  }
  const fields = editableTermFields(collection);
  await createTerm(
    client,
    caller,
    taxonomyOf[collection],
    input(next, fields),
    next.id,
  );
}

/** Renames, reorders or moves a term, as the REST API would. */
export async function updateTermDocument(
  client: pg.ClientBase,
  caller: Caller,
  collection: TermCollection,
  current: TermContent,
  next: TermContent,
): Promise<void> {
  if (!sameField('organization_id', current, next)) {
    throw new ApiError(
      'organization-change-forbidden',
      describe('organization-change-forbidden'),
    );
  }
  const changed = changedFields(editableTermFields(collection), current, next);
  if (changed.length === 0) return;
  await updateTerm(
    client,
    caller,
    taxonomyOf[collection],
    next.id,
    input(next, changed),
  );
}

export function termStoredAsSent(
  collection: TermCollection,
  stored: TermContent,
  next: TermContent,
): boolean {
  return (
    changedFields(editableTermFields(collection), stored, next).length === 0
  );
}
