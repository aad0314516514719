import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { inject } from 'vitest';
import { readConfig } from '../../server/config';
import { demoPassword } from '../../server/seed/demo-accounts';
import { startServer, type RunningServer } from '../../server/start-server';
import { createTestDatabase, type TestDatabase } from './cluster';

export interface TestServer {
  server: RunningServer;
  database: TestDatabase;
  url: string;
  /** This server's own folder of uploaded images, removed on close. */
  mediaDir: string;
  /** Every log line the server wrote, as raw JSON text. */
  logLines: string[];
  /** Signs in a demo account and returns its access token. */
  signIn(email: string, password?: string): Promise<string>;
  /** A real HTTP request; `token` signs it. */
  call(
    method: string,
    path: string,
    options?: {
      token?: string;
      body?: unknown;
      rawBody?: string;
      headers?: Record<string, string>;
    },
  ): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /**
   * Another instance's database, to run a second instance of one
   * deployment; that instance's close() drops it, this one's does not.
   */
  sharedDatabase?: TestDatabase;
  /** Milliseconds between keep-alives on sync streams. */
  syncHeartbeatMs?: number;
  /** A fixed port, to restart "the same" server; any free one if unset. */
  port?: number;
}

/** A server of its own on a fresh copy of the seeded database. */
export async function startTestServer(
  options: TestServerOptions = {},
): Promise<TestServer> {
  const database =
    options.sharedDatabase ?? (await createTestDatabase(inject('clusterUrl')));
  const logLines: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => {
    logLines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
  });

  const mediaDir = await mkdtemp(path.join(os.tmpdir(), 'motus-media-'));
  const config = {
    ...readConfig({}),
    mediaDir,
    port: options.port ?? 0,
    host: '127.0.0.1',
    databaseUrl: database.ownerUrl,
    appDatabaseUrl: database.appUrl,
    demoData: false,
    logLevel: 'info',
    syncHeartbeatMs: options.syncHeartbeatMs,
  };
  const server = await startServer(config, logStream);

  const call: TestServer['call'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    let body: string | undefined = options.rawBody;
    if (options.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers,
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // Not JSON (docs pages): keep the text.
    }
    return { status: response.status, body: parsed, headers: response.headers };
  };

  return {
    server,
    database,
    url: server.url,
    mediaDir,
    logLines,
    call,
    signIn: async (email, password = demoPassword) => {
      const response = await call('POST', '/v1/auth/login', {
        body: { email, password },
      });
      if (response.status !== 200) {
        throw new Error(`sign-in of ${email} failed: ${response.status}`);
      }
      return response.body.access_token as string;
    },
    close: async () => {
      await server.close();
      await rm(mediaDir, { recursive: true, force: true });
      if (!options.sharedDatabase) await database.drop();
    },
  };
}
