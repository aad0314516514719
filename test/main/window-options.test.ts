import { describe, expect, it } from 'vitest';
import {
  sessionPartition,
  webPreferences,
} from '../../src-main/window-options';

const preloadPath = '/opt/motus/out/preload/preload.cjs';

describe('window options', () => {
  it('the renderer runs sandboxed with no Node integration', () => {
    expect(webPreferences(preloadPath)).toMatchObject({
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('the preload runs in an isolated context with web security on', () => {
    expect(webPreferences(preloadPath)).toMatchObject({
      contextIsolation: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('every window loads the given preload', () => {
    expect(webPreferences(preloadPath).preload).toBe(preloadPath);
  });

  it('a relative preload path is refused instead of silently ignored', () => {
    expect(() => webPreferences('out/preload/preload.cjs')).toThrow(TypeError);
  });

  it('every window shares one persistent session, so the replica survives restarts', () => {
    expect(sessionPartition).toBe('persist:motus');
    expect(webPreferences(preloadPath).partition).toBe(sessionPartition);
  });
});
