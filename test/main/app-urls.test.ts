import { describe, expect, it } from 'vitest';
import { defaultServerUrl, resolveAppUrls } from '../../src-main/app-urls';

describe('app URLs', () => {
  it('the app loads from the local server when nothing is configured', () => {
    expect(defaultServerUrl).toBe('http://127.0.0.1:8787');
    expect(resolveAppUrls({})).toEqual({
      rendererUrl: 'http://127.0.0.1:8787/',
      appOrigin: 'http://127.0.0.1:8787',
      serverOrigin: 'http://127.0.0.1:8787',
    });
  });

  it('MOTUS_SERVER_URL moves both the app and the server', () => {
    expect(
      resolveAppUrls({ MOTUS_SERVER_URL: 'https://clinic.example:8443/' }),
    ).toEqual({
      rendererUrl: 'https://clinic.example:8443/',
      appOrigin: 'https://clinic.example:8443',
      serverOrigin: 'https://clinic.example:8443',
    });
  });

  it("under electron-vite dev the app is Vite's page, the server stays put", () => {
    const urls = resolveAppUrls({
      ELECTRON_RENDERER_URL: 'http://localhost:5173',
    });
    expect(urls.rendererUrl).toBe('http://localhost:5173/');
    expect(urls.appOrigin).toBe('http://localhost:5173');
    expect(urls.serverOrigin).toBe('http://127.0.0.1:8787');
  });

  it('a server URL that is not http(s) is refused', () => {
    expect(() => resolveAppUrls({ MOTUS_SERVER_URL: 'file:///srv' })).toThrow(
      TypeError,
    );
  });
});
