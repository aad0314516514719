import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clinicSlugs,
  named,
  staff,
  type StaffRole,
} from './support/demo-staff';
import { startTestServer, type TestServer } from './support/test-server';

// The policies on their own, without the server's queries in front: these
// tests connect as motus_app, the role the server uses, open a request the
// way the server does (motus.begin_request) and run SQL that forgets its
// filters. Every transaction is rolled back, so no test sees another's.

let api: TestServer;
let owner: pg.Pool;
let app: pg.Pool;
const sessions = {} as Record<StaffRole, string>;

/** The session an access token was issued for (its `sid` claim). */
function sessionIdOf(accessToken: string): string {
  const payload = accessToken.split('.')[1] ?? '';
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  return claims.sid as string;
}

/**
 * Runs `work` as motus_app in a transaction that is always rolled back,
 * bound to the session if one is given, as the server binds a request.
 */
async function asApp<T>(
  sessionId: string | null,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await app.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL search_path = motus, public');
    if (sessionId) {
      const { rows } = await client.query(
        'SELECT * FROM motus.begin_request($1)',
        [sessionId],
      );
      expect(rows, 'the session is live').toHaveLength(1);
    }
    return await work(client);
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

function asStaff<T>(
  role: StaffRole,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return asApp(sessions[role], work);
}

/** The `count` column of the first row, as a number. */
async function countOf(
  client: Pick<pg.Pool, 'query'>,
  sql: string,
  params: unknown[] = [],
): Promise<number> {
  const { rows } = await client.query<{ count: string | number }>(sql, params);
  // count(*) is a bigint, which pg hands over as a string.
  return Number(rows[0]?.count);
}

// Ids looked up as the owner, whom row-level security does not bind.
const known = {
  northsideId: '',
  lakeviewId: '',
  northsideUserIds: [] as string[],
  northsideExerciseIds: [] as string[],
  northsideDraftId: '',
};

beforeAll(async () => {
  api = await startTestServer();
  owner = new pg.Pool({
    connectionString: api.database.ownerUrl,
    options: '-c search_path=motus,public',
  });
  app = new pg.Pool({ connectionString: api.database.appUrl });

  const tokens = {} as Record<StaffRole, string>;
  for (const role of Object.keys(staff) as StaffRole[]) {
    tokens[role] = await api.signIn(staff[role].email);
    sessions[role] = sessionIdOf(tokens[role]);
  }

  const clinics = await owner.query<{ id: string; slug: string }>(
    'SELECT id, slug FROM organizations',
  );
  const idOf = (slug: string) =>
    clinics.rows.find((clinic) => clinic.slug === slug)?.id ?? '';
  known.northsideId = idOf(clinicSlugs.northside);
  known.lakeviewId = idOf(clinicSlugs.lakeview);
  const members = await owner.query<{ user_id: string }>(
    'SELECT user_id FROM organization_memberships WHERE organization_id = $1',
    [known.northsideId],
  );
  known.northsideUserIds = members.rows.map((row) => row.user_id);
  const exercises = await owner.query<{ id: string; status: string }>(
    'SELECT id, status FROM exercises WHERE organization_id = $1',
    [known.northsideId],
  );
  known.northsideExerciseIds = exercises.rows.map((row) => row.id);
  known.northsideDraftId =
    exercises.rows.find((row) => row.status === 'draft')?.id ?? '';

  // A global draft and a Northside term of each taxonomy, made through the
  // API, so that each has something to hide.
  const draft = await api.call('POST', '/v1/exercises', {
    token: tokens.superadmin,
    body: { name: 'Unreleased Platform Exercise', difficulty: 'beginner' },
  });
  expect(draft.status).toBe(201);
  for (const [path, extra] of [
    ['/v1/exercise-categories', {}],
    ['/v1/exercise-body-regions', { body_area: 'core' }],
    ['/v1/exercise-equipment', {}],
  ] as const) {
    const term = await api.call('POST', path, {
      token: tokens.northsideAdmin,
      body: { name: 'Northside House Term', ...extra },
    });
    expect(term.status).toBe(201);
  }
});

afterAll(async () => {
  await app.end();
  await owner.end();
  await api.close();
});

describe('the server’s database role', () => {
  it('is neither a superuser nor exempt from row-level security', async () => {
    const { rows } = await owner.query(
      `SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'motus_app'`,
    );

    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false }]);
  });

  it('owns no table, so every policy binds it', async () => {
    const { rows } = await owner.query(
      `SELECT tablename FROM pg_tables
       WHERE schemaname = 'motus' AND tableowner = 'motus_app'`,
    );

    expect(rows).toEqual([]);
  });

  it('reaches no table that lacks row-level security', async () => {
    const { rows } = await owner.query(
      `SELECT c.relname FROM pg_class c
       WHERE c.relnamespace = 'motus'::regnamespace AND c.relkind = 'r'
         AND NOT c.relrowsecurity
         AND has_table_privilege('motus_app', c.oid, 'SELECT')`,
    );

    expect(rows).toEqual([]);
  });
});

