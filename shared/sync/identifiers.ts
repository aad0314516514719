/**
 * Random identifiers for documents made on the workstation. Built on
 * `crypto.getRandomValues`, which browsers offer on plain-HTTP clinic
 * addresses too, where `crypto.randomUUID` is missing.
 */

function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  );
}

/** A version 4 UUID, for a new exercise or term. */
export function newDocumentId(): string {
  const bytes = randomBytes(16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const digits = hex(bytes);
  return [
    digits.slice(0, 8),
    digits.slice(8, 12),
    digits.slice(12, 16),
    digits.slice(16, 20),
    digits.slice(20),
  ].join('-');
}

/** A fresh revision for a document the workstation changed. */
export function newRevision(): string {
  return hex(randomBytes(16));
}
