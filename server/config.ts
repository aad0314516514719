import path from 'node:path';

/** Where the server listens and what it stores where; read once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Holds the embedded PostgreSQL cluster and its credentials. */
  dataDir: string;
  /** Uploaded instruction images; see readMediaDir. */
  mediaDir: string;
  /** An external PostgreSQL (14+); absent means the embedded one. */
  databaseUrl: string | undefined;
  /**
   * With an external database: a login role for requests, subject to
   * row-level security. Absent, the owner's connection switches to
   * `motus_app` with SET ROLE.
   */
  appDatabaseUrl: string | undefined;
  /**
   * Seed the demo clinics and accounts. On by default for the embedded
   * database only; `MOTUS_DEMO_DATA=1` asks for it on an external one.
   */
  demoData: boolean;
  logLevel: string;
  /** Directory of the built renderer, served at `/` when present. */
  rendererDir: string;
  /** Milliseconds between keep-alives on sync streams (20 s unless set). */
  syncHeartbeatMs?: number;
}

export class ConfigError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8787;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number 0-65535, got "${raw}"`);
  }
  return port;
}

function parseFlag(raw: string | undefined): boolean | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`expected 1/0 or true/false, got "${raw}"`);
}

function readDataDir(env: NodeJS.ProcessEnv): string {
  return path.resolve(env.MOTUS_DATA_DIR ?? '.motus-data');
}

/**
 * Where uploaded media live: MOTUS_MEDIA_DIR, else `media` in the data
 * directory, with the embedded database or an external one alike.
 */
export function readMediaDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MOTUS_MEDIA_DIR) return path.resolve(env.MOTUS_MEDIA_DIR);
  return path.join(readDataDir(env), 'media');
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const databaseUrl = env.DATABASE_URL === '' ? undefined : env.DATABASE_URL;
  return {
    port: parsePort(env.PORT),
    host: env.HOST ?? '127.0.0.1',
    dataDir: readDataDir(env),
    mediaDir: readMediaDir(env),
    databaseUrl,
    appDatabaseUrl: env.MOTUS_APP_DATABASE_URL || undefined,
    demoData: parseFlag(env.MOTUS_DEMO_DATA) ?? databaseUrl === undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    rendererDir: path.resolve(env.MOTUS_RENDERER_DIR ?? 'out/renderer'),
  };
}