// Each query asks for Northside rows by id or clinic and forgets every
// other filter. The owner counts what is there; Northside's admin sees it
// all; Lakeview's admin sees none of it.
const northsideQueries = [
  {
    table: 'exercises',
    sql: 'SELECT count(*) AS count FROM exercises WHERE organization_id = $1',
    params: () => [known.northsideId],
  },
  ...[
    'exercise_instructions',
    'exercise_contraindications',
    'exercise_tags',
  ].map((table) => ({
    table,
    sql: `SELECT count(*) AS count FROM ${table} WHERE exercise_id = ANY($1::uuid[])`,
    params: () => [known.northsideExerciseIds],
  })),
  ...['exercise_categories', 'exercise_body_regions', 'exercise_equipment'].map(
    (table) => ({
      table,
      sql: `SELECT count(*) AS count FROM ${table} WHERE organization_id = $1`,
      params: () => [known.northsideId],
    }),
  ),
  {
    table: 'users',
    sql: 'SELECT count(*) AS count FROM users WHERE id = ANY($1::uuid[])',
    params: () => [known.northsideUserIds],
  },
  {
    table: 'organizations',
    sql: 'SELECT count(*) AS count FROM organizations WHERE id = $1',
    params: () => [known.northsideId],
  },
  {
    table: 'organization_memberships',
    sql: 'SELECT count(*) AS count FROM organization_memberships WHERE organization_id = $1',
    params: () => [known.northsideId],
  },
];

describe('a query that forgets its clinic filter', () => {
  it.each(
    named(
      northsideQueries.map((query) => ({
        name: `a Lakeview admin reads no Northside rows of ${query.table}`,
        ...query,
      })),
    ),
  )('%s', async (_name, { sql, params }) => {
    const present = await countOf(owner, sql, params());
    expect(present).toBeGreaterThan(0);

    const seen = {
      northside: await asStaff('northsideAdmin', (c) =>
        countOf(c, sql, params()),
      ),
      lakeview: await asStaff('lakeviewAdmin', (c) =>
        countOf(c, sql, params()),
      ),
    };

    expect(seen).toEqual({ northside: present, lakeview: 0 });
  });

  it('counting every exercise, a Lakeview admin counts the global library and Lakeview’s own', async () => {
    const expected = await countOf(
      owner,
      `SELECT count(*) AS count FROM exercises
       WHERE (organization_id IS NULL AND status <> 'draft')
         OR organization_id = $1`,
      [known.lakeviewId],
    );

    const counted = await asStaff('lakeviewAdmin', (c) =>
      countOf(c, 'SELECT count(*) AS count FROM exercises'),
    );

    expect(counted).toBe(expected);
  });

  it('the superadmin sees the global drafts but no clinic’s exercises, terms or staff', async () => {
    const globalDrafts = `SELECT count(*) AS count FROM exercises
      WHERE organization_id IS NULL AND status = 'draft'`;
    const clinicRows = `SELECT
      (SELECT count(*) FROM exercises WHERE organization_id IS NOT NULL)
      + (SELECT count(*) FROM exercise_categories
         WHERE organization_id IS NOT NULL)
      + (SELECT count(*) FROM organization_memberships) AS count`;
    expect(await countOf(owner, globalDrafts)).toBeGreaterThan(0);
    expect(await countOf(owner, clinicRows)).toBeGreaterThan(0);

    const seen = await asStaff('superadmin', async (c) => ({
      globalDrafts: await countOf(c, globalDrafts),
      clinicRows: await countOf(c, clinicRows),
      users: await countOf(c, 'SELECT count(*) AS count FROM users'),
    }));

    expect(seen).toEqual({
      globalDrafts: await countOf(owner, globalDrafts),
      clinicRows: 0,
      users: 1,
    });
  });
});

