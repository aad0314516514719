import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clinicSlugs,
  expectOutcome,
  isAllowed,
  listAllExercises,
  staff,
  staffRoles,
  type Clinic,
  type Outcome,
  type StaffRole,
} from './support/demo-staff';
import { startTestServer, type TestServer } from './support/test-server';

// Who may do what to which exercise or taxonomy term, over real HTTP. Every
// write works on a target of its own, made by its curator in the test, so
// the cases hold in any order.

let api: TestServer;
const tokens = {} as Record<StaffRole, string>;
const clinicIds = {} as Record<Clinic, string>;

function clinicIdOf(role: StaffRole): string | null {
  const clinic = staff[role].clinic;
  return clinic ? clinicIds[clinic] : null;
}

beforeAll(async () => {
  api = await startTestServer();
  for (const role of staffRoles) tokens[role] = await api.signIn(staff[role].email);
  for (const role of ['northsideAdmin', 'lakeviewAdmin'] as const) {
    const me = await api.call('GET', '/v1/me', { token: tokens[role] });
    const clinic = staff[role].clinic!;
    expect(me.body.organization.slug).toBe(clinicSlugs[clinic]);
    clinicIds[clinic] = me.body.organization.id;
  }
});

afterAll(async () => {
  await api.close();
});

// --- Exercises ------------------------------------------------------------

type Target =
  | 'globalPublished'
  | 'globalDraft'
  | 'northsidePublished'
  | 'northsideDraft'
  | 'lakeviewPublished'
  | 'lakeviewDraft';

interface TargetKind {
  name: string;
  /** Who makes a fresh one: the superadmin or the clinic's admin. */
  curator: StaffRole;
  status: 'draft' | 'published';
  /** A demo exercise of this kind, read by the read-only cases. */
  seededSlug?: string;
}

const targets: Record<Target, TargetKind> = {
  globalPublished: {
    name: 'a published global exercise',
    curator: 'superadmin',
    status: 'published',
    seededSlug: 'bird-dog',
  },
  globalDraft: {
    name: 'a global draft',
    curator: 'superadmin',
    status: 'draft',
  },
  northsidePublished: {
    name: 'a published Northside exercise',
    curator: 'northsideAdmin',
    status: 'published',
    seededSlug: 'post-acl-warm-up',
  },
  northsideDraft: {
    name: 'a Northside draft',
    curator: 'northsideAdmin',
    status: 'draft',
    seededSlug: 'balance-board-series',
  },
  lakeviewPublished: {
    name: 'a published Lakeview exercise',
    curator: 'lakeviewAdmin',
    status: 'published',
    seededSlug: 'desk-neck-reset',
  },
  lakeviewDraft: {
    name: 'a Lakeview draft',
    curator: 'lakeviewAdmin',
    status: 'draft',
    seededSlug: 'seated-sciatic-nerve-glide',
  },
};

type Matrix = Record<StaffRole, Record<Target, Outcome>>;

const hidden = '404 exercise-not-found';
const readOnly = '403 global-library-read-only';

const reads: Matrix = {
  superadmin: {
    globalPublished: '200',
    globalDraft: '200',
    northsidePublished: hidden,
    northsideDraft: hidden,
    lakeviewPublished: hidden,
    lakeviewDraft: hidden,
  },
  northsideAdmin: {
    globalPublished: '200',
    globalDraft: hidden,
    northsidePublished: '200',
    northsideDraft: '200',
    lakeviewPublished: hidden,
    lakeviewDraft: hidden,
  },
  northsideSpecialist: {
    globalPublished: '200',
    globalDraft: hidden,
    northsidePublished: '200',
    northsideDraft: '200',
    lakeviewPublished: hidden,
    lakeviewDraft: hidden,
  },
  lakeviewAdmin: {
    globalPublished: '200',
    globalDraft: hidden,
    northsidePublished: hidden,
    northsideDraft: hidden,
    lakeviewPublished: '200',
    lakeviewDraft: '200',
  },
};

/** Editing fields: the clinic's staff, both roles; globals superadmins. */
const edits: Matrix = {
  superadmin: reads.superadmin,
  northsideAdmin: { ...reads.northsideAdmin, globalPublished: readOnly },
  northsideSpecialist: {
    ...reads.northsideSpecialist,
    globalPublished: readOnly,
  },
  lakeviewAdmin: { ...reads.lakeviewAdmin, globalPublished: readOnly },
};

