/** What the sign-in screen says for each way signing in can fail. */
const messages: Readonly<Record<string, string>> = {
  'invalid-credentials': 'That email and password do not match an account.',
  'rate-limited': 'Too many attempts. Wait a minute before you try again.',
  'server-unreachable':
    'The Motus server cannot be reached. The first sign-in on a ' +
    'workstation needs it; after that Motus also works offline.',
  'offline-password-wrong': 'That password is not the one for this account.',
  'invalid-refresh-token':
    'Your session on the server has ended. Sign in again to keep syncing.',
};

export function signInMessage(code: string, fallback: string): string {
  return messages[code] ?? fallback;
}