describe('what the server’s role may never read', () => {
  it.each(['auth_sessions', 'server_secrets', 'rate_limit_counters'])(
    '%s is out of reach, even inside a session',
    async (table) => {
      await asStaff('northsideAdmin', async (client) => {
        await expect(
          client.query(`SELECT count(*) FROM ${table}`),
        ).rejects.toMatchObject({
          code: '42501',
          message: `permission denied for table ${table}`,
        });
      });
    },
  );

  it('users.password_hash cannot be selected, though the other columns can', async () => {
    await asStaff('northsideAdmin', async (client) => {
      const own = await client.query(
        'SELECT email FROM users WHERE id = current_user_id()',
      );
      expect(own.rows).toEqual([{ email: staff.northsideAdmin.email }]);

      await expect(
        client.query('SELECT password_hash FROM users'),
      ).rejects.toMatchObject({ code: '42501' });
    });
  });

  it('without begin_request there is no caller, and nothing to see', async () => {
    const everything = `SELECT
      (SELECT count(*) FROM exercises) + (SELECT count(*) FROM users)
      + (SELECT count(*) FROM organizations)
      + (SELECT count(*) FROM exercise_categories)
      + (SELECT count(*) FROM exercise_instructions) AS count`;
    expect(await countOf(owner, everything)).toBeGreaterThan(0);

    const seen = await asApp(null, (c) => countOf(c, everything));

    expect(seen).toBe(0);
  });

  it('a signed-out session opens no request', async () => {
    const token = await api.signIn('specialist@lakeview.test');
    const logout = await api.call('POST', '/v1/auth/logout', { token });
    expect(logout.status).toBe(204);

    const opened = await asApp(null, async (client) => {
      const { rows } = await client.query(
        'SELECT * FROM motus.begin_request($1)',
        [sessionIdOf(token)],
      );
      return {
        callers: rows.length,
        exercises: await countOf(
          client,
          'SELECT count(*) AS count FROM exercises',
        ),
      };
    });

    expect(opened).toEqual({ callers: 0, exercises: 0 });
  });

  it('a pooled connection forgets its caller when the transaction ends', async () => {
    const client = await app.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT * FROM motus.begin_request($1)', [
        sessions.northsideAdmin,
      ]);
      await client.query('COMMIT');

      await client.query('BEGIN');
      await client.query('SET LOCAL search_path = motus, public');
      const left = await countOf(
        client,
        'SELECT count(*) AS count FROM exercises',
      );
      await client.query('ROLLBACK');

      expect(left).toBe(0);
    } finally {
      // Not given back: this test leaves the connection in no known state.
      client.release(true);
    }
  });
});

