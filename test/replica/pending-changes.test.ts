import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { createExercise } from '../../src-renderer/replica/exercise-writes';
import { northside, openTestReplica } from './replica-fixtures';

describe('the pending changes count', () => {
  it('survives closing and reopening the replica', async () => {
    const storage = getRxStorageMemory();
    const first = await openTestReplica('pending-reload', storage);
    await createExercise(first, northside, { name: 'Heel slide' });
    await createExercise(first, northside, { name: 'Quad set' });
    await first.close();

    const reopened = await openTestReplica('pending-reload', storage);
    expect(reopened.pending.count()).toBe(2);
    await reopened.close();
  });

  it('forgets a change only when the server took that very revision', async () => {
    const replica = await openTestReplica();
    const { pending } = replica;
    pending.expect('exercises', 'e1', 'revision-2');

    pending.acknowledge('exercises', 'e1', 'revision-1');
    expect(pending.count()).toBe(1);
    pending.acknowledge('exercises', 'e1', 'revision-2');
    expect(pending.count()).toBe(0);
    await replica.close();
  });

  it('lets a conflict resolution replace only the revision it resolved', async () => {
    const replica = await openTestReplica();
    const { pending } = replica;
    pending.expect('exercises', 'e1', 'typed-later');

    pending.replace('exercises', 'e1', 'resolved-one', null);
    expect(pending.revisionOf('exercises', 'e1')).toBe('typed-later');
    pending.replace('exercises', 'e1', 'typed-later', 'merged');
    expect(pending.revisionOf('exercises', 'e1')).toBe('merged');
    await replica.close();
  });
});
