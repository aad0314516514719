/**
 * The body of `GET /v1/health` while the server and its database answer.
 * A plain interface for now; it may move into `shared/schemas` once the
 * server validates its responses against a schema.
 */
export interface HealthResponse {
  status: 'ok';
  database: 'ok';
  /** The server's version, e.g. `'0.1.0'`. */
  version: string;
  exercises: {
    /** How many exercises the platform's global library holds. */
    global: number;
  };
}
