import type pg from 'pg';
import {
  lakeviewExercises,
  northsideExercises,
} from '../../shared/library/demo-clinics';
import { globalExercises } from '../../shared/library/global';
import { hashPassword } from '../auth/passwords';
import { loadTermIds, syncLibraryExercise } from './library-writer';
import {
  demoAccounts,
  demoClinics,
  demoPassword,
  type DemoAccount,
} from './demo-accounts';

async function upsertClinic(
  owner: pg.ClientBase,
  clinic: { slug: string; name: string },
): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(
    `INSERT INTO organizations (slug, name) VALUES ($1, $2)
     ON CONFLICT (slug) DO UPDATE SET name = EXCLUDED.name
     RETURNING id`,
    [clinic.slug, clinic.name],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`clinic ${clinic.slug} missing after upsert`);
  return id;
}

/** Creates the account if missing; an existing password is left alone. */
async function ensureAccount(
  owner: pg.ClientBase,
  account: DemoAccount,
  passwordHash: string,
): Promise<string> {
  await owner.query(
    `INSERT INTO users (email, display_name, password_hash, is_superadmin)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (lower(email)) DO NOTHING`,
    [account.email, account.displayName, passwordHash, account.superadmin],
  );
  const { rows } = await owner.query<{ id: string }>(
    'SELECT id FROM users WHERE lower(email) = lower($1)',
    [account.email],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('demo account missing after insert');
  return id;
}

export interface DemoSeedResult {
  accountsCreated: boolean;
  exercisesAdded: number;
}

/**
 * The demo clinics, accounts and library. Idempotent: accounts and
 * exercises that exist (by email, by slug) are kept as they are.
 */
export async function seedDemoData(
  owner: pg.ClientBase,
): Promise<DemoSeedResult> {
  const { rowCount } = await owner.query('SELECT 1 FROM users LIMIT 1');
  const passwordHash = await hashPassword(demoPassword);

  const clinicIds = {
    northside: await upsertClinic(owner, demoClinics.northside),
    lakeview: await upsertClinic(owner, demoClinics.lakeview),
  };
  const accountIds = new Map<string, string>();
  for (const account of demoAccounts) {
    const userId = await ensureAccount(owner, account, passwordHash);
    accountIds.set(account.email, userId);
    if (account.clinic && account.role) {
      await owner.query(
        `INSERT INTO organization_memberships (organization_id, user_id, role)
         VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
        [clinicIds[account.clinic], userId, account.role],
      );
    }
  }

  let added = 0;
  const globalTerms = await loadTermIds(owner, null);
  const superadminId = accountIds.get('superadmin@motus.test') ?? null;
  for (const exercise of globalExercises) {
    const target = {
      organizationId: null,
      status: 'published' as const,
      createdBy: superadminId,
    };
    const change = await syncLibraryExercise(
      owner,
      target,
      globalTerms,
      exercise,
      false,
    );
    if (change === 'added') added += 1;
  }

  const clinicExercises = {
    northside: northsideExercises,
    lakeview: lakeviewExercises,
  };
  for (const clinic of ['northside', 'lakeview'] as const) {
    const organizationId = clinicIds[clinic];
    const terms = await loadTermIds(owner, organizationId);
    const createdBy = accountIds.get(`admin@${clinic}.test`) ?? null;
    for (const exercise of clinicExercises[clinic]) {
      const target = { organizationId, status: exercise.status, createdBy };
      const change = await syncLibraryExercise(
        owner,
        target,
        terms,
        exercise,
        false,
      );
      if (change === 'added') added += 1;
    }
  }
  return { accountsCreated: rowCount === 0, exercisesAdded: added };
}
