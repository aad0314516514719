import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExercise } from '../../src-renderer/replica/exercise-queries';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  recordSetAsideEdits,
  type SyncConflict,
} from '../../src-renderer/replica/sync-conflicts';
import {
  describeValue,
  fieldLabel,
} from '../../src-renderer/sync/conflict-values';
import {
  canKeepLocal,
  keepLocalVersion,
  keepServerVersion,
} from '../../src-renderer/sync/keep-conflict-version';
import {
  aPlatformExercise,
  northside,
  openTestReplica,
} from '../replica/replica-fixtures';

let replica: Replica;

beforeAll(async () => {
  replica = await openTestReplica();
});

afterAll(async () => {
  await replica.close();
});

/** A clinic exercise whose `field` edit the server's copy overrode. */
async function conflictOn(
  field: string | null,
  local: unknown,
  server: unknown,
  rejection?: { code: 'global-library-read-only'; message: string },
): Promise<SyncConflict> {
  const exercise = aPlatformExercise({ organization_id: northside });
  await replica.collections.exercises.insert(exercise);
  await recordSetAsideEdits(
    replica.collections.sync_conflicts,
    'exercises',
    exercise.id,
    'local-revision-1',
    [{ field, local, server, assumed: server }],
    rejection,
  );
  const [conflict] = await replica.collections.sync_conflicts
    .find({ selector: { document_id: exercise.id } })
    .exec();
  if (!conflict) throw new Error('the conflict was not kept');
  return conflict.toMutableJSON();
}

async function remaining(conflict: SyncConflict) {
  return replica.collections.sync_conflicts.findOne(conflict.id).exec();
}

describe('reviewing a conflict', () => {
  it('keeps my version by writing it again as a new edit', async () => {
    const conflict = await conflictOn('name', 'Bridge (Northside)', 'Bridge');
    await keepLocalVersion(replica, conflict);
    const exercise = await findExercise(replica, conflict.document_id);
    expect(exercise?.name).toBe('Bridge (Northside)');
    expect(await remaining(conflict)).toBeNull();
  });

  it('keeps the server’s version by leaving the exercise as it is', async () => {
    const conflict = await conflictOn('description', 'Mine', 'Theirs');
    const before = await findExercise(replica, conflict.document_id);
    await keepServerVersion(replica, conflict);
    const after = await findExercise(replica, conflict.document_id);
    expect(after?.description).toBe(before?.description);
    expect(after?.sync_revision).toBe(before?.sync_revision);
    expect(await remaining(conflict)).toBeNull();
  });

  it('restores the whole local version’s content when all of it was set aside', async () => {
    const local = {
      ...aPlatformExercise({ name: 'Bridge, our way' }),
      instructions: [{ type: 'step', text: 'Lift slowly.', image_url: null }],
    };
    const conflict = await conflictOn(null, local, null);
    await keepLocalVersion(replica, conflict);
    const exercise = await findExercise(replica, conflict.document_id);
    expect(exercise?.name).toBe('Bridge, our way');
    expect(exercise?.instructions.map((step) => step.text)).toEqual([
      'Lift slowly.',
    ]);
  });

  it('offers only the server’s version for a refused write or a deletion', async () => {
    const refused = await conflictOn('name', 'Mine', 'Theirs', {
      code: 'global-library-read-only',
      message: 'Platform exercises are read-only: clone it to edit.',
    });
    expect(canKeepLocal(refused)).toBe(false);
    const deleted = await conflictOn(
      'deleted_at',
      null,
      '2026-01-01T00:00:00Z',
    );
    expect(canKeepLocal(deleted)).toBe(false);
    await expect(keepLocalVersion(replica, deleted)).rejects.toThrow(
      'settled on the server',
    );
  });
});

describe('how a conflicting value reads', () => {
  const names = new Map([['t-1', 'Resistance Band']]);
  const termName = (id: string) => names.get(id) ?? 'A removed term';

  it('names fields and terms in a clinician’s words', () => {
    expect(fieldLabel('body_region_ids')).toBe('Body regions');
    expect(fieldLabel(null)).toBe('The whole exercise');
    expect(describeValue('equipment_ids', ['t-1', 't-2'], termName)).toEqual([
      'Resistance Band',
      'A removed term',
    ]);
  });

  it('shows instructions and contraindications as lines, not JSON', () => {
    expect(
      describeValue(
        'instructions',
        [{ type: 'form_cue', text: 'Elbow at your side.', image_url: null }],
        termName,
      ),
    ).toEqual(['Form cue: Elbow at your side.']);
    expect(
      describeValue(
        'contraindications',
        [
          {
            condition: 'Acute Rotator Cuff Tear',
            severity: 'contraindicated',
            note: 'Not until cleared',
          },
        ],
        termName,
      ),
    ).toEqual(['Contraindicated: Acute Rotator Cuff Tear — Not until cleared']);
    expect(describeValue('video_url', null, termName)).toEqual(['(empty)']);
  });
});
