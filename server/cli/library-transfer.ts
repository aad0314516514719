// `npm run library:transfer -- export|import …`: moves a clinic's (or the
// global) exercise library in and out of a database as JSON or CSV, or
// imports free-exercise-db. Uses DATABASE_URL, or the embedded database
// under MOTUS_DATA_DIR with the server stopped.
//
//   export --clinic northside-physio --format csv --out library.csv
//   import --clinic northside-physio --format free-exercise-db --file exercises.json
//   export --global --format json
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type pg from 'pg';
import pino from 'pino';
import { ConfigError, readConfig } from '../config';
import { openDatabase, withOwner } from '../db/database';
import { withinTransaction } from '../db/transaction';
import { toLibraryCsv, toLibraryJson } from '../library-transfer/library-codec';
import { LibraryFileError } from '../library-transfer/library-file-error';
import {
  exportLibrary,
  importLibrary,
  readLibraryUpload,
} from '../library-transfer/library-transfer';

const log = pino({ name: 'motus-library-transfer' });

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    clinic: { type: 'string' },
    global: { type: 'boolean', default: false },
    format: { type: 'string', default: 'json' },
    file: { type: 'string' },
    out: { type: 'string' },
  },
});

async function clinicId(owner: pg.ClientBase): Promise<string | null> {
  if (values.global) return null;
  if (!values.clinic) throw new ConfigError('name --clinic <slug> or --global');
  const { rows } = await owner.query<{ id: string }>(
    'SELECT id FROM organizations WHERE slug = $1',
    [values.clinic],
  );
  const id = rows[0]?.id;
  if (!id) throw new ConfigError(`no clinic with slug ${values.clinic}`);
  return id;
}

async function transfer(owner: pg.ClientBase): Promise<void> {
  const organizationId = await clinicId(owner);
  if (positionals[0] === 'export') {
    const exercises = await exportLibrary(owner, organizationId);
    const text =
      values.format === 'csv'
        ? toLibraryCsv(exercises)
        : toLibraryJson(exercises);
    if (values.out) await writeFile(values.out, text);
    else process.stdout.write(text);
    log.info({ exercises: exercises.length }, 'library exported');
    return;
  }
  if (positionals[0] !== 'import' || !values.file) {
    throw new ConfigError(
      'usage: export|import [--file path] (see the file header)',
    );
  }
  const upload = readLibraryUpload(
    values.format,
    await readFile(values.file, 'utf8'),
  );
  const counts = await withinTransaction(owner, () =>
    importLibrary(
      owner,
      { organizationId, createdBy: null },
      upload.exercises,
      upload.status,
    ),
  );
  log.info(
    { ...counts, unmappedRows: upload.report.length },
    'library imported',
  );
  for (const row of upload.report) log.info(row, 'unmapped values');
}

try {
  const config = readConfig();
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    appDatabaseUrl: config.appDatabaseUrl,
    dataDir: config.dataDir,
    log,
  });
  try {
    await withOwner(database.ownerUrl, transfer);
  } finally {
    await database.close();
  }
} catch (error) {
  if (error instanceof ConfigError) log.error(`cannot run: ${error.message}`);
  else if (error instanceof LibraryFileError) {
    log.error({ problems: error.problems }, 'the file cannot be imported');
  } else log.error({ err: error }, 'library transfer failed');
  process.exitCode = 1;
}
