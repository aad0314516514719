/**
 * What lets a clinician unlock the workstation without the server: a
 * PBKDF2-SHA-256 hash of the password made at the last online sign-in.
 * The password itself is never kept. Web Crypto only, so it runs in the
 * renderer and in Node's tests alike.
 */
export interface OfflineKey {
  /** Base64 of 16 random bytes. */
  salt: string;
  iterations: number;
  /** Base64 of the 32-byte derived key. */
  hash: string;
}

// OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 s here.
export const offlineKeyIterations = 600_000;

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (char) => char.charCodeAt(0));
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

/** A fresh key for `password`, with a new random salt. */
export async function makeOfflineKey(
  password: string,
  iterations = offlineKeyIterations,
): Promise<OfflineKey> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(password, salt, iterations);
  return { salt: toBase64(salt), iterations, hash: toBase64(hash) };
}

/** Whether `password` is the one `key` was made from. */
export async function matchesOfflineKey(
  password: string,
  key: OfflineKey,
): Promise<boolean> {
  const expected = fromBase64(key.hash);
  const actual = await derive(password, fromBase64(key.salt), key.iterations);
  if (actual.length !== expected.length) return false;
  // Every byte is compared, so the time taken says nothing of the match.
  let difference = 0;
  actual.forEach((byte, index) => {
    difference |= byte ^ (expected[index] ?? 0);
  });
  return difference === 0;
}
