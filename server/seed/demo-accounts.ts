import type { OrganizationRole } from '../../shared/domain';

/** The password of every demo account; printed on first start. */
export const demoPassword = 'motus-demo';

export interface DemoClinic {
  slug: string;
  name: string;
}

export const demoClinics = {
  northside: { slug: 'northside-physio', name: 'Northside Physio' },
  lakeview: { slug: 'lakeview-rehab', name: 'Lakeview Rehab' },
} as const satisfies Record<string, DemoClinic>;

export interface DemoAccount {
  email: string;
  displayName: string;
  superadmin: boolean;
  clinic?: keyof typeof demoClinics;
  role?: OrganizationRole;
}

export const demoAccounts: readonly DemoAccount[] = [
  {
    email: 'superadmin@motus.test',
    displayName: 'Platform Superadmin',
    superadmin: true,
  },
  {
    email: 'admin@northside.test',
    displayName: 'Nora Admin',
    superadmin: false,
    clinic: 'northside',
    role: 'admin',
  },
  {
    email: 'specialist@northside.test',
    displayName: 'Sam Specialist',
    superadmin: false,
    clinic: 'northside',
    role: 'specialist',
  },
  {
    email: 'admin@lakeview.test',
    displayName: 'Lena Admin',
    superadmin: false,
    clinic: 'lakeview',
    role: 'admin',
  },
  {
    email: 'specialist@lakeview.test',
    displayName: 'Leo Specialist',
    superadmin: false,
    clinic: 'lakeview',
    role: 'specialist',
  },
];
