import { systemPreferences, type Session } from 'electron';
import {
  contentSecurityPolicy,
  withContentSecurityPolicy,
} from './content-security-policy';
import { createLogger } from './logger';
import {
  isDevicePermissionAllowed,
  isPermissionCheckAllowed,
  isPermissionRequestAllowed,
} from './permission-policy';

const log = createLogger('permissions');

export interface SessionPolicyOrigins {
  /** The origin the window loads; the only one that may use the camera. */
  readonly appOrigin: string;
  /** The Motus server's origin, which the CSP lets the renderer reach. */
  readonly serverOrigin: string;
}

/**
 * Applies the app's security policy to its session: the strict CSP on every
 * response, the camera for the app's own pages only, and no other web
 * permission or device for anyone (see `permission-policy.ts`).
 *
 * Call once per session, after `ready` and before the first window loads.
 */
export function applySessionPolicy(
  session: Session,
  origins: SessionPolicyOrigins,
) {
  const policy = contentSecurityPolicy(origins.serverOrigin);
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: withContentSecurityPolicy(
        details.responseHeaders,
        policy,
      ),
    });
  });

  session.setPermissionRequestHandler(
    (_contents, permission, callback, details) => {
      if (!isPermissionRequestAllowed(permission, details, origins.appOrigin)) {
        log.warn('permission refused', { permission });
        callback(false);
        return;
      }
      void askOperatingSystemForCamera().then(callback);
    },
  );
  session.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin, details) =>
      isPermissionCheckAllowed(
        permission,
        requestingOrigin,
        details,
        origins.appOrigin,
      ),
  );
  session.setDevicePermissionHandler(isDevicePermissionAllowed);
}

let cameraQuestion: Promise<boolean> | undefined;

/**
 * Whether the operating system lets Motus use the camera. Only macOS asks
 * the user (once, with the bundle's NSCameraUsageDescription), and only
 * when a page first wants the camera, not at start-up. A refusal is asked
 * again next time: the user may have changed it in System Settings since.
 */
function askOperatingSystemForCamera(): Promise<boolean> {
  if (process.platform !== 'darwin') return Promise.resolve(true);
  cameraQuestion ??= systemPreferences.askForMediaAccess('camera').then(
    (granted) => {
      if (!granted) cameraQuestion = undefined;
      return granted;
    },
    (error: unknown) => {
      cameraQuestion = undefined;
      log.error('camera access question failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      return false;
    },
  );
  return cameraQuestion;
}
