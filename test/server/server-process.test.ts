import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface StartedServer {
  child: ChildProcess;
  url: string;
  output: string[];
}

/** `npm run server` as an operator runs it, on an empty configuration. */
async function startServerProcess(dataDir: string): Promise<StartedServer> {
  const child = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'server/main.ts'],
    {
      env: {
        ...process.env,
        MOTUS_DATA_DIR: dataDir,
        PORT: '0',
        DATABASE_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`no start:\n${output.join('')}`));
    }, 90_000);
    const read = (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      const ready = /"url":"(http:[^"]+)".*Motus server ready/.exec(
        output.join(''),
      );
      if (ready?.[1]) {
        clearTimeout(timer);
        resolve(ready[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      reject(new Error(`exited ${String(code)}:\n${output.join('')}`));
    });
  });
  return { child, url, output };
}

async function stop(
  server: StartedServer,
  signal: NodeJS.Signals,
): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) =>
    server.child.on('exit', resolve),
  );
  server.child.kill(signal);
  return exited;
}

let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'motus-process-'));
  await chmod(dataDir, 0o755);
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the server process on its embedded defaults', () => {
  it('creates its database on first start, keeps it, and stops cleanly', async () => {
    const first = await startServerProcess(dataDir);
    const health = await fetch(`${first.url}/v1/health`);
    expect(health.status).toBe(200);
    const body = (await health.json()) as { exercises: { global: number } };
    expect(body.exercises.global).toBeGreaterThanOrEqual(40);
    expect(first.output.join('')).toContain('demo accounts created');

    const login = await fetch(`${first.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@northside.test',
        password: 'motus-demo',
      }),
    });
    const { access_token } = (await login.json()) as { access_token: string };
    const created = await fetch(`${first.url}/v1/exercises`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${access_token}`,
      },
      body: JSON.stringify({
        name: 'Survives A Restart',
        difficulty: 'beginner',
      }),
    });
    expect(created.status).toBe(201);

    expect(await stop(first, 'SIGTERM')).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(
      false,
    );

    const second = await startServerProcess(dataDir);
    expect(second.output.join('')).not.toContain(
      'creating the embedded PostgreSQL cluster',
    );
    expect(second.output.join('')).not.toContain('demo accounts created');
    const again = await fetch(`${second.url}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: 'admin@northside.test',
        password: 'motus-demo',
      }),
    });
    const token = ((await again.json()) as { access_token: string })
      .access_token;
    const search = await fetch(
      `${second.url}/v1/exercises?q=survives%20restart`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const found = (await search.json()) as { exercises: { name: string }[] };
    expect(found.exercises.map((e) => e.name)).toContain('Survives A Restart');
    expect(await stop(second, 'SIGINT')).toBe(0);
  }, 180_000);
});
