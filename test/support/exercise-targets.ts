import type { StaffRole } from './demo-staff';

// The kinds of exercise the authorization matrix acts on: one of each scope
// (global, Northside, Lakeview) and status (published, draft).

export type Target =
  | 'globalPublished'
  | 'globalDraft'
  | 'northsidePublished'
  | 'northsideDraft'
  | 'lakeviewPublished'
  | 'lakeviewDraft';

export interface TargetKind {
  name: string;
  /** Who makes a fresh one: the superadmin, or the clinic's admin. */
  curator: StaffRole;
  status: 'draft' | 'published';
  /** The demo exercise of this kind that read-only cases look at. */
  seededSlug?: string;
}

export const targets: Record<Target, TargetKind> = {
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
export const targetNames = Object.keys(targets) as Target[];
