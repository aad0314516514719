import { createHash, randomBytes } from 'node:crypto';

/** Refresh tokens live 30 days past their last use. */
export const refreshTokenLifetime = '30 days';
/** Access tokens live 15 minutes; the app refreshes them. */
export const accessTokenSeconds = 15 * 60;

export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The server stores only this digest of a refresh token. */
export function digestRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
