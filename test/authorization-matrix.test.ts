import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { protectedRoutes, publicRoutes } from './support/api-routes';
import {
  casesPerRole,
  clinicSlugs,
  expectOutcome,
  isAllowed,
  listAllExercises,
  named,
  signInWithTokens,
  staff,
  staffRoles,
  type Clinic,
  type Outcome,
  type StaffRole,
} from './support/demo-staff';
import {
  targetNames,
  targets,
  type Target,
  type TargetKind,
} from './support/exercise-targets';
import { forgedToken } from './support/forged-tokens';
import {
  taxonomyEndpoints as taxonomies,
  termsOf,
  type TaxonomyEndpoint as Taxonomy,
} from './support/taxonomy-endpoints';
import { startTestServer, type TestServer } from './support/test-server';

// Who may do what to which exercise or taxonomy term, over real HTTP
// against a real database. Every write acts on a target of its own, made by
// its curator inside the test, so the cases hold in any order.

let api: TestServer;
const tokens = {} as Record<StaffRole, string>;
const clinicIds = {} as Record<Clinic, string>;

function clinicIdOf(role: StaffRole): string | null {
  const clinic = staff[role].clinic;
  return clinic ? clinicIds[clinic] : null;
}

/** "a Northside specialist cannot delete a Northside draft (403 …)" */
function sentence(role: StaffRole, action: string, outcome: Outcome): string {
  const may = isAllowed(outcome) ? 'can' : 'cannot';
  return `${staff[role].name} ${may} ${action} (${outcome})`;
}

