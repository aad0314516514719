import { createHmac, randomUUID } from 'node:crypto';

function encodeJson(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * A well-formed, unexpired access token for a made-up session that the
 * server did not sign: HMAC-signed with another key, or not signed at all
 * (`alg: none`). The server must refuse both.
 */
export function forgedToken(algorithm: 'HS256' | 'none'): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { sid: randomUUID(), sub: randomUUID(), iat: now };
  const unsigned = [
    encodeJson({ alg: algorithm, typ: 'JWT' }),
    encodeJson({ ...claims, exp: now + 600 }),
  ].join('.');
  if (algorithm === 'none') return `${unsigned}.`;
  const signature = createHmac('sha256', 'not-the-server-signing-key')
    .update(unsigned)
    .digest('base64url');
  return `${unsigned}.${signature}`;
}
