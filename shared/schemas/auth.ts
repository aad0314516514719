import { Type, type Static } from 'typebox';
import { organizationRoles } from '../domain';
import { Nullable, Uuid } from './common';

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
    organization_id: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const RefreshBody = Type.Object(
  { refresh_token: Type.String({ minLength: 20, maxLength: 200 }) },
  { additionalProperties: false },
);
export type RefreshBody = Static<typeof RefreshBody>;

export const TokenResponse = Type.Object({
  access_token: Type.String(),
  token_type: Type.Literal('Bearer'),
  /** Seconds until the access token expires. */
  expires_in: Type.Integer(),
  refresh_token: Type.String(),
});
export type TokenResponse = Static<typeof TokenResponse>;

export const MeResponse = Type.Object({
  user: Type.Object({
    id: Uuid,
    email: Type.String(),
    display_name: Type.String(),
    is_superadmin: Type.Boolean(),
  }),
  organization: Nullable(
    Type.Object({ id: Uuid, name: Type.String(), slug: Type.String() }),
  ),
  role: Nullable(Type.Enum(organizationRoles)),
});
export type MeResponse = Static<typeof MeResponse>;
