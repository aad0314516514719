import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SessionCipher } from '../../src-main/session-vault';
import type { WorkstationSession } from '../../shared/schemas/workstation-session';

/**
 * A real AES-256-GCM cipher in the shape of Electron's `safeStorage`, for
 * running the session vault without the Electron binary. Like
 * `safeStorage`, it throws when asked to decrypt what it did not encrypt.
 */
export function aesCipher(
  options: { available?: boolean; backend?: string } = {},
): SessionCipher {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => options.available ?? true,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString: (plainText) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString: (encrypted) => {
      const decipher = createDecipheriv(
        'aes-256-gcm',
        key,
        encrypted.subarray(0, 12),
      );
      decipher.setAuthTag(encrypted.subarray(12, 28));
      const body = encrypted.subarray(28);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/** A well-formed session of a clinic specialist. */
export function specialistSession(): WorkstationSession {
  return {
    user: {
      user: {
        id: '6f1c1e0a-2b3d-4c5e-8f70-9a1b2c3d4e5f',
        email: 'specialist@northside.test',
        display_name: 'Ana Ionescu',
        is_superadmin: false,
      },
      organization: {
        id: '0b9e8d7c-6a5f-4e3d-9c2b-1a0f9e8d7c6b',
        name: 'Northside Physio',
        slug: 'northside',
      },
      role: 'specialist',
    },
    tokens: {
      access_token: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmEifQ.c2lnbmF0dXJl',
      refresh_token: 'refresh-3f6b2a9c8d7e4f10a1b2c3d4',
    },
    offline_key: {
      salt: 'c2FsdC1vZi1zaXh0ZWVuLWJ5dGVz',
      iterations: 210_000,
      hash: 'aGFzaC1vZi10aGlydHktdHdvLWJ5dGVzLWxvbmctZW5vdWdo',
    },
    saved_at: '2025-03-14T09:26:53.589Z',
  };
}
