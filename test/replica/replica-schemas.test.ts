import { addRxPlugin } from 'rxdb';
import { disableWarnings, RxDBDevModePlugin } from 'rxdb/plugins/dev-mode';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replicatedSchemas } from '../../src-renderer/replica/replica-schemas';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  aCategory,
  aPlatformExercise,
  openTestReplica,
} from './replica-fixtures';

// Dev-mode checks every schema RxDB is given and validates each write
// against it, which is what this file is about.
disableWarnings();
addRxPlugin(RxDBDevModePlugin);

let replica: Replica;

beforeAll(async () => {
  replica = await openTestReplica(
    'schema-check',
    wrappedValidateAjvStorage({ storage: getRxStorageMemory() }),
  );
});

afterAll(async () => {
  await replica.close();
});

describe('generated replica schemas', () => {
  it('are accepted by RxDB dev-mode for all five collections', () => {
    expect(Object.keys(replica.collections).sort()).toEqual([
      'exercise_body_regions',
      'exercise_categories',
      'exercise_equipment',
      'exercises',
      'sync_conflicts',
    ]);
  });

  it('key documents by a 36-character id and keep only id required', () => {
    const schema = replicatedSchemas.exercises;
    expect(schema.version).toBe(0);
    expect(schema.primaryKey).toBe('id');
    expect(schema.properties.id).toMatchObject({ maxLength: 36 });
    expect(schema.required).toEqual(['id']);
  });

  it('leave deletion to RxDB and keep the revision as sync_revision', () => {
    const properties = Object.keys(replicatedSchemas.exercises.properties);
    expect(properties).not.toContain('deleted');
    expect(properties).not.toContain('revision');
    expect(properties).toContain('sync_revision');
  });

  it('store a complete exercise and a taxonomy term', async () => {
    const exercise = aPlatformExercise();
    await replica.collections.exercises.insert(exercise);
    await replica.collections.exercise_categories!.insert(aCategory());
    const stored = await replica.collections.exercises
      .findOne(exercise.id)
      .exec();
    expect(stored?.toMutableJSON()).toEqual(exercise);
  });

  it('refuse an exercise that breaks the contract', async () => {
    await expect(
      replica.collections.exercises.insert(
        aPlatformExercise({ difficulty: 'heroic' as never }),
      ),
    ).rejects.toThrow();
  });
});