const statusForbidden = '403 status-change-forbidden';
const transitions: Matrix = {
  ...edits,
  northsideSpecialist: {
    ...edits.northsideSpecialist,
    northsidePublished: statusForbidden,
    northsideDraft: statusForbidden,
  },
};

const deleteForbidden = '403 delete-forbidden';
const deletes: Matrix = {
  superadmin: {
    ...edits.superadmin,
    globalPublished: '204',
    globalDraft: '204',
  },
  northsideAdmin: {
    ...edits.northsideAdmin,
    northsidePublished: '204',
    northsideDraft: '204',
  },
  northsideSpecialist: {
    ...edits.northsideSpecialist,
    northsidePublished: deleteForbidden,
    northsideDraft: deleteForbidden,
  },
  lakeviewAdmin: {
    ...edits.lakeviewAdmin,
    lakeviewPublished: '204',
    lakeviewDraft: '204',
  },
};

/** Anything one can read, one can clone into one's own library. */
const clones = Object.fromEntries(
  staffRoles.map((role) => [
    role,
    Object.fromEntries(
      Object.entries(reads[role]).map(([target, outcome]) => [
        target,
        outcome === '200' ? '201' : outcome,
      ]),
    ),
  ]),
) as Matrix;

const originalDescription = 'As its curator wrote it.';
let exerciseCount = 0;

