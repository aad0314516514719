import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { MeResponse } from './auth';

/**
 * What a workstation keeps of a sign-in between launches: who signed in,
 * their token pair, and what it needs to let them back in offline. The
 * desktop shell keeps it in its session vault (encrypted with the
 * operating system's keychain where there is one); a plain browser keeps
 * it in IndexedDB.
 */

/** Standard base64 with padding, as `btoa` and `Buffer` write it. */
function Base64(minLength: number, maxLength: number) {
  return Type.String({
    pattern: '^[A-Za-z0-9+/]*={0,2}$',
    minLength,
    maxLength,
  });
}

/**
 * Enough to check the user's password offline, never the password itself:
 * a PBKDF2 hash of it with its own random salt.
 */
export const OfflineKey = Type.Object(
  {
    salt: Base64(16, 256),
    /** PBKDF2 rounds; below 100 000 a stolen hash is cheap to crack. */
    iterations: Type.Integer({ minimum: 100_000, maximum: 10_000_000 }),
    hash: Base64(16, 512),
  },
  { additionalProperties: false },
);
export type OfflineKey = Static<typeof OfflineKey>;

export const WorkstationSession = Type.Object(
  {
    user: MeResponse,
    tokens: Type.Object(
      {
        access_token: Type.String({ minLength: 1, maxLength: 4096 }),
        // The same bounds the server puts on a refresh request.
        refresh_token: Type.String({ minLength: 20, maxLength: 200 }),
      },
      { additionalProperties: false },
    ),
    offline_key: OfflineKey,
    /** When the session was last written, e.g. after a token renewal. */
    saved_at: Type.String({ format: 'date-time', maxLength: 40 }),
  },
  { additionalProperties: false },
);
export type WorkstationSession = Static<typeof WorkstationSession>;

/**
 * The most a stored session may weigh as JSON, in UTF-16 code units. The
 * user's profile has no bounds of its own, so this keeps a hostile caller
 * from filling the disk or the vault through one oversized name.
 */
export const maxSessionLength = 64 * 1024;

/**
 * Whether `value` is a session the vault may store or hand back: it matches
 * {@link WorkstationSession} (formats included) and stays under
 * {@link maxSessionLength}. Anything read from disk, IndexedDB or across
 * IPC goes through here first.
 */
export function isWorkstationSession(
  value: unknown,
): value is WorkstationSession {
  if (!Value.Check(WorkstationSession, value)) return false;
  return JSON.stringify(value).length <= maxSessionLength;
}
