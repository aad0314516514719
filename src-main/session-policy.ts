import type { Session } from 'electron';
import {
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from './content-security-policy';

/**
 * Applies the app's security policy to its session: the strict CSP on every
 * response, and no web permission for anyone.
 *
 * Call once per session, after `ready` and before the first window loads.
 */
export function applySessionPolicy(session: Session, serverOrigin: string) {
  const policy = contentSecurityPolicy(serverOrigin);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withContentSecurityPolicy(
        details.responseHeaders,
        policy,
      ),
    });
  });

  // TODO(camera): allow `media` (video only) for the app's own origin once
  // supervised sessions need the webcam; denied for now because nothing in
  // the app uses a device yet, and a permission granted is one to audit.
  session.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
}
