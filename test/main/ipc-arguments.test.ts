import { describe, expect, it } from 'vitest';
import { parseIpcArguments } from '../../src-main/ipc-arguments';
import { ipcErrorCode } from '../../shared/ipc';
import { specialistSession } from './session-fixtures';

/** The code a call with `args` on `session:save` is refused with. */
function refusalOfSave(...args: unknown[]) {
  try {
    parseIpcArguments('session:save', args);
  } catch (error) {
    return ipcErrorCode(error);
  }
  return undefined;
}

describe('ipc arguments of session:save', () => {
  it('a well-formed session is accepted as it came', () => {
    expect(parseIpcArguments('session:save', [specialistSession()])).toEqual([
      specialistSession(),
    ]);
  });

  it('nothing, or something that is not a session, is refused', () => {
    expect(refusalOfSave()).toBe('session-invalid');
    expect(refusalOfSave(null)).toBe('session-invalid');
    expect(refusalOfSave('session')).toBe('session-invalid');
    expect(refusalOfSave([specialistSession()])).toBe('session-invalid');
  });

  it('a session without tokens is refused', () => {
    const { tokens: _tokens, ...withoutTokens } = specialistSession();
    expect(refusalOfSave(withoutTokens)).toBe('session-invalid');
  });

  it('a session carrying anything extra is refused', () => {
    expect(
      refusalOfSave({ ...specialistSession(), password: 'hunter2hunter2' }),
    ).toBe('session-invalid');
    const session = specialistSession();
    expect(
      refusalOfSave({
        ...session,
        tokens: { ...session.tokens, id_token: 'x' },
      }),
    ).toBe('session-invalid');
  });

  it('an offline key too cheap to crack, or not base64, is refused', () => {
    const session = specialistSession();
    const offline = (change: object) => ({
      ...session,
      offline_key: { ...session.offline_key, ...change },
    });
    expect(refusalOfSave(offline({ iterations: 99_999 }))).toBe(
      'session-invalid',
    );
    expect(refusalOfSave(offline({ iterations: 210_000.5 }))).toBe(
      'session-invalid',
    );
    expect(refusalOfSave(offline({ salt: 'not base64!' }))).toBe(
      'session-invalid',
    );
  });

  it('a saved_at that is not a timestamp, or a user id that is not a uuid, is refused', () => {
    const session = specialistSession();
    expect(refusalOfSave({ ...session, saved_at: 'yesterday' })).toBe(
      'session-invalid',
    );
    expect(
      refusalOfSave({
        ...session,
        user: { ...session.user, user: { ...session.user.user, id: '42' } },
      }),
    ).toBe('session-invalid');
  });

  it('an oversized session is refused', () => {
    const session = specialistSession();
    const huge = {
      ...session,
      user: {
        ...session.user,
        user: { ...session.user.user, display_name: 'A'.repeat(70_000) },
      },
    };
    expect(refusalOfSave(huge)).toBe('session-invalid');
  });

  it('a second argument is refused', () => {
    expect(refusalOfSave(specialistSession(), 'extra')).toBe(
      'ipc-arguments-invalid',
    );
  });
});

describe('ipc arguments of channels that take none', () => {
  it('a call without arguments is accepted', () => {
    expect(parseIpcArguments('session:read', [])).toEqual([]);
    expect(parseIpcArguments('app:version', [])).toEqual([]);
  });

  it('a call with arguments is refused', () => {
    for (const channel of [
      'app:version',
      'session:read',
      'session:clear',
      'session:protection',
    ] as const) {
      expect(() => parseIpcArguments(channel, [specialistSession()])).toThrow(
        'ipc-arguments-invalid',
      );
    }
  });
});

describe('ipc error codes', () => {
  it("are read back from the message Electron wraps round main's error", () => {
    const wrapped = new Error(
      "Error invoking remote method 'session:save': Error: session-invalid",
    );
    expect(ipcErrorCode(wrapped)).toBe('session-invalid');
    expect(ipcErrorCode(new Error('ipc-sender-forbidden'))).toBe(
      'ipc-sender-forbidden',
    );
  });

  it('any other failure has no code', () => {
    expect(ipcErrorCode(new Error('disk full'))).toBeUndefined();
    expect(ipcErrorCode('session-invalid')).toBeUndefined();
  });
});
