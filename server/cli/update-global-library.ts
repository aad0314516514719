// `npm run library:update`: brings the global exercise library of a
// database up to date with shared/library, in place. Uses DATABASE_URL, or
// the embedded database under MOTUS_DATA_DIR (stop the server first: one
// cluster, one process).
import pino from 'pino';
import { ConfigError, readConfig } from '../config';
import { openDatabase, withOwner } from '../db/database';
import { updateGlobalLibrary } from '../seed/global-library';

const log = pino({ name: 'motus-library' });

try {
  const config = readConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    appDatabaseUrl: config.appDatabaseUrl,
    dataDir: config.dataDir,
    log,
  });
  try {
    const counts = await withOwner(database.ownerUrl, updateGlobalLibrary);
    log.info(counts, 'global library up to date');
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) log.error(`cannot start: ${error.message}`);
  else log.error({ err: error }, 'library update failed');
  process.exitCode = 1;
}
