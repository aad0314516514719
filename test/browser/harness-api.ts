/**
 * What the replica harness page offers the tests and benches, on
 * `window.motusReplica`. Only plain values cross the page boundary, so
 * every answer here is JSON. Times are page-side `performance.now()`
 * differences, in milliseconds.
 */

export interface HarnessStartOptions {
  /** Documents per pull request; the replica's default (200) if unset. */
  pullBatchSize?: number;
  /** Milliseconds before a failed pull or push is retried. */
  retryMs?: number;
  /** Listen to the server's change stream; default true. */
  liveStream?: boolean;
}

export interface HarnessStarted {
  userId: string;
  clinicId: string | null;
  /** Whether the session came from the page's storage, not a sign-in. */
  resumedSession: boolean;
  /** Milliseconds spent opening the IndexedDB replica. */
  openMs: number;
}

export interface HarnessSyncStatus {
  online: boolean;
  streamConnected: boolean;
  pendingChanges: number;
  /** Codes of the problems the sync status store holds now. */
  errorCodes: string[];
}

export interface KeystrokeTiming {
  /** The whole query being typed. */
  query: string;
  /** What was typed so far. */
  typed: string;
  ms: number;
  hits: number;
  /** The name of the best hit, if any. */
  firstHit: string | null;
}

export interface ReplicaHarness {
  /**
   * Opens the user's replica in IndexedDB and starts sync with it. A
   * session stored by an earlier start in this browser profile is
   * reused (so a restart offline needs no sign-in); otherwise it signs
   * in with `password`.
   */
  start(
    serverUrl: string,
    email: string,
    password: string,
    options?: HarnessStartOptions,
  ): Promise<HarnessStarted>;
  /** Milliseconds from the start of sync until the first pull finished. */
  initialSync(): Promise<number>;
  /** Resolves once nothing waits to go to or come from the server. */
  inSync(): Promise<void>;
  /** Exercises in the replica, soft-deleted ones included. */
  count(): Promise<number>;
  /** Some exercise of the user's own clinic, not deleted. */
  aClinicExerciseId(): Promise<string>;
  description(exerciseId: string): Promise<string | null>;
  editDescription(exerciseId: string, text: string): Promise<void>;
  /**
   * Resolves with the page's wall-clock time (`timeOrigin + now()`, in
   * milliseconds) at which the exercise first had `text`.
   */
  whenDescriptionIs(exerciseId: string, text: string): Promise<number>;
  status(): HarnessSyncStatus;
  /** The page's wall-clock time, `timeOrigin + now()`, in milliseconds. */
  now(): number;
  /** Builds the search index over the replica; its size and build time. */
  buildSearch(): Promise<{ size: number; buildMs: number }>;
  /**
   * Milliseconds to read every exercise out of IndexedDB as plain JSON,
   * the first step of building the search index.
   */
  timeFullRead(): Promise<number>;
  /** Types each query letter by letter, timing each keystroke's search. */
  typeQueries(queries: readonly string[]): KeystrokeTiming[];
  /** Stops sync and closes the replica. */
  stop(): Promise<void>;
}

/** The page's global object, as the Node side reaches it in `evaluate`. */
export interface HarnessWindow {
  motusReplica: ReplicaHarness;
}
