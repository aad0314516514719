/**
 * Whether this window was unlocked already, so that a reload does not
 * ask for the password again. sessionStorage ends with the window (and
 * the app), which then asks once more; it holds a user id, no secret.
 */
const key = (userId: string) => `motus-unlocked:${userId}`;

export function rememberUnlocked(userId: string): void {
  sessionStorage.setItem(key(userId), 'yes');
}

export function wasUnlocked(userId: string): boolean {
  return sessionStorage.getItem(key(userId)) === 'yes';
}

export function forgetUnlocked(userId: string): void {
  sessionStorage.removeItem(key(userId));
}
