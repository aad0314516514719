import { expect } from 'vitest';
import type { ErrorCode } from '../../shared/errors';
import { demoPassword } from '../../server/seed/demo-accounts';
import type { OrganizationRole } from '../../shared/domain';
import type { TestServer } from './test-server';

export type StaffRole =
  'superadmin' | 'northsideAdmin' | 'northsideSpecialist' | 'lakeviewAdmin';

export type Clinic = 'northside' | 'lakeview';

export interface StaffMember {
  email: string;
  /** How a test name refers to them: "a Northside admin". */
  name: string;
  clinic: Clinic | null;
  /** Their role in that clinic; the superadmin works in none. */
  clinicRole: OrganizationRole | null;
}

/** Demo accounts of every kind of staff, one clinic of each admin. */
export const staff: Record<StaffRole, StaffMember> = {
  superadmin: {
    email: 'superadmin@motus.test',
    name: 'the superadmin',
    clinic: null,
    clinicRole: null,
  },
  northsideAdmin: {
    email: 'admin@northside.test',
    name: 'a Northside admin',
    clinic: 'northside',
    clinicRole: 'admin',
  },
  northsideSpecialist: {
    email: 'specialist@northside.test',
    name: 'a Northside specialist',
    clinic: 'northside',
    clinicRole: 'specialist',
  },
  lakeviewAdmin: {
    email: 'admin@lakeview.test',
    name: 'a Lakeview admin',
    clinic: 'lakeview',
    clinicRole: 'admin',
  },
};

export const staffRoles = Object.keys(staff) as StaffRole[];

/** The slugs of the demo clinics (see server/seed/demo-accounts.ts). */
export const clinicSlugs: Record<Clinic, string> = {
  northside: 'northside-physio',
  lakeview: 'lakeview-rehab',
};

/**
 * What a request should come back with: a success status, or an error
 * status and its code, written as it reads ("403 delete-forbidden").
 */
export type Outcome =
  '200' | '201' | '204' | `${401 | 403 | 404 | 429} ${ErrorCode}`;

export function isAllowed(outcome: Outcome): boolean {
  return outcome.startsWith('2');
}

/** Asserts status and error code together, so a failure shows both. */
export function expectOutcome(
  response: { status: number; body: any },
  outcome: Outcome,
): void {
  const [status, code] = outcome.split(' ');
  expect({
    status: response.status,
    code: response.body?.error?.code,
  }).toEqual({ status: Number(status), code });
}

/** Every exercise a list query returns, across all of its pages. */
export async function listAllExercises(
  api: TestServer,
  token: string,
  query: Record<string, string>,
): Promise<any[]> {
  const exercises: any[] = [];
  for (let page = 1; ; page += 1) {
    const search = new URLSearchParams({
      ...query,
      limit: '100',
      page: String(page),
    });
    const response = await api.call(
      'GET',
      `/v1/exercises?${search.toString()}`,
      {
        token,
      },
    );
    expect(response.status).toBe(200);
    exercises.push(...response.body.exercises);
    if (page >= response.body.total_pages) return exercises;
  }
}

/**
 * Table cases as `[name, case]` rows for `it.each(...)('%s', …)`: the name
 * prints whole, where `$name` would quote and truncate it.
 */
export function named<T extends { name: string }>(
  cases: readonly T[],
): [string, T][] {
  return cases.map((entry) => [entry.name, entry]);
}

/** One named case per kind of staff, each with its `role`. */
export function casesPerRole<T extends { name: string }>(
  build: (role: StaffRole) => T,
): [string, T & { role: StaffRole }][] {
  return named(staffRoles.map((role) => ({ ...build(role), role })));
}

/** Signs in a demo account and returns both of its tokens. */
export async function signInWithTokens(
  api: TestServer,
  email: string,
): Promise<{ access_token: string; refresh_token: string }> {
  const response = await api.call('POST', '/v1/auth/login', {
    body: { email, password: demoPassword },
  });
  expect(response.status).toBe(200);
  return response.body;
}
