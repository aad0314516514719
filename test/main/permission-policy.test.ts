import { describe, expect, it } from 'vitest';
import {
  isDevicePermissionAllowed,
  isPermissionCheckAllowed,
  isPermissionRequestAllowed,
} from '../../src-main/permission-policy';

const appOrigin = 'http://127.0.0.1:8787';
const appPage = 'http://127.0.0.1:8787/#/sessions/live';

/**
 * A camera request as Electron describes one from a frame that loaded
 * `url`; the page and its origin agree, as they do for a real frame.
 */
function cameraRequest(url: string, mediaTypes: string[] = ['video']) {
  return { requestingUrl: url, securityOrigin: url, mediaTypes };
}

describe('permission requests', () => {
  it("the app's own page may use the camera", () => {
    expect(
      isPermissionRequestAllowed('media', cameraRequest(appPage), appOrigin),
    ).toBe(true);
  });

  it('the microphone is refused, alone or with the camera', () => {
    for (const mediaTypes of [
      ['audio'],
      ['video', 'audio'],
      ['audio', 'video'],
    ]) {
      expect(
        isPermissionRequestAllowed(
          'media',
          cameraRequest(appPage, mediaTypes),
          appOrigin,
        ),
      ).toBe(false);
    }
  });

  it('a media request that names no device is refused', () => {
    expect(
      isPermissionRequestAllowed(
        'media',
        cameraRequest(appPage, []),
        appOrigin,
      ),
    ).toBe(false);
    expect(
      isPermissionRequestAllowed(
        'media',
        { requestingUrl: appPage },
        appOrigin,
      ),
    ).toBe(false);
  });

  it('another site may not use the camera', () => {
    expect(
      isPermissionRequestAllowed(
        'media',
        cameraRequest('https://example.com/'),
        appOrigin,
      ),
    ).toBe(false);
  });

  it('look-alike origins may not use the camera', () => {
    for (const url of [
      'http://127.0.0.1:8787.evil.example/',
      'http://127.0.0.1:8787@evil.example/',
      'http://127.0.0.1:8788/',
      'https://127.0.0.1:8787/',
      'http://localhost:8787/',
    ]) {
      expect(
        isPermissionRequestAllowed('media', cameraRequest(url), appOrigin),
      ).toBe(false);
    }
  });

  it('a foreign frame is refused even when it claims the app as its origin', () => {
    const details = {
      requestingUrl: 'https://example.com/embed',
      securityOrigin: appOrigin,
      mediaTypes: ['video'],
    };
    expect(isPermissionRequestAllowed('media', details, appOrigin)).toBe(false);
  });

  it('a request that names no origin is refused', () => {
    expect(
      isPermissionRequestAllowed('media', { mediaTypes: ['video'] }, appOrigin),
    ).toBe(false);
  });

  it('location, notifications and every other permission are refused, even for the app', () => {
    for (const permission of [
      'geolocation',
      'notifications',
      'clipboard-read',
      'display-capture',
      'midi',
      'pointerLock',
      'openExternal',
      'fileSystem',
      'unknown',
    ]) {
      expect(
        isPermissionRequestAllowed(
          permission,
          cameraRequest(appPage),
          appOrigin,
        ),
      ).toBe(false);
    }
  });
});

describe('permission checks', () => {
  it("the app's own page passes the camera check", () => {
    expect(
      isPermissionCheckAllowed(
        'media',
        appOrigin,
        {
          requestingUrl: appPage,
          securityOrigin: appOrigin,
          mediaType: 'video',
        },
        appOrigin,
      ),
    ).toBe(true);
  });

  it('the microphone check fails, and so does a check of no known device', () => {
    for (const mediaType of ['audio', 'unknown', undefined]) {
      expect(
        isPermissionCheckAllowed(
          'media',
          appOrigin,
          { requestingUrl: appPage, mediaType },
          appOrigin,
        ),
      ).toBe(false);
    }
  });

  it('another site, or a look-alike, fails the camera check', () => {
    for (const origin of [
      'https://example.com',
      'http://127.0.0.1:8787.evil.example',
    ]) {
      expect(
        isPermissionCheckAllowed(
          'media',
          origin,
          { securityOrigin: origin, mediaType: 'video' },
          appOrigin,
        ),
      ).toBe(false);
    }
  });

  it('an app frame embedded in a foreign page fails the camera check', () => {
    expect(
      isPermissionCheckAllowed(
        'media',
        appOrigin,
        { embeddingOrigin: 'https://example.com', mediaType: 'video' },
        appOrigin,
      ),
    ).toBe(false);
  });

  it('location and notifications checks fail for the app too', () => {
    for (const permission of [
      'geolocation',
      'notifications',
      'usb',
      'serial',
    ]) {
      expect(
        isPermissionCheckAllowed(
          permission,
          appOrigin,
          { requestingUrl: appPage, mediaType: 'video' },
          appOrigin,
        ),
      ).toBe(false);
    }
  });
});

describe('device permissions', () => {
  it('no USB, HID, serial or Bluetooth device is ever granted', () => {
    expect(isDevicePermissionAllowed()).toBe(false);
  });
});
