import {
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSessionVault } from '../../src-main/session-vault';
import { aesCipher, specialistSession } from './session-fixtures';

let userData: string;
let filePath: string;

beforeEach(async () => {
  userData = await mkdtemp(path.join(os.tmpdir(), 'motus-vault-'));
  filePath = path.join(userData, 'session.bin');
});

afterEach(async () => {
  vi.restoreAllMocks();
  await rm(userData, { recursive: true, force: true });
});

describe('session vault with a keyring', () => {
  it('a saved session reads back unchanged, also after a restart', async () => {
    const cipher = aesCipher();
    const vault = createSessionVault({ cipher, filePath, platform: 'linux' });
    await vault.save(specialistSession());

    expect(await vault.protection()).toBe('encrypted');
    expect(await vault.read()).toEqual(specialistSession());
    const restarted = createSessionVault({
      cipher,
      filePath,
      platform: 'linux',
    });
    expect(await restarted.read()).toEqual(specialistSession());
  });

  it('neither the tokens nor the user are readable in the file', async () => {
    const vault = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'win32',
    });
    await vault.save(specialistSession());

    const onDisk = (await readFile(filePath)).toString('latin1');
    const { tokens, user } = specialistSession();
    expect(onDisk).not.toContain(tokens.refresh_token);
    expect(onDisk).not.toContain(tokens.access_token);
    expect(onDisk).not.toContain(user.user.email);
  });

  it.skipIf(process.platform === 'win32')(
    'the file is readable and writable by the user only',
    async () => {
      const vault = createSessionVault({
        cipher: aesCipher(),
        filePath,
        platform: 'linux',
      });
      await vault.save(specialistSession());
      expect((await stat(filePath)).mode & 0o777).toBe(0o600);
    },
  );

  it('saving writes beside the file and renames, leaving no temporary file', async () => {
    const vault = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'linux',
    });
    await vault.save(specialistSession());
    await vault.save({
      ...specialistSession(),
      saved_at: '2025-03-15T08:00:00Z',
    });

    expect(await readdir(userData)).toEqual(['session.bin']);
    expect((await vault.read())?.saved_at).toBe('2025-03-15T08:00:00Z');
  });

  it('signing out removes the file', async () => {
    const vault = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'linux',
    });
    await vault.save(specialistSession());
    await vault.clear();

    expect(await readdir(userData)).toEqual([]);
    expect(await vault.read()).toBeNull();
    await expect(vault.clear()).resolves.toBeUndefined();
  });

  it('a sign-out right after a save wins, in call order', async () => {
    const vault = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'linux',
    });
    const saving = vault.save(specialistSession());
    const clearing = vault.clear();
    await Promise.all([saving, clearing]);
    expect(await vault.read()).toBeNull();
  });

  it('nothing stored reads as no session', async () => {
    const vault = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'darwin',
    });
    expect(await vault.read()).toBeNull();
  });
});

describe('session vault on a damaged or foreign file', () => {
  it('a corrupt file reads as no session and is removed', async () => {
    await writeFile(filePath, Buffer.from('not an encrypted session at all'));
    const vault = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'linux',
    });

    expect(await vault.read()).toBeNull();
    expect(await readdir(userData)).toEqual([]);
  });

  it("a file from another user's keyring reads as no session and is removed", async () => {
    const theirs = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'linux',
    });
    await theirs.save(specialistSession());
    const ours = createSessionVault({
      cipher: aesCipher(),
      filePath,
      platform: 'linux',
    });

    expect(await ours.read()).toBeNull();
    expect(await readdir(userData)).toEqual([]);
  });

  it('a decryptable file that is not a session is removed, and the log names no token', async () => {
    const cipher = aesCipher();
    const stale = { tokens: { access_token: 'stale-token-7d1e' } };
    await writeFile(filePath, cipher.encryptString(JSON.stringify(stale)));
    const logged: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((line) => {
      logged.push(String(line));
      return true;
    });
    const vault = createSessionVault({ cipher, filePath, platform: 'linux' });

    expect(await vault.read()).toBeNull();
    expect(await readdir(userData)).toEqual([]);
    expect(logged.join('')).toContain('unreadable session file removed');
    expect(logged.join('')).not.toContain('stale-token-7d1e');
  });
});

describe('session vault without real encryption', () => {
  it('a Linux without keyring stores the session but says it is plain text', async () => {
    const cipher = aesCipher({ backend: 'basic_text' });
    const vault = createSessionVault({ cipher, filePath, platform: 'linux' });
    await vault.save(specialistSession());

    expect(await vault.protection()).toBe('plain-text');
    expect(await readdir(userData)).toEqual(['session.bin']);
    expect(await vault.read()).toEqual(specialistSession());
  });

  it('the basic_text backend matters only on Linux', async () => {
    const cipher = aesCipher({ backend: 'basic_text' });
    const vault = createSessionVault({ cipher, filePath, platform: 'darwin' });
    expect(await vault.protection()).toBe('encrypted');
  });

  it('without encryption the session stays in memory and nothing reaches the disk', async () => {
    const cipher = aesCipher({ available: false });
    const vault = createSessionVault({ cipher, filePath, platform: 'linux' });
    await vault.save(specialistSession());

    expect(await vault.protection()).toBe('memory-only');
    expect(await vault.read()).toEqual(specialistSession());
    expect(await readdir(userData)).toEqual([]);

    const restarted = createSessionVault({
      cipher,
      filePath,
      platform: 'linux',
    });
    expect(await restarted.read()).toBeNull();
  });

  it('a session kept in memory is forgotten on sign-out', async () => {
    const vault = createSessionVault({
      cipher: aesCipher({ available: false }),
      filePath,
      platform: 'win32',
    });
    await vault.save(specialistSession());
    await vault.clear();
    expect(await vault.read()).toBeNull();
  });
});