describe('writes that go around the API', () => {
  it('a Lakeview admin’s UPDATE of Northside exercises changes no row', async () => {
    const result = await asStaff('lakeviewAdmin', (client) =>
      client.query(
        `UPDATE exercises SET name = 'x' WHERE organization_id = $1`,
        [known.northsideId],
      ),
    );

    expect(result.rowCount).toBe(0);
  });

  it('a Lakeview admin’s DELETE of Northside instructions removes no row', async () => {
    const result = await asStaff('lakeviewAdmin', (client) =>
      client.query(
        'DELETE FROM exercise_instructions WHERE exercise_id = ANY($1::uuid[])',
        [known.northsideExerciseIds],
      ),
    );

    expect(result.rowCount).toBe(0);
  });

  it('a Northside admin’s UPDATE of the global library changes no row', async () => {
    const result = await asStaff('northsideAdmin', (client) =>
      client.query(
        `UPDATE exercises SET name = 'x' WHERE organization_id IS NULL`,
      ),
    );

    expect(result.rowCount).toBe(0);
  });

  const refusedInserts = [
    {
      name: 'a clinic admin cannot INSERT a global exercise',
      role: 'northsideAdmin' as const,
      sql: `INSERT INTO exercises (organization_id, name, slug, difficulty)
            VALUES (NULL, 'Sneaked In', 'sneaked-in', 'beginner')`,
      params: () => [],
    },
    {
      name: 'a Northside admin cannot INSERT an exercise into Lakeview',
      role: 'northsideAdmin' as const,
      sql: `INSERT INTO exercises (organization_id, name, slug, difficulty)
            VALUES ($1, 'Sneaked In', 'sneaked-in', 'beginner')`,
      params: () => [known.lakeviewId],
    },
    {
      name: 'a Lakeview admin cannot INSERT an instruction into a Northside exercise',
      role: 'lakeviewAdmin' as const,
      sql: `INSERT INTO exercise_instructions (exercise_id, sort_order, type, text)
            VALUES ($1, 99, 'step', 'Sneaked in.')`,
      params: () => [known.northsideExerciseIds[0]],
    },
    {
      name: 'a clinic admin cannot INSERT a global category',
      role: 'northsideAdmin' as const,
      sql: `INSERT INTO exercise_categories (organization_id, slug, name)
            VALUES (NULL, 'sneaked-in', 'Sneaked In')`,
      params: () => [],
    },
    {
      name: 'a specialist cannot INSERT a category into their own clinic',
      role: 'northsideSpecialist' as const,
      sql: `INSERT INTO exercise_categories (organization_id, slug, name)
            VALUES ($1, 'sneaked-in', 'Sneaked In')`,
      params: () => [known.northsideId],
    },
  ];

  it.each(named(refusedInserts))(
    '%s (42501)',
    async (_name, { role, sql, params }) => {
      await asStaff(role, async (client) => {
        await expect(client.query(sql, params())).rejects.toMatchObject({
          code: '42501',
          message: expect.stringMatching(/violates row-level security policy/),
        });
      });
    },
  );

  it('nobody may DELETE an exercise row: deleting is a soft delete', async () => {
    await asStaff('northsideAdmin', async (client) => {
      await expect(
        client.query('DELETE FROM exercises WHERE id = $1', [
          known.northsideDraftId,
        ]),
      ).rejects.toMatchObject({
        code: '42501',
        message: 'permission denied for table exercises',
      });
    });
  });

  it('a specialist may rename their clinic’s draft directly', async () => {
    const result = await asStaff('northsideSpecialist', (client) =>
      client.query(`UPDATE exercises SET name = 'Renamed' WHERE id = $1`, [
        known.northsideDraftId,
      ]),
    );

    expect(result.rowCount).toBe(1);
  });

  // Rules a policy cannot state, held by the exercises_guard trigger.
  const guardedWrites = [
    {
      name: 'a specialist’s direct UPDATE of status',
      role: 'northsideSpecialist' as const,
      sql: `UPDATE exercises SET status = 'published' WHERE id = $1`,
      params: () => [known.northsideDraftId],
      code: 'status-change-forbidden',
    },
    {
      name: 'a specialist’s direct UPDATE of deleted_at',
      role: 'northsideSpecialist' as const,
      sql: 'UPDATE exercises SET deleted_at = now() WHERE id = $1',
      params: () => [known.northsideDraftId],
      code: 'delete-forbidden',
    },
    {
      name: 'a specialist’s direct INSERT of a published exercise',
      role: 'northsideSpecialist' as const,
      sql: `INSERT INTO exercises (organization_id, name, slug, difficulty, status)
            VALUES ($1, 'Sneaked In', 'sneaked-in', 'beginner', 'published')`,
      params: () => [known.northsideId],
      code: 'status-change-forbidden',
    },
    {
      name: 'a Northside admin’s direct move of an exercise to Lakeview',
      role: 'northsideAdmin' as const,
      sql: 'UPDATE exercises SET organization_id = $2 WHERE id = $1',
      params: () => [known.northsideDraftId, known.lakeviewId],
      code: 'organization-change-forbidden',
    },
  ];

  it.each(
    named(
      guardedWrites.map((write) => ({
        ...write,
        name: `${write.name} raises ${write.code} (MT403)`,
      })),
    ),
  )('%s', async (_name, { role, sql, params, code }) => {
    await asStaff(role, async (client) => {
      await expect(client.query(sql, params())).rejects.toMatchObject({
        code: 'MT403',
        message: code,
      });
    });
  });
});

describe('who the caller is', () => {
  // The superadmin's id is public (created_by of every global exercise):
  // setting it as a variable must not make a connection the superadmin.
  // Only the id of a live session does, and only its token holder has it.
  it('cannot be claimed by setting a user id or a made-up session id', async () => {
    const { rows } = await owner.query<{ id: string }>(
      'SELECT id FROM users WHERE is_superadmin',
    );
    const superadminId = rows[0]?.id;
    expect(superadminId).toBeDefined();

    const seen = await asApp(null, async (client) => {
      await client.query(
        `SELECT set_config('motus.session_id', gen_random_uuid()::text, true)`,
      );
      await client.query(`SELECT set_config('motus.user_id', $1, true)`, [
        superadminId,
      ]);
      return countOf(
        client,
        `SELECT count(*) FROM exercises WHERE status = 'draft'`,
      );
    });

    expect(seen).toBe(0);
  });
});
