import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { SessionProtection, SessionVault } from '../shared/ipc';
import {
  isWorkstationSession,
  type WorkstationSession,
} from '../shared/schemas/workstation-session';
import { createLogger } from './logger';

const log = createLogger('session-vault');

/**
 * What the vault needs of Electron's `safeStorage`; main passes
 * `safeStorage` itself, tests a cipher of their own.
 */
export interface SessionCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  /** Throws when `encrypted` was not written by this cipher. */
  decryptString(encrypted: Buffer): string;
  /** Linux only: which keyring holds the key, `basic_text` for none. */
  getSelectedStorageBackend?(): string;
}

export interface SessionVaultOptions {
  cipher: SessionCipher;
  /** Where the encrypted session lives, e.g. `<userData>/session.bin`. */
  filePath: string;
  /** `process.platform`; only Linux can fall back to `basic_text`. */
  platform: NodeJS.Platform;
}

/**
 * The desktop session vault. The session is encrypted with `cipher` and
 * written atomically, readable by the user only; when the cipher cannot
 * encrypt, it is kept in memory and lost on quit, because a token on disk
 * in the clear is worse than signing in again.
 *
 * Create it after `ready`: before then `safeStorage` reports no
 * encryption on Linux and Windows. How the session is protected is
 * decided once, on first use, and holds for the vault's lifetime.
 */
export function createSessionVault(options: SessionVaultOptions): SessionVault {
  const { cipher, filePath } = options;
  let protection: SessionProtection | undefined;
  let inMemory: WorkstationSession | null = null;

  const decide = (): SessionProtection => {
    if (protection === undefined) {
      protection = protectionOf(cipher, options.platform);
      log.info('session protection decided', { protection });
    }
    return protection;
  };

  // One operation at a time, in call order: a save still writing when a
  // clear comes in must not bring the session back after it.
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(operation: () => Promise<T>): Promise<T> => {
    const result = queue.then(operation);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    read: () =>
      serially(async () => {
        if (decide() === 'memory-only') return inMemory;
        return readSessionFile(cipher, filePath);
      }),
    save: (session) =>
      serially(async () => {
        if (decide() === 'memory-only') {
          inMemory = structuredClone(session);
          return;
        }
        const encrypted = cipher.encryptString(JSON.stringify(session));
        await writeAtomically(filePath, encrypted);
      }),
    clear: () =>
      serially(async () => {
        inMemory = null;
        await rm(filePath, { force: true });
      }),
    protection: () => Promise.resolve(decide()),
  };
}

function protectionOf(
  cipher: SessionCipher,
  platform: NodeJS.Platform,
): SessionProtection {
  if (!cipher.isEncryptionAvailable()) return 'memory-only';
  // Without a keyring Linux "encrypts" with a key built into Chromium:
  // stored, but say so rather than pretend (DESIGN.md).
  const backend = cipher.getSelectedStorageBackend?.();
  if (platform === 'linux' && backend === 'basic_text') return 'plain-text';
  return 'encrypted';
}

/**
 * The session in `filePath`, or null when there is none. A file that does
 * not decrypt (another user's keyring, a damaged disk) or does not hold a
 * session of this version is removed, so the user simply signs in again.
 */
async function readSessionFile(
  cipher: SessionCipher,
  filePath: string,
): Promise<WorkstationSession | null> {
  let encrypted: Buffer;
  try {
    encrypted = await readFile(filePath);
  } catch (error) {
    if (isMissingFile(error)) return null;
    throw error;
  }

  const session = decode(cipher, encrypted);
  if (session === undefined) {
    // Only that it happened: the content may hold tokens.
    log.warn('unreadable session file removed');
    await rm(filePath, { force: true });
    return null;
  }
  return session;
}

function decode(
  cipher: SessionCipher,
  encrypted: Buffer,
): WorkstationSession | undefined {
  try {
    const parsed: unknown = JSON.parse(cipher.decryptString(encrypted));
    return isWorkstationSession(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes `contents` to a new file beside `filePath`, flushed, readable and
 * writable by the user only, then renames it over `filePath`: a crash
 * leaves either the old session or the new one, never half of one.
 */
async function writeAtomically(filePath: string, contents: Buffer) {
  await mkdir(dirname(filePath), { recursive: true });
  const temporary = `${filePath}.${randomUUID()}.tmp`;
  try {
    const file = await open(temporary, 'wx', 0o600);
    try {
      await file.writeFile(contents);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, filePath);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