beforeAll(async () => {
  api = await startTestServer();
  for (const role of staffRoles) {
    tokens[role] = await api.signIn(staff[role].email);
  }
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

type Matrix = Record<StaffRole, Record<Target, Outcome>>;

const hidden = '404 exercise-not-found';
const readOnly = '403 global-library-read-only';
const statusForbidden = '403 status-change-forbidden';
const deleteForbidden = '403 delete-forbidden';

// What one cannot see does not exist: the superadmin has no clinic, and no
// clinic sees another's rows or the platform's drafts.
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

// Fields: whoever reads a clinic exercise may edit it, specialists too;
// the global library is read-only to clinics.
const edits: Matrix = {
  superadmin: reads.superadmin,
  northsideAdmin: { ...reads.northsideAdmin, globalPublished: readOnly },
  northsideSpecialist: {
    ...reads.northsideSpecialist,
    globalPublished: readOnly,
  },
  lakeviewAdmin: { ...reads.lakeviewAdmin, globalPublished: readOnly },
};

// Publishing and archiving are the clinic admin's decisions.
const transitions: Matrix = {
  ...edits,
  northsideSpecialist: {
    ...edits.northsideSpecialist,
    northsidePublished: statusForbidden,
    northsideDraft: statusForbidden,
  },
};

// So is deleting.
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

// Whatever one can read, one can clone into one's own library.
const clones = Object.fromEntries(
  staffRoles.map((role) => [
    role,
    Object.fromEntries(
      targetNames.map((target) => {
        const read = reads[role][target];
        return [target, read === '200' ? '201' : read];
      }),
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

/** A refused write left the exercise as its curator made it. */
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
  for (const target of targetNames) {
    const { curator, status, seededSlug } = targets[target];
    if (!seededSlug) continue;
    const library = await listAllExercises(api, tokens[curator], { status });
    const seeded = library.find((row) => row.slug === seededSlug);
    expect(seeded, seededSlug).toBeDefined();
    seededIds[target] = seeded.id;
  }
});

const nextStatus = { draft: 'published', published: 'archived' } as const;

type Response = Awaited<ReturnType<TestServer['call']>>;

interface ExerciseAction {
  endpoint: string;
  verb: (kind: TargetKind) => string;
  matrix: Matrix;
  /** Writes get a fresh target each; reads look at the seeded one. */
  writes: boolean;
  send: (id: string, kind: TargetKind, token: string) => Promise<Response>;
  /** What an allowed request must have done. */
  confirm: (
    response: Response,
    id: string,
    role: StaffRole,
    kind: TargetKind,
  ) => Promise<void> | void;
}

const exerciseActions: ExerciseAction[] = [
  {
    endpoint: 'GET /v1/exercises/:id',
    verb: () => 'read',
    matrix: reads,
    writes: false,
    send: (id, _kind, token) =>
      api.call('GET', `/v1/exercises/${id}`, { token }),
    confirm: ({ body }, id) => {
      expect(body.id).toBe(id);
    },
  },
  {
    endpoint: 'PATCH /v1/exercises/:id (fields)',
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
    endpoint: 'PATCH /v1/exercises/:id (status)',
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
    endpoint: 'DELETE /v1/exercises/:id',
    verb: () => 'delete',
    matrix: deletes,
    writes: true,
    send: (id, _kind, token) =>
      api.call('DELETE', `/v1/exercises/${id}`, { token }),
    confirm: async (_response, id, _role, kind) => {
      const after = await api.call('GET', `/v1/exercises/${id}`, {
        token: tokens[kind.curator],
      });
      expect(after.body.deleted_at).not.toBeNull();
    },
  },
  {
    endpoint: 'POST /v1/exercises/:id/clone',
    verb: () => 'clone',
    matrix: clones,
    writes: true,
    send: (id, _kind, token) =>
      api.call('POST', `/v1/exercises/${id}/clone`, { token }),
    confirm: ({ body }, id, role) => {
      expect(body).toMatchObject({
        cloned_from_id: id,
        organization_id: clinicIdOf(role),
        status: 'draft',
      });
    },
  },
];

describe.each(exerciseActions.map((action) => [action.endpoint, action]))(
  '%s',
  (_endpoint, action) => {
    const cases = staffRoles.flatMap((role) =>
      targetNames.map((target) => {
        const kind = targets[target];
        const outcome = action.matrix[role][target];
        const name = sentence(
          role,
          `${action.verb(kind)} ${kind.name}`,
          outcome,
        );
        return { name, role, target, outcome };
      }),
    );

    it.each(named(cases))('%s', async (_name, { role, target, outcome }) => {
      const kind = targets[target];
      const id = action.writes
        ? await freshExercise(target)
        : seededIds[target];

      const response = await action.send(id, kind, tokens[role]);

      expectOutcome(response, outcome);
      if (isAllowed(outcome)) await action.confirm(response, id, role, kind);
      else if (action.writes) await expectUntouched(target, id);
    });
  },
);

interface NewExercise {
  action: string;
  body: Record<string, unknown>;
  outcomes: Record<StaffRole, Outcome>;
}

const newExercises: NewExercise[] = [
  {
    action: 'create a draft in their clinic',
    body: { scope: 'org' },
    outcomes: {
      superadmin: '403 no-organization',
      northsideAdmin: '201',
      northsideSpecialist: '201',
      lakeviewAdmin: '201',
    },
  },
  {
    action: 'create a global exercise',
    body: { scope: 'global' },
    outcomes: {
      superadmin: '201',
      northsideAdmin: readOnly,
      northsideSpecialist: readOnly,
      lakeviewAdmin: readOnly,
    },
  },
  {
    action: 'create an exercise published from the start',
    body: { status: 'published' },
    outcomes: {
      superadmin: '201',
      northsideAdmin: '201',
      northsideSpecialist: statusForbidden,
      lakeviewAdmin: '201',
    },
  },
];

describe('POST /v1/exercises', () => {
  const cases = newExercises.flatMap(({ action, body, outcomes }) =>
    staffRoles.map((role) => ({
      name: sentence(role, action, outcomes[role]),
      role,
      body,
      outcome: outcomes[role],
    })),
  );

  it.each(named(cases))('%s', async (_name, { role, body, outcome }) => {
    exerciseCount += 1;
    const response = await api.call('POST', '/v1/exercises', {
      token: tokens[role],
      body: {
        name: `Matrix new exercise ${exerciseCount}`,
        difficulty: 'intermediate',
        ...body,
      },
    });

    expectOutcome(response, outcome);
    if (isAllowed(outcome)) {
      // Without a scope an exercise lands where its author works.
      expect(response.body).toMatchObject({
        organization_id: clinicIdOf(role),
        status: body.status ?? 'draft',
      });
    }
  });
});

describe('GET /v1/exercises', () => {
  it.each(
    casesPerRole((role) => ({
      name: `${staff[role].name} lists the global library and their clinic's exercises only`,
    })),
  )('%s', async (_name, { role }) => {
    const library = await listAllExercises(api, tokens[role], {
      scope: 'all',
    });

    const owners = new Set(library.map((row) => row.organization_id));
    const expected = new Set([null, clinicIdOf(role)]);
    expect(owners).toEqual(expected);
  });

  // A Lakeview list never holds a Northside row, however it is asked for;
  // Northside's own list shows that each query would find them.
  const queries: Record<string, string>[] = [
    { scope: 'org' },
    { scope: 'all' },
    { status: 'draft' },
    { status: 'published', scope: 'org' },
    { q: 'knee' },
  ];
  it.each(
    named(
      queries.map((query) => ({
        name: `a Lakeview admin sees no Northside exercise in ?${new URLSearchParams(query).toString()}`,
        query,
      })),
    ),
  )('%s', async (_name, { query }) => {
    const northsideRowsFor = async (role: StaffRole) =>
      (await listAllExercises(api, tokens[role], query)).filter(
        (row) => row.organization_id === clinicIds.northside,
      );

    expect(await northsideRowsFor('northsideAdmin')).not.toEqual([]);
    expect(await northsideRowsFor('lakeviewAdmin')).toEqual([]);
  });

  it.each(
    casesPerRole((role) => ({
      name: `${staff[role].name} ${role === 'superadmin' ? 'finds' : 'does not find'} a global draft in ?status=draft`,
    })),
  )('%s', async (_name, { role }) => {
    const drafts = await listAllExercises(api, tokens[role], {
      status: 'draft',
    });

    const ids = drafts.map((row) => row.id);
    expect(ids.includes(seededIds.globalDraft)).toBe(role === 'superadmin');
  });
});

// --- Taxonomy terms -------------------------------------------------------

type TermScope = 'global' | 'northside' | 'lakeview';

const termScopes: Record<TermScope, { name: string; curator: StaffRole }> = {
  global: { name: 'global', curator: 'superadmin' },
  northside: { name: 'Northside', curator: 'northsideAdmin' },
  lakeview: { name: 'Lakeview', curator: 'lakeviewAdmin' },
};

const taxonomyForbidden = '403 taxonomy-forbidden';

const termCreates: Record<StaffRole, Outcome> = {
  superadmin: '201',
  northsideAdmin: '201',
  northsideSpecialist: taxonomyForbidden,
  lakeviewAdmin: '201',
};

/** Clinic terms are their admins', platform terms the superadmin's. */
function termUpdates(
  hiddenTerm: Outcome,
): Record<StaffRole, Record<TermScope, Outcome>> {
  return {
    superadmin: { global: '200', northside: hiddenTerm, lakeview: hiddenTerm },
    northsideAdmin: {
      global: taxonomyForbidden,
      northside: '200',
      lakeview: hiddenTerm,
    },
    northsideSpecialist: {
      global: taxonomyForbidden,
      northside: taxonomyForbidden,
      lakeview: hiddenTerm,
    },
    lakeviewAdmin: {
      global: taxonomyForbidden,
      northside: hiddenTerm,
      lakeview: '200',
    },
  };
}

let termCount = 0;

async function freshTerm(
  taxonomy: Taxonomy,
  scope: TermScope,
): Promise<string> {
  termCount += 1;
  const response = await api.call('POST', taxonomy.path, {
    token: tokens[termScopes[scope].curator],
    body: { name: `Matrix term ${termCount}`, ...taxonomy.required },
  });
  expect(response.status).toBe(201);
  return response.body.id as string;
}

/** Every term the role sees. */
async function listTerms(taxonomy: Taxonomy, role: StaffRole): Promise<any[]> {
  const response = await api.call('GET', taxonomy.path, {
    token: tokens[role],
  });
  expect(response.status).toBe(200);
  return termsOf(taxonomy, response.body);
}

describe.each(taxonomies.map((taxonomy) => [taxonomy.path, taxonomy]))(
  '%s',
  (_path, taxonomy) => {
    const clinicTerms = {} as Record<Clinic, string>;
    beforeAll(async () => {
      clinicTerms.northside = await freshTerm(taxonomy, 'northside');
      clinicTerms.lakeview = await freshTerm(taxonomy, 'lakeview');
    });

    it.each(
      casesPerRole((role) => ({
        name: `${staff[role].name} lists the global ${taxonomy.plural} and their clinic's only`,
      })),
    )('%s', async (_name, { role }) => {
      const terms = await listTerms(taxonomy, role);

      const owners = new Set(terms.map((term) => term.organization_id));
      const clinicId = clinicIdOf(role);
      expect(owners).toEqual(new Set(clinicId ? [null, clinicId] : [null]));
      for (const clinic of ['northside', 'lakeview'] as const) {
        const seen = terms.some((term) => term.id === clinicTerms[clinic]);
        expect(seen, clinic).toBe(staff[role].clinic === clinic);
      }
    });

    it.each(
      casesPerRole((role) => ({
        name: sentence(role, `add a ${taxonomy.singular}`, termCreates[role]),
        outcome: termCreates[role],
      })),
    )('%s', async (_name, { role, outcome }) => {
      termCount += 1;
      const response = await api.call('POST', taxonomy.path, {
        token: tokens[role],
        body: { name: `Matrix new term ${termCount}`, ...taxonomy.required },
      });

      expectOutcome(response, outcome);
      if (isAllowed(outcome)) {
        expect(response.body.organization_id).toBe(clinicIdOf(role));
      }
    });

    const updates = termUpdates(taxonomy.notFound);
    const updateCases = staffRoles.flatMap((role) =>
      (Object.keys(termScopes) as TermScope[]).map((scope) => {
        const term = `a ${termScopes[scope].name} ${taxonomy.singular}`;
        const outcome = updates[role][scope];
        return {
          name: sentence(role, `rename ${term}`, outcome),
          role,
          scope,
          outcome,
        };
      }),
    );

    it.each(named(updateCases))(
      '%s',
      async (_name, { role, scope, outcome }) => {
        const id = await freshTerm(taxonomy, scope);

        const response = await api.call('PATCH', `${taxonomy.path}/${id}`, {
          token: tokens[role],
          body: { name: 'Renamed by the matrix' },
        });

        expectOutcome(response, outcome);
        const curated = await listTerms(taxonomy, termScopes[scope].curator);
        const term = curated.find((candidate) => candidate.id === id);
        expect(term.name === 'Renamed by the matrix').toBe(isAllowed(outcome));
      },
    );
  },
);

// --- Signing in and out ---------------------------------------------------

const badCredentials = [
  { name: 'no token', authorization: () => undefined },
  { name: 'a garbage token', authorization: () => 'Bearer not-a-token' },
  {
    name: 'a token signed with another key',
    authorization: () => `Bearer ${forgedToken('HS256')}`,
  },
  {
    name: 'an unsigned token',
    authorization: () => `Bearer ${forgedToken('none')}`,
  },
];

describe('without a valid access token', () => {
  it('the route lists name every /v1 route the API documents', async () => {
    const description = await api.call('GET', '/docs/json');

    const paths = Object.entries(description.body.paths as object);
    const documented = paths
      .filter(([path]) => path.startsWith('/v1/'))
      .flatMap(([path, operations]) =>
        Object.keys(operations as object).map(
          (method) => `${method.toUpperCase()} ${path}`,
        ),
      );
    expect(documented.sort()).toEqual(
      [...publicRoutes, ...protectedRoutes].sort(),
    );
  });

  const cases = protectedRoutes.flatMap((route) =>
    badCredentials.map((credentials) => ({
      name: `${route} with ${credentials.name} is refused (401 authentication-required)`,
      route,
      credentials,
    })),
  );

  it.each(named(cases))('%s', async (_name, { route, credentials }) => {
    const [method = '', path = ''] = route.split(' ');
    const authorization = credentials.authorization();
    // Authentication comes before validation: an empty body is no 400.
    const writes = method === 'POST' || method === 'PATCH';

    const response = await api.call(
      method,
      path.replace('{id}', randomUUID()),
      {
        headers: authorization ? { authorization } : {},
        ...(writes ? { body: {} } : {}),
      },
    );

    expectOutcome(response, '401 authentication-required');
  });

  it('the health check answers without a token', async () => {
    const response = await api.call('GET', '/v1/health');

    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
  });
});

function refresh(refreshToken: string): Promise<Response> {
  return api.call('POST', '/v1/auth/refresh', {
    body: { refresh_token: refreshToken },
  });
}

describe('sessions', () => {
  it('after signing out, the same access token is refused (401 session-expired)', async () => {
    const session = await signInWithTokens(api, staff.northsideAdmin.email);
    const token = session.access_token;
    expect((await api.call('GET', '/v1/me', { token })).status).toBe(200);

    const logout = await api.call('POST', '/v1/auth/logout', { token });

    expect(logout.status).toBe(204);
    const me = await api.call('GET', '/v1/me', { token });
    expectOutcome(me, '401 session-expired');
    const library = await api.call('GET', '/v1/exercises', { token });
    expectOutcome(library, '401 session-expired');
    const refreshed = await refresh(session.refresh_token);
    expectOutcome(refreshed, '401 invalid-refresh-token');
  });

  it('a refresh token buys one new pair of tokens, and they work', async () => {
    const first = await signInWithTokens(api, staff.northsideSpecialist.email);

    const second = await refresh(first.refresh_token);

    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    const me = await api.call('GET', '/v1/me', {
      token: second.body.access_token,
    });
    expect(me.body.user.email).toBe(staff.northsideSpecialist.email);
  });

  it('replaying a used refresh token is refused and ends the whole session', async () => {
    const first = await signInWithTokens(api, staff.northsideSpecialist.email);
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);

    const replay = await refresh(first.refresh_token);

    expectOutcome(replay, '401 invalid-refresh-token');
    // Whoever held the rotated token is signed out as well.
    const rotated = await refresh(second.body.refresh_token);
    expectOutcome(rotated, '401 invalid-refresh-token');
    for (const token of [first.access_token, second.body.access_token]) {
      const me = await api.call('GET', '/v1/me', { token });
      expectOutcome(me, '401 session-expired');
    }
  });

  it('ten failed sign-ins in a minute lock the account out (429 rate-limited), not its colleagues', async () => {
    const email = 'specialist@lakeview.test';
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const failed = await api.call('POST', '/v1/auth/login', {
        body: { email, password: `wrong-${attempt}` },
      });
      expectOutcome(failed, '401 invalid-credentials');
    }

    const locked = await api.call('POST', '/v1/auth/login', {
      body: { email, password: 'motus-demo' },
    });

    expectOutcome(locked, '429 rate-limited');
    // The counter is per account: a colleague at the same address signs in.
    await signInWithTokens(api, staff.lakeviewAdmin.email);
  });
});

describe('GET /v1/me', () => {
  it.each(
    casesPerRole((role) => {
      const { clinic, clinicRole } = staff[role];
      return {
        name: `${staff[role].name} is told their clinic (${clinic ?? 'none'}) and role (${clinicRole ?? 'none'})`,
      };
    }),
  )('%s', async (_name, { role }) => {
    const response = await api.call('GET', '/v1/me', { token: tokens[role] });

    const { email, clinic, clinicRole } = staff[role];
    expect(response.status).toBe(200);
    expect({
      email: response.body.user.email,
      organization: response.body.organization?.slug ?? null,
      role: response.body.role,
      superadmin: response.body.user.is_superadmin,
    }).toEqual({
      email,
      organization: clinic ? clinicSlugs[clinic] : null,
      role: clinicRole,
      superadmin: role === 'superadmin',
    });
  });
});
