import type { OrganizationRole } from '../../shared/domain';
import type { MeResponse } from '../../shared/schemas/auth';

/** Who is signed in on this workstation, as the screens need it. */
export interface SignedInUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly isSuperadmin: boolean;
  /** The clinic the session is for; null for a platform superadmin. */
  readonly organization: {
    readonly id: string;
    readonly name: string;
    readonly slug: string;
  } | null;
  /** The role in that clinic; null without a clinic. */
  readonly role: OrganizationRole | null;
}

export function signedInUserFrom(me: MeResponse): SignedInUser {
  return {
    id: me.user.id,
    email: me.user.email,
    displayName: me.user.display_name,
    isSuperadmin: me.user.is_superadmin,
    organization: me.organization,
    role: me.role,
  };
}