/** A new exercise of the kind, made through the API by its curator. */
async function freshExercise(target: Target): Promise<string> {
  const { curator, status } = targets[target];
  exerciseCount += 1;
  const response = await api.call('POST', '/v1/exercises', {
    token: tokens[curator],
    body: {
      name: `Matrix ${target} ${exerciseCount}`,
      difficulty: 'beginner',
      description: originalDescription,
      status,
      scope: curator === 'superadmin' ? 'global' : 'org',
    },
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** The exercise as its curator sees it: no refused write touched it. */
async function expectUntouched(target: Target, id: string): Promise<void> {
  const { curator, status } = targets[target];
  const response = await api.call('GET', `/v1/exercises/${id}`, {
    token: tokens[curator],
  });
  expect(response.body).toMatchObject({
    description: originalDescription,
    status,
    deleted_at: null,
  });
}

const seededIds = {} as Record<Target, string>;

beforeAll(async () => {
  seededIds.globalDraft = await freshExercise('globalDraft');
  for (const [target, kind] of Object.entries(targets)) {
    if (!kind.seededSlug) continue;
    const library = await listAllExercises(api, tokens[kind.curator], {
      status: kind.status,
    });
    const seeded = library.find((row) => row.slug === kind.seededSlug);
    expect(seeded, kind.seededSlug).toBeDefined();
    seededIds[target as Target] = seeded.id;
  }
});

const nextStatus = { draft: 'published', published: 'archived' } as const;

interface ExerciseAction {
  title: string;
  verb: (kind: TargetKind) => string;
  matrix: Matrix;
  /** Writes get a fresh target; reads use the seeded one. */
  writes: boolean;
  send: (id: string, kind: TargetKind, token: string) => ReturnType<TestServer['call']>;
  /** What an allowed request must have done. */
  confirm: (response: { body: any }, id: string, role: StaffRole, kind: TargetKind) => Promise<void> | void;
}

const exerciseActions: ExerciseAction[] = [
  {
    title: 'GET /v1/exercises/:id',
    verb: () => 'read',
    matrix: reads,
    writes: false,
    send: (id, _kind, token) => api.call('GET', `/v1/exercises/${id}`, { token }),
    confirm: ({ body }, id) => {
      expect(body.id).toBe(id);
    },
  },
  {
    title: 'PATCH /v1/exercises/:id with fields',
    verb: () => 'edit the description of',
    matrix: edits,
    writes: true,
    send: (id, _kind, token) =>
      api.call('PATCH', `/v1/exercises/${id}`, {
        token,
        body: { description: 'Rewritten by the matrix.' },
      }),
    confirm: ({ body }) => {
      expect(body.description).toBe('Rewritten by the matrix.');
    },
  },
  {
    title: 'PATCH /v1/exercises/:id with a status',
    verb: (kind) => (kind.status === 'draft' ? 'publish' : 'archive'),
    matrix: transitions,
    writes: true,
    send: (id, kind, token) =>
      api.call('PATCH', `/v1/exercises/${id}`, {
        token,
        body: { status: nextStatus[kind.status] },
      }),
    confirm: ({ body }, _id, _role, kind) => {
      expect(body.status).toBe(nextStatus[kind.status]);
    },
  },
  {
    title: 'DELETE /v1/exercises/:id',
    verb: () => 'delete',
    matrix: deletes,
    writes: true,
    send: (id, _kind, token) => api.call('DELETE', `/v1/exercises/${id}`, { token }),
    confirm: async (_response, id, _role, kind) => {
      const after = await api.call('GET', `/v1/exercises/${id}`, {
        token: tokens[kind.curator],
      });
      expect(after.body.deleted_at).not.toBeNull();
    },
  },
  {
    title: 'POST /v1/exercises/:id/clone',
    verb: () => 'clone',
    matrix: clones,
    writes: true,
    send: (id, _kind, token) => api.call('POST', `/v1/exercises/${id}/clone`, { token }),
    confirm: ({ body }, id, role) => {
      expect(body).toMatchObject({
        cloned_from_id: id,
        organization_id: clinicIdOf(role),
        status: 'draft',
      });
    },
  },
];

function sentence(role: StaffRole, verb: string, object: string, outcome: Outcome): string {
  const may = isAllowed(outcome) ? 'can' : 'cannot';
  return `${staff[role].name} ${may} ${verb} ${object} (${outcome})`;
}

describe.each(exerciseActions)('$title', (action) => {
  const cases = staffRoles.flatMap((role) =>
    (Object.keys(targets) as Target[]).map((target) => ({
      role,
      target,
      outcome: action.matrix[role][target],
      name: sentence(role, action.verb(targets[target]), targets[target].name, action.matrix[role][target]),
    })),
  );

  it.each(cases)('$name', async ({ role, target, outcome }) => {
    const kind = targets[target];
    const id = action.writes ? await freshExercise(target) : seededIds[target];
    const response = await action.send(id, kind, tokens[role]);

    expectOutcome(response, outcome);
    if (isAllowed(outcome)) await action.confirm(response, id, role, kind);
    else if (action.writes) await expectUntouched(target, id);
  });
});

interface CreateVariant {
  name: string;
  body: Record<string, unknown>;
  outcomes: Record<StaffRole, Outcome>;
}

const readOnlyGlobal = '403 global-library-read-only';
const createVariants: CreateVariant[] = [
  {
    name: 'create a draft in their clinic',
    body: { scope: 'org' },
    outcomes: {
      superadmin: '403 no-organization',
      northsideAdmin: '201',
      northsideSpecialist: '201',
      lakeviewAdmin: '201',
    },
  },
  {
    name: 'create a global exercise',
    body: { scope: 'global' },
    outcomes: {
      superadmin: '201',
      northsideAdmin: readOnlyGlobal,
      northsideSpecialist: readOnlyGlobal,
      lakeviewAdmin: readOnlyGlobal,
    },
  },
  {
    name: 'create an exercise published from the start',
    body: { status: 'published' },
    outcomes: {
      superadmin: '201',
      northsideAdmin: '201',
      northsideSpecialist: '403 status-change-forbidden',
      lakeviewAdmin: '201',
    },
  },
];

describe('POST /v1/exercises', () => {
  const cases = createVariants.flatMap((variant) =>
    staffRoles.map((role) => ({
      role,
      variant,
      outcome: variant.outcomes[role],
      name: sentence(role, variant.name, '', variant.outcomes[role]),
    })),
  );

  it.each(cases)('$name', async ({ role, variant, outcome }) => {
    exerciseCount += 1;
    const response = await api.call('POST', '/v1/exercises', {
      token: tokens[role],
      body: {
        name: `Matrix new exercise ${exerciseCount}`,
        difficulty: 'intermediate',
        ...variant.body,
      },
    });

    expectOutcome(response, outcome);
    if (isAllowed(outcome)) {
      // Without a scope an exercise lands where its author works.
      expect(response.body).toMatchObject({
        organization_id: clinicIdOf(role),
        status: variant.body.status ?? 'draft',
        created_by: expect.any(String),
      });
    }
  });
});
