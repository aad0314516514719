import type { ServerProblem, ServerStatus } from '../stores/useServerStatus';

const problemMessages: Record<ServerProblem, string> = {
  'server-unreachable':
    'The Motus server does not answer. Check that it is running.',
  'server-error':
    'The Motus server answered with an error; its database may be down.',
  'unexpected-response':
    'The Motus server sent an answer this app does not understand; it may be a different version.',
};

interface Props {
  status: ServerStatus;
  onRetry: () => void;
}

/** The server's health and the size of the global exercise library. */
export function ServerStatusPanel({ status, onRetry }: Props) {
  return (
    <section className="server-status" aria-live="polite">
      <h2>Server</h2>
      {status.state === 'checking' && <p>Checking the server…</p>}
      {status.state === 'healthy' && (
        <dl>
          <dt>Status</dt>
          <dd>
            Server {status.health.status}, database {status.health.database}
          </dd>
          <dt>Server version</dt>
          <dd>{status.health.version}</dd>
          <dt>Global exercise library</dt>
          <dd>{exerciseCount(status.health.exercises.global)}</dd>
        </dl>
      )}
      {status.state === 'unhealthy' && (
        <>
          <p>{problemMessages[status.problem]}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </>
      )}
    </section>
  );
}

function exerciseCount(count: number): string {
  return `${count.toLocaleString()} ${count === 1 ? 'exercise' : 'exercises'}`;
}
