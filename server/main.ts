import pino from 'pino';
import { ConfigError, readConfig } from './config';
import { startServer } from './start-server';

const log = pino({ name: 'motus' });

try {
  const config = readConfig();
  const server = await startServer(config);
  server.app.log.info(
    {
      url: server.url,
      docs: `${server.url}/docs`,
      embedded: server.database.embedded,
    },
    'Motus server ready',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if (error instanceof ConfigError) {
    log.error(`cannot start: ${error.message}`);
  } else {
    log.error({ err: error }, 'Motus server failed to start');
  }
  process.exitCode = 1;
}
