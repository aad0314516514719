import { create } from 'zustand';
import type { HealthResponse } from '../../shared/schemas/health';

/** Why the server could not be counted on; the UI maps each to a message. */
export type ServerProblem =
  'server-unreachable' | 'server-error' | 'unexpected-response';

export type ServerStatus =
  | { readonly state: 'checking' }
  | { readonly state: 'healthy'; readonly health: HealthResponse }
  | { readonly state: 'unhealthy'; readonly problem: ServerProblem };

interface ServerStatusState {
  readonly status: ServerStatus;
  /** Asks the server for its health; a check already running is shared. */
  readonly check: () => Promise<void>;
}

// A server that accepts the connection but never answers must not leave the
// status on "checking" forever.
const healthTimeoutMs = 5000;

let running: Promise<void> | undefined;

export const useServerStatus = create<ServerStatusState>()((set) => ({
  status: { state: 'checking' },
  check: () => {
    running ??= (async () => {
      set({ status: { state: 'checking' } });
      set({ status: await fetchHealth() });
    })().finally(() => {
      running = undefined;
    });
    return running;
  },
}));

// Relative URL: the renderer is served by the server it reports on.
async function fetchHealth(): Promise<ServerStatus> {
  let response: Response;
  try {
    response = await fetch('/v1/health', {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(healthTimeoutMs),
    });
  } catch {
    return { state: 'unhealthy', problem: 'server-unreachable' };
  }
  if (!response.ok) return { state: 'unhealthy', problem: 'server-error' };

  const body: unknown = await response.json().catch(() => undefined);
  if (!isHealthResponse(body)) {
    return { state: 'unhealthy', problem: 'unexpected-response' };
  }
  return { state: 'healthy', health: body };
}

function isHealthResponse(body: unknown): body is HealthResponse {
  if (typeof body !== 'object' || body === null) return false;
  const health = body as Partial<Record<keyof HealthResponse, unknown>>;
  const exercises = health.exercises as { global?: unknown } | null;
  return (
    health.status === 'ok' &&
    health.database === 'ok' &&
    typeof health.version === 'string' &&
    typeof exercises === 'object' &&
    exercises !== null &&
    Number.isInteger(exercises.global)
  );
}
