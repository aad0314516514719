import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newDocumentId, newRevision } from '../../shared/sync/identifiers';
import {
  edited,
  pullUntilEmpty,
  push,
  type Document,
} from '../support/sync-calls';
import { startTestServer, type TestServer } from '../support/test-server';

let api: TestServer;
let specialist: string;
let admin: string;
let lakeview: string;
let northsideId: string;
let platform: Map<string, Document>;

/** The server's current copy, as the specialist's replica would get it. */
async function serverCopy(token: string, id: string): Promise<Document> {
  const replica = await pullUntilEmpty(api, token, 'exercises');
  const document = replica.documents.get(id);
  if (!document) throw new Error(`no document ${id}`);
  return document;
}

function platformExercise(name: string): Document {
  const found = [...platform.values()].find((d) => d.name === name);
  if (!found) throw new Error(`no platform exercise ${name}`);
  return found;
}

/** A new clinic exercise as a workstation makes it offline. */
function newClinicExercise(name: string): Document {
  const now = new Date().toISOString();
  return {
    id: newDocumentId(),
    organization_id: northsideId,
    revision: newRevision(),
    deleted: false,
    cloned_from_id: null,
    name,
    slug: name.toLowerCase().replaceAll(' ', '-'),
    description: '',
    difficulty: 'beginner',
    status: 'draft',
    estimated_duration_seconds: null,
    video_url: null,
    video_provider: null,
    video_thumbnail_url: null,
    video_duration_seconds: null,
    movement_profile: null,
    instructions: [{ type: 'step', text: 'Lift slowly.', image_url: null }],
    contraindications: [],
    category_ids: [],
    body_region_ids: [],
    equipment_ids: [],
    created_at: now,
    updated_at: now,
    deleted_at: null,
  };
}

beforeAll(async () => {
  api = await startTestServer();
  specialist = await api.signIn('specialist@northside.test');
  admin = await api.signIn('admin@northside.test');
  lakeview = await api.signIn('admin@lakeview.test');
  const me = await api.call('GET', '/v1/me', { token: specialist });
  northsideId = me.body.organization.id;
  platform = (await pullUntilEmpty(api, specialist, 'exercises')).documents;
});

afterAll(async () => {
  await api.close();
});

