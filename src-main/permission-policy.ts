import { isAppUrl } from './navigation-guard';

/**
 * Which web permissions the app's pages get: the camera, for supervised
 * exercise sessions, and nothing else. The microphone stays off (Motus
 * records no sound), and so do location, notifications, the clipboard,
 * USB, serial and the rest. Pure decisions, so they are tested without
 * Electron; `session-policy.ts` wires them to the session.
 */

/** What Electron tells a permission request handler about the request. */
export interface PermissionRequestDetails {
  /** The last URL the requesting frame loaded. */
  readonly requestingUrl?: string;
  /** For `media`: the origin asking. */
  readonly securityOrigin?: string;
  /** For `media`: which devices, `video` and/or `audio`. */
  readonly mediaTypes?: readonly string[];
}

/** What Electron tells a permission check handler about the check. */
export interface PermissionCheckDetails {
  readonly requestingUrl?: string;
  readonly securityOrigin?: string;
  /** Set only for a cross-origin subframe: the page embedding it. */
  readonly embeddingOrigin?: string;
  /** For `media`: `video`, `audio` or `unknown`. */
  readonly mediaType?: string;
}

/**
 * Whether to grant a permission request: only `media` for the camera alone
 * (`mediaTypes` exactly `['video']`), asked by the app's own origin.
 *
 * @param appOrigin the origin the window loads, e.g. `http://127.0.0.1:8787`.
 */
export function isPermissionRequestAllowed(
  permission: string,
  details: PermissionRequestDetails,
  appOrigin: string,
): boolean {
  if (permission !== 'media') return false;
  const types = details.mediaTypes ?? [];
  if (types.length !== 1 || types[0] !== 'video') return false;
  return comesFromApp(
    [details.requestingUrl, details.securityOrigin],
    appOrigin,
  );
}

/**
 * Whether a permission check passes: the same rule as requests, for
 * `media` of type `video` from the app's own origin, with no foreign page
 * embedding the frame that asks.
 *
 * @param requestingOrigin the origin Electron names as asking.
 */
export function isPermissionCheckAllowed(
  permission: string,
  requestingOrigin: string,
  details: PermissionCheckDetails,
  appOrigin: string,
): boolean {
  if (permission !== 'media' || details.mediaType !== 'video') return false;
  return comesFromApp(
    [
      requestingOrigin,
      details.requestingUrl,
      details.securityOrigin,
      details.embeddingOrigin,
    ],
    appOrigin,
  );
}

/**
 * Whether a device (USB, HID, serial, Bluetooth) may be used. Never: no
 * feature needs one, and a device granted is one more to audit.
 */
export function isDevicePermissionAllowed(): boolean {
  return false;
}

// Every origin Electron reported must be the app's, and at least one must
// have been reported: a request that names no origin is not trusted.
// Electron leaves a field out, or empty, when it does not apply.
function comesFromApp(
  origins: readonly (string | undefined)[],
  appOrigin: string,
): boolean {
  const named = origins.filter(
    (origin): origin is string => origin !== undefined && origin !== '',
  );
  return (
    named.length > 0 && named.every((origin) => isAppUrl(origin, appOrigin))
  );
}
