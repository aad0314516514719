// The server under load, in a process of its own so that autocannon does
// not share its event loop. Started by bench-server.ts with an IPC
// channel: it reports { type: 'ready', url } and stops on { type: 'stop' }
// or when the channel closes (the bench died).
import { readConfig } from '../server/config';
import { startServer, type RunningServer } from '../server/start-server';

function report(message: object): void {
  process.send?.(message);
}

let server: RunningServer | undefined;
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  try {
    await server?.close();
    process.exitCode = 0;
  } catch (error) {
    console.error('bench server: close failed', error);
    process.exitCode = 1;
  }
  process.disconnect();
}

process.on('message', (message: { type?: string }) => {
  if (message.type === 'stop') void stop();
});
process.on('disconnect', () => {
  void stop();
});

try {
  server = await startServer({
    ...readConfig(process.env),
    port: 0,
    host: '127.0.0.1',
  });
  report({ type: 'ready', url: server.url });
} catch (error) {
  report({ type: 'failed', message: String(error) });
  process.exitCode = 1;
  process.disconnect();
}
