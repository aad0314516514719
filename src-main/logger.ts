/**
 * The main process's one logger: one JSON line per event on stderr, where
 * `npm start` and a packaged app's launcher both collect it. Fields are for
 * ids, codes and URLs of the app itself; never put patient data in them.
 */
type Fields = Readonly<Record<string, string | number | boolean>>;

function write(level: 'info' | 'warn' | 'error', scope: string) {
  return (message: string, fields: Fields = {}): void => {
    const time = new Date().toISOString();
    const line = JSON.stringify({ time, level, scope, message, ...fields });
    process.stderr.write(`${line}\n`);
  };
}

/** A logger whose lines all carry `scope`, e.g. `'window'` or `'ipc'`. */
export function createLogger(scope: string) {
  return {
    info: write('info', scope),
    warn: write('warn', scope),
    error: write('error', scope),
  };
}