describe('pushing exercises', () => {
  it('creates an exercise made offline, keeping its id and revision', async () => {
    const made = newClinicExercise('Seated Knee Extension');
    expect(
      await push(api, specialist, 'exercises', [{ newDocumentState: made }]),
    ).toEqual([]);

    const stored = await serverCopy(specialist, made.id);
    expect(stored.revision).toBe(made.revision);
    expect(stored.instructions).toEqual(made.instructions);
    const rest = await api.call('GET', `/v1/exercises/${made.id}`, {
      token: admin,
    });
    expect(rest.body.name).toBe('Seated Knee Extension');
  });

  it('does not take a second quick edit for a conflict with the first', async () => {
    const made = newClinicExercise('Wall Slide');
    await push(api, specialist, 'exercises', [{ newDocumentState: made }]);
    const first = edited(made, { description: 'Back against the wall.' });
    const second = edited(first, { name: 'Wall Slide (both arms)' });

    expect(
      await push(api, specialist, 'exercises', [
        { assumedMasterState: made, newDocumentState: first },
      ]),
    ).toEqual([]);
    expect(
      await push(api, specialist, 'exercises', [
        { assumedMasterState: first, newDocumentState: second },
      ]),
    ).toEqual([]);

    const stored = await serverCopy(specialist, made.id);
    expect(stored.name).toBe('Wall Slide (both arms)');
    expect(stored.description).toBe('Back against the wall.');
  });

  it('returns the server copy when someone changed the exercise first', async () => {
    const made = newClinicExercise('Clamshell');
    await push(api, specialist, 'exercises', [{ newDocumentState: made }]);
    const colleague = edited(made, { description: 'Knees bent at 45°.' });
    await push(api, admin, 'exercises', [
      { assumedMasterState: made, newDocumentState: colleague },
    ]);

    const late = edited(made, { name: 'Clamshell with band' });
    const conflicts = await push(api, specialist, 'exercises', [
      { assumedMasterState: made, newDocumentState: late },
    ]);

    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      id: made.id,
      revision: colleague.revision,
      name: 'Clamshell',
      description: 'Knees bent at 45°.',
    });
    expect(conflicts[0]?.rejection).toBeUndefined();
    expect((await serverCopy(specialist, made.id)).name).toBe('Clamshell');
  });

  it('a specialist cannot edit a platform exercise: clone it to edit', async () => {
    const source = platformExercise('Shoulder External Rotation');
    const [copy] = await push(api, specialist, 'exercises', [
      {
        assumedMasterState: source,
        newDocumentState: edited(source, { name: 'Mine now' }),
      },
    ]);

    expect(copy?.rejection?.code).toBe('global-library-read-only');
    expect(copy?.rejection?.message).toMatch(/clone it to edit/);
    expect(copy?.name).toBe('Shoulder External Rotation');
    expect(copy?.revision).toBe(source.revision);
  });

  it('the superadmin edits a platform exercise; a clinic admin is refused', async () => {
    const superadmin = await api.signIn('superadmin@motus.test');
    const source = platformExercise('Bird Dog');
    const refused = await push(api, admin, 'exercises', [
      {
        assumedMasterState: source,
        newDocumentState: edited(source, { description: 'Mine.' }),
      },
    ]);
    expect(refused[0]?.rejection?.code).toBe('global-library-read-only');

    const curated = edited(source, { description: 'Curated again.' });
    expect(
      await push(api, superadmin, 'exercises', [
        { assumedMasterState: source, newDocumentState: curated },
      ]),
    ).toEqual([]);
    expect((await serverCopy(specialist, source.id)).description).toBe(
      'Curated again.',
    );
  });

  it('clones a platform exercise made offline into the clinic', async () => {
    const source = platformExercise('Shoulder External Rotation');
    const clone = {
      ...source,
      id: newDocumentId(),
      organization_id: northsideId,
      cloned_from_id: source.id,
      status: 'draft',
      revision: newRevision(),
    };
    expect(
      await push(api, specialist, 'exercises', [{ newDocumentState: clone }]),
    ).toEqual([]);

    const stored = await serverCopy(specialist, clone.id);
    expect(stored).toMatchObject({
      cloned_from_id: source.id,
      organization_id: northsideId,
      instructions: source.instructions,
      contraindications: source.contraindications,
      category_ids: source.category_ids,
    });
  });

  it.each([
    [
      'move an exercise to another clinic',
      () => ({ organization_id: newDocumentId() }),
      'organization-change-forbidden',
    ],
    [
      'publish it as a specialist',
      () => ({ status: 'published' }),
      'status-change-forbidden',
    ],
    [
      'delete it as a specialist',
      () => ({ deleted_at: new Date().toISOString() }),
      'delete-forbidden',
    ],
    ['empty its name', () => ({ name: '' }), 'validation-failed'],
    [
      'remove it outright',
      () => ({ deleted: true }),
      'document-removal-forbidden',
    ],
  ])(
    'refuses to %s and returns the server copy',
    async (_name, change, code) => {
      const made = newClinicExercise(`Bridge ${code}`);
      await push(api, specialist, 'exercises', [{ newDocumentState: made }]);
      const [copy] = await push(api, specialist, 'exercises', [
        {
          assumedMasterState: made,
          newDocumentState: edited(made, change()),
        },
      ]);

      expect(copy?.rejection?.code).toBe(code);
      expect(copy).toMatchObject({ id: made.id, revision: made.revision });
      expect(await serverCopy(specialist, made.id)).toMatchObject({
        organization_id: northsideId,
        status: 'draft',
        deleted_at: null,
        name: made.name,
      });
    },
  );

  it('lets a clinic admin publish and delete', async () => {
    const made = newClinicExercise('Side Plank');
    await push(api, specialist, 'exercises', [{ newDocumentState: made }]);
    const published = edited(made, { status: 'published' });
    const deleted = edited(published, { deleted_at: new Date().toISOString() });

    expect(
      await push(api, admin, 'exercises', [
        { assumedMasterState: made, newDocumentState: published },
      ]),
    ).toEqual([]);
    expect(
      await push(api, admin, 'exercises', [
        { assumedMasterState: published, newDocumentState: deleted },
      ]),
    ).toEqual([]);

    const stored = await serverCopy(specialist, made.id);
    expect(stored.status).toBe('published');
    expect(stored.deleted_at).not.toBeNull();
    expect(stored.deleted).toBe(false);
  });

  it('writes the good documents of a batch and refuses only the bad one', async () => {
    const good = newClinicExercise('Calf Raise');
    const bad = { ...newClinicExercise('Broken'), difficulty: 'extreme' };
    const notWritten = await push(api, specialist, 'exercises', [
      { newDocumentState: good },
      { newDocumentState: bad },
    ]);

    expect(notWritten).toEqual([
      expect.objectContaining({
        id: bad.id,
        deleted: true,
        rejection: expect.objectContaining({ code: 'validation-failed' }),
      }),
    ]);
    expect((await serverCopy(specialist, good.id)).name).toBe('Calf Raise');
  });

  it('refuses to create an exercise in another clinic', async () => {
    const intruder = { ...newClinicExercise('Lakeview Lunge') };
    const [copy] = await push(api, lakeview, 'exercises', [
      { newDocumentState: intruder },
    ]);
    expect(copy).toMatchObject({
      id: intruder.id,
      deleted: true,
      rejection: { code: 'organization-change-forbidden' },
    });
  });

  it('gives another clinic nothing of an exercise it cannot see', async () => {
    const made = newClinicExercise('Northside Secret');
    await push(api, specialist, 'exercises', [{ newDocumentState: made }]);

    const [asUpdate] = await push(api, lakeview, 'exercises', [
      { assumedMasterState: made, newDocumentState: edited(made, {}) },
    ]);
    expect(asUpdate).toEqual({ id: made.id, deleted: true });

    const [asCreate] = await push(api, lakeview, 'exercises', [
      { newDocumentState: { ...made, organization_id: null } },
    ]);
    expect(asCreate?.deleted).toBe(true);
    expect(asCreate?.name).toBeUndefined();
    expect((await serverCopy(specialist, made.id)).name).toBe(made.name);
  });
});

describe('pushing taxonomy', () => {
  it('lets a clinic admin add a category offline, and nobody else', async () => {
    const category = {
      id: newDocumentId(),
      organization_id: northsideId,
      revision: newRevision(),
      deleted: false,
      slug: 'aquatic',
      name: 'Aquatic',
      sort_order: 5,
      parent_id: null,
    };
    const [refused] = await push(api, specialist, 'exercise-categories', [
      { newDocumentState: category },
    ]);
    expect(refused?.rejection?.code).toBe('taxonomy-forbidden');

    expect(
      await push(api, admin, 'exercise-categories', [
        { newDocumentState: category },
      ]),
    ).toEqual([]);
    const renamed = edited(category, { name: 'Aquatic therapy' });
    expect(
      await push(api, admin, 'exercise-categories', [
        { assumedMasterState: category, newDocumentState: renamed },
      ]),
    ).toEqual([]);

    const terms = await pullUntilEmpty(api, specialist, 'exercise-categories');
    expect(terms.documents.get(category.id)).toMatchObject({
      name: 'Aquatic therapy',
      revision: renamed.revision,
    });
  });
});
