import type { IpcArgs, IpcChannel, IpcErrorCode } from '../shared/ipc';
import { isWorkstationSession } from '../shared/schemas/workstation-session';

/**
 * Checks what the renderer sent on one channel and returns it typed. The
 * renderer is untrusted web content, so nothing it sends is believed
 * because of its TypeScript type.
 */
type ArgumentParser<C extends IpcChannel> = (
  args: readonly unknown[],
) => IpcArgs<C>;

// A mapped type over every channel: a new channel without a parser here
// fails the build instead of reaching main unchecked.
const parsers: { [C in IpcChannel]: ArgumentParser<C> } = {
  'app:version': noArguments,
  'session:read': noArguments,
  'session:clear': noArguments,
  'session:protection': noArguments,
  'session:save': (args) => {
    const [session, ...rest] = args;
    if (rest.length > 0) refuse('ipc-arguments-invalid');
    if (!isWorkstationSession(session)) refuse('session-invalid');
    return [session];
  },
};

/**
 * The arguments of a call on `channel`, checked.
 *
 * @throws Error whose message is `ipc-arguments-invalid` when the count is
 *   wrong, or `session-invalid` when a session does not match its schema.
 */
export function parseIpcArguments<C extends IpcChannel>(
  channel: C,
  args: readonly unknown[],
): IpcArgs<C> {
  const parse: ArgumentParser<C> = parsers[channel];
  return parse(args);
}

function noArguments(args: readonly unknown[]): [] {
  if (args.length > 0) refuse('ipc-arguments-invalid');
  return [];
}

// The message is the code alone: Electron hands only the message to the
// renderer, which reads it back with `ipcErrorCode`.
function refuse(code: IpcErrorCode): never {
  throw new Error(code);
}
