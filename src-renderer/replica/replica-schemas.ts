import type { RxJsonSchema } from 'rxdb';
import type { TSchema } from 'typebox';
import { syncCollections } from '../../shared/schemas/sync';
import type {
  ReplicaCollectionName,
  ReplicatedDocuments,
} from './replica-documents';

type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

interface JsonObjectSchema {
  type: 'object';
  properties: Record<string, JsonValue>;
}

/** RxDB needs a bound on primary keys; ids are UUIDs. */
const idLength = 36;

/**
 * A plain JSON copy of a TypeBox schema. TypeBox may add keys of its own
 * (symbols, `~`-prefixed markers) that are not JSON schema; RxDB hashes
 * schemas and ajv in strict mode refuses unknown keywords, so they go.
 */
function plainJsonSchema(value: unknown): JsonValue {
  if (Array.isArray(value)) return value.map(plainJsonSchema);
  if (typeof value !== 'object' || value === null) {
    return value as JsonValue;
  }
  const copy: Record<string, JsonValue> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (key.startsWith('~') || inner === undefined) continue;
    copy[key] = plainJsonSchema(inner);
  }
  return copy;
}

/**
 * The RxDB schema of a replicated collection, generated from its sync
 * document schema so the replica cannot drift from the server:
 * version 0, primary key `id`, `deleted` dropped (RxDB's `_deleted`
 * carries it) and `revision` kept as `sync_revision`.
 *
 * Only `id` is required. A pull hands out tombstones (`{ id, deleted }`)
 * for rows that left the user's view, and RxDB stores them as they come;
 * filling them with made-up fields would put invented content into the
 * conflict handler. Complete documents are checked where they are made:
 * by the server, and by the data layer before a local write.
 */
export function replicaSchemaFrom<D>(
  documentSchema: TSchema,
  title: string,
): RxJsonSchema<D> {
  const generated = plainJsonSchema(documentSchema) as JsonValue &
    JsonObjectSchema;
  const { deleted: _deleted, revision, ...fields } = generated.properties;
  const id = fields.id as Record<string, JsonValue>;

  const schema = {
    title,
    version: 0,
    primaryKey: 'id',
    type: 'object',
    properties: {
      ...fields,
      id: { ...id, maxLength: idLength },
      ...(revision === undefined ? {} : { sync_revision: revision }),
    },
    required: ['id'],
    additionalProperties: false,
  };
  return schema as unknown as RxJsonSchema<D>;
}

type ReplicatedSchemas = {
  [Name in ReplicaCollectionName]: RxJsonSchema<ReplicatedDocuments[Name]>;
};

/** The RxDB schemas of the four replicated collections, by replica name. */
export const replicatedSchemas = Object.fromEntries(
  Object.values(syncCollections).map(({ replicaName, schema }) => [
    replicaName,
    replicaSchemaFrom(schema, `motus ${replicaName}`),
  ]),
) as ReplicatedSchemas;
