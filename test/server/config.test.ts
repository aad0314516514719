import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../server/config';

describe('server configuration', () => {
  it('runs on its embedded defaults with no configuration', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: 8787,
      host: '127.0.0.1',
      databaseUrl: undefined,
      demoData: true,
    });
    expect(config.dataDir).toBe(path.resolve('.motus-data'));
  });

  it('uses an external database without demo data unless asked', () => {
    const external = readConfig({ DATABASE_URL: 'postgres://u:p@db/motus' });
    expect(external.databaseUrl).toBe('postgres://u:p@db/motus');
    expect(external.demoData).toBe(false);
    expect(
      readConfig({ DATABASE_URL: 'postgres://db/motus', MOTUS_DEMO_DATA: '1' })
        .demoData,
    ).toBe(true);
  });

  it('reads port, host and data directory', () => {
    const config = readConfig({
      PORT: '9000',
      HOST: '0.0.0.0',
      MOTUS_DATA_DIR: '/srv/motus',
    });
    expect(config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dataDir: '/srv/motus',
    });
  });

  it.each(['eighty', '-1', '70000', '80.5'])('refuses PORT=%s', (port) => {
    expect(() => readConfig({ PORT: port })).toThrow(ConfigError);
  });

  it('refuses a demo flag it cannot read', () => {
    expect(() => readConfig({ MOTUS_DEMO_DATA: 'perhaps' })).toThrow(
      ConfigError,
    );
  });
});
