import { describe, expect, it } from 'vitest';
import {
  canCloneExercise,
  canDeleteExercise,
  canEditExercise,
  nextStatusesFor,
} from '../../src-renderer/workstation/permissions';
import type { SignedInUser } from '../../src-renderer/workstation/signed-in-user';

const northside = { id: 'n-1', name: 'Northside Physio', slug: 'northside' };
const lakeview = { id: 'l-1', name: 'Lakeview Rehab', slug: 'lakeview' };

function staff(
  role: 'admin' | 'specialist',
  organization = northside,
): SignedInUser {
  return {
    id: `${role}-${organization.id}`,
    email: `${role}@${organization.slug}.test`,
    displayName: role,
    isSuperadmin: false,
    organization,
    role,
  };
}

const superadmin: SignedInUser = {
  id: 'root',
  email: 'superadmin@motus.test',
  displayName: 'Superadmin',
  isSuperadmin: true,
  organization: null,
  role: null,
};

const platformExercise = {
  organization_id: null,
  status: 'published' as const,
  deleted_at: null,
};
const northsideDraft = {
  organization_id: northside.id,
  status: 'draft' as const,
  deleted_at: null,
};

describe('what the screens offer each role', () => {
  it('lets clinic staff clone a platform exercise but not edit it', () => {
    for (const user of [staff('admin'), staff('specialist')]) {
      expect(canCloneExercise(user, platformExercise)).toBe(true);
      expect(canEditExercise(user, platformExercise)).toBe(false);
      expect(nextStatusesFor(user, platformExercise)).toEqual([]);
    }
  });

  it('lets a superadmin edit and move platform exercises', () => {
    expect(canEditExercise(superadmin, platformExercise)).toBe(true);
    expect(nextStatusesFor(superadmin, platformExercise)).toEqual(['archived']);
    expect(canDeleteExercise(superadmin, platformExercise)).toBe(true);
    // A superadmin belongs to no clinic to clone into.
    expect(canCloneExercise(superadmin, platformExercise)).toBe(false);
  });

  it('lets a specialist edit the clinic’s exercise but not publish or delete it', () => {
    const specialist = staff('specialist');
    expect(canEditExercise(specialist, northsideDraft)).toBe(true);
    expect(nextStatusesFor(specialist, northsideDraft)).toEqual([]);
    expect(canDeleteExercise(specialist, northsideDraft)).toBe(false);
  });

  it('lets a clinic admin publish and delete the clinic’s exercise', () => {
    const admin = staff('admin');
    expect(nextStatusesFor(admin, northsideDraft)).toEqual(['published']);
    expect(canDeleteExercise(admin, northsideDraft)).toBe(true);
  });

  it('gives another clinic’s staff nothing on Northside’s exercise', () => {
    const other = staff('admin', lakeview);
    expect(canEditExercise(other, northsideDraft)).toBe(false);
    expect(nextStatusesFor(other, northsideDraft)).toEqual([]);
    expect(canDeleteExercise(other, northsideDraft)).toBe(false);
  });

  it('offers nothing but cloning-free reading on a discontinued exercise', () => {
    const discontinued = {
      ...northsideDraft,
      deleted_at: '2026-01-01T00:00:00Z',
    };
    const admin = staff('admin');
    expect(canEditExercise(admin, discontinued)).toBe(false);
    expect(canCloneExercise(admin, discontinued)).toBe(false);
    expect(canDeleteExercise(admin, discontinued)).toBe(false);
  });
});
