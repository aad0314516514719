import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  changeExerciseStatus,
  cloneExercise,
  createExercise,
  deleteExercise,
  editExercise,
  ExerciseWriteError,
} from '../../src-renderer/replica/exercise-writes';
import {
  findExercise,
  listExercises,
  listTaxonomyTerms,
} from '../../src-renderer/replica/exercise-queries';
import {
  aCategory,
  aPlatformExercise,
  northside,
  openTestReplica,
} from './replica-fixtures';
import { slugify } from '../../shared/slugs';

let replica: Replica;

beforeAll(async () => {
  replica = await openTestReplica();
});

afterAll(async () => {
  await replica.close();
});

const tagA = '0a0a0a0a-0000-4000-8000-00000000000a';
const tagB = '0b0b0b0b-0000-4000-8000-00000000000b';

describe('creating an exercise', () => {
  it('makes a draft in the clinic with a slug from its name', async () => {
    const created = await createExercise(replica, northside, {
      name: '  Side-lying Hip Abduction (Über) ',
      body_region_ids: [tagB, tagA],
    });

    expect(created).toMatchObject({
      name: 'Side-lying Hip Abduction (Über)',
      slug: 'side-lying-hip-abduction-uber',
      status: 'draft',
      organization_id: northside,
      cloned_from_id: null,
      deleted_at: null,
      body_region_ids: [tagA, tagB],
    });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await findExercise(replica, created.id)).toEqual(created);
  });

  it('refuses an exercise without a name before it reaches the server', async () => {
    await expect(
      createExercise(replica, northside, { name: '   ' }),
    ).rejects.toMatchObject({ code: 'validation-failed' });
  });
});

describe('editing an exercise', () => {
  it('gives every edit a fresh revision and a new updated_at', async () => {
    const created = await createExercise(replica, northside, {
      name: 'Wall sit',
    });
    const first = await editExercise(replica, created.id, {
      description: 'Back to the wall.',
    });
    const second = await editExercise(replica, created.id, {
      contraindications: [
        { condition: 'Patellofemoral pain', severity: 'warning', note: '' },
      ],
    });

    const revisions = [created, first, second].map((e) => e.sync_revision);
    expect(new Set(revisions).size).toBe(3);
    expect(second.updated_at >= created.updated_at).toBe(true);
    expect(second.description).toBe('Back to the wall.');
  });

  it('stores tag ids sorted, as the server returns them', async () => {
    const created = await createExercise(replica, northside, {
      name: 'Calf raise',
    });
    const edited = await editExercise(replica, created.id, {
      equipment_ids: [tagB, tagA],
    });
    expect(edited.equipment_ids).toEqual([tagA, tagB]);
  });

  it('reports an exercise the replica does not hold', async () => {
    await expect(
      editExercise(replica, '99999999-0000-4000-8000-000000000000', {
        name: 'Nobody',
      }),
    ).rejects.toBeInstanceOf(ExerciseWriteError);
  });
});

describe('cloning an exercise', () => {
  it('copies a platform exercise into the clinic as an independent draft', async () => {
    const platform = aPlatformExercise({
      category_ids: [tagA],
      instructions: [
        {
          type: 'step',
          text: 'Lift.',
          image_url: 'https://cdn.motus.test/bridge.png',
        },
      ],
    });
    await replica.collections.exercises.insert(platform);

    const clone = await cloneExercise(replica, northside, platform.id);

    expect(clone.id).not.toBe(platform.id);
    expect(clone.sync_revision).not.toBe(platform.sync_revision);
    expect(clone).toMatchObject({
      organization_id: northside,
      cloned_from_id: platform.id,
      status: 'draft',
      slug: platform.slug,
      name: platform.name,
      instructions: platform.instructions,
      contraindications: platform.contraindications,
      category_ids: [tagA],
    });
  });
});

describe('changing status', () => {
  it('moves draft → published → archived → draft', async () => {
    const { id } = await createExercise(replica, northside, { name: 'Plank' });
    for (const status of ['published', 'archived', 'draft'] as const) {
      expect((await changeExerciseStatus(replica, id, status)).status).toBe(
        status,
      );
    }
  });

  it('refuses to archive a draft', async () => {
    const { id } = await createExercise(replica, northside, {
      name: 'Dead bug',
    });
    await expect(
      changeExerciseStatus(replica, id, 'archived'),
    ).rejects.toMatchObject({ code: 'invalid-status-transition' });
  });
});

describe('deleting an exercise', () => {
  it('keeps it in the replica with deleted_at, out of the library list', async () => {
    const { id } = await createExercise(replica, northside, { name: 'Squat' });
    const deleted = await deleteExercise(replica, id);

    expect(deleted.deleted_at).not.toBeNull();
    const stored = await replica.collections.exercises.findOne(id).exec();
    expect(stored?.deleted).toBe(false);
    expect((await listExercises(replica)).map((e) => e.id)).not.toContain(id);
    expect(await findExercise(replica, id)).toMatchObject({ id });
  });

  it('refuses further edits to a deleted exercise', async () => {
    const { id } = await createExercise(replica, northside, { name: 'Lunge' });
    await deleteExercise(replica, id);
    await expect(
      editExercise(replica, id, { name: 'Reverse lunge' }),
    ).rejects.toMatchObject({ code: 'exercise-deleted' });
  });
});

describe('pending local changes', () => {
  it('count each locally written exercise once, at its latest revision', async () => {
    const before = replica.pending.count();
    const created = await createExercise(replica, northside, {
      name: 'Step-up',
    });
    const edited = await editExercise(replica, created.id, { name: 'Step up' });

    expect(replica.pending.count()).toBe(before + 1);
    expect(replica.pending.revisionOf('exercises', created.id)).toBe(
      edited.sync_revision,
    );
  });
});

describe('browsing the library', () => {
  it('lists exercises by name, the way a clinician reads them', async () => {
    const names = (await listExercises(replica)).map((e) => e.name);
    const sorted = [...names].sort((a, b) =>
      a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }),
    );
    expect(names).toEqual(sorted);
  });

  it('lists taxonomy terms in their curated order', async () => {
    await replica.collections.exercise_categories!.bulkInsert([
      aCategory({ name: 'Mobility', slug: 'mobility', sort_order: 2 }),
      aCategory({ name: 'Balance', slug: 'balance', sort_order: 1 }),
    ]);
    const terms = await listTaxonomyTerms(replica, 'category');
    expect(terms.map((term) => term.name)).toEqual(['Balance', 'Mobility']);
  });
});

describe('slugs', () => {
  it('fall back to "exercise" for a name without latin letters or digits', () => {
    expect(slugify('スクワット')).toBe('exercise');
  });
});
