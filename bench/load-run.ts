import autocannon from 'autocannon';

export interface LoadOptions {
  title: string;
  url: string;
  accessToken: string;
  paths: readonly string[];
  connections: number;
  durationSeconds: number;
}

/** What one autocannon run measured; latencies in milliseconds. */
export interface LoadFigures {
  title: string;
  paths: number;
  connections: number;
  /** As asked for; `elapsedSeconds` includes the last responses. */
  durationSeconds: number;
  elapsedSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

/** The value below which `fraction` of the sorted samples fall. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(
    sorted.length - 1,
    Math.ceil(fraction * sorted.length) - 1,
  );
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Drives GET requests at `url` with `connections` keep-alive connections
 * for `durationSeconds`. Each connection cycles through `paths` from its
 * own starting point, so that concurrent requests differ. Percentiles are
 * computed from every response's latency (autocannon reports no p95).
 */
export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const latencies: number[] = [];
  let nextOffset = 0;
  const requests = options.paths.map((path) => ({
    method: 'GET' as const,
    path,
  }));

  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        title: options.title,
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        headers: { authorization: `Bearer ${options.accessToken}` },
        requests,
        setupClient: (client) => {
          const offset = nextOffset % requests.length;
          nextOffset += 1;
          client.setRequests([
            ...requests.slice(offset),
            ...requests.slice(0, offset),
          ]);
        },
      },
      (error: unknown, finished) => {
        if (error) reject(new Error('autocannon failed', { cause: error }));
        else resolve(finished);
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });

  const sorted = Float64Array.from(latencies).sort();
  return {
    title: options.title,
    paths: options.paths.length,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    elapsedSeconds: round(result.duration),
    requests: latencies.length,
    requestsPerSecond: round(latencies.length / result.duration),
    latencyMs: {
      p50: round(percentile(sorted, 0.5)),
      p95: round(percentile(sorted, 0.95)),
      p99: round(percentile(sorted, 0.99)),
      max: round(sorted[sorted.length - 1] ?? Number.NaN),
    },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}
