import { describe, expect, it } from 'vitest';
import {
  makeOfflineKey,
  matchesOfflineKey,
  offlineKeyIterations,
} from '../../src-renderer/session/offline-key';

// Few iterations keep the tests fast; the app uses offlineKeyIterations.
const iterations = 1000;

describe('unlocking the workstation offline', () => {
  it('accepts the password the key was made from', async () => {
    const key = await makeOfflineKey('motus-demo', iterations);
    expect(await matchesOfflineKey('motus-demo', key)).toBe(true);
  });

  it('refuses any other password, even one letter off', async () => {
    const key = await makeOfflineKey('motus-demo', iterations);
    expect(await matchesOfflineKey('motus-dem0', key)).toBe(false);
    expect(await matchesOfflineKey('', key)).toBe(false);
  });

  it('never keeps the password, and salts every key afresh', async () => {
    const first = await makeOfflineKey('motus-demo', iterations);
    const second = await makeOfflineKey('motus-demo', iterations);
    expect(JSON.stringify(first)).not.toContain('motus-demo');
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(Buffer.from(first.hash, 'base64')).toHaveLength(32);
  });

  it('makes keys with the recommended work factor by default', async () => {
    expect(offlineKeyIterations).toBeGreaterThanOrEqual(600_000);
    const key = await makeOfflineKey('x');
    expect(key.iterations).toBe(offlineKeyIterations);
  });
});
