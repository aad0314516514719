import { editExercise } from '../src-renderer/replica/exercise-writes';
import type { RemoteHarness } from '../test/browser/harness-page';
import { summarize, type LatencySummary } from './latency-stats';
import type { NodeWorkstation } from './node-workstation';
import type { PullCounter } from './pull-counter';

/**
 * Change propagation: workstation A edits an exercise's description in
 * its replica; the time until workstation B's replica holds it, through
 * A's push, the server's commit and change stream, and B's pull.
 */

/** Where the edits are watched for, on the same machine as A. */
export interface Observer {
  label: string;
  /** Wall-clock milliseconds at which B first held `text`. */
  whenDescriptionIs(exerciseId: string, text: string): Promise<number>;
  /** Resolves once a request sent before it has reached B. */
  fence(): Promise<void>;
  /** B's clock minus A's, in milliseconds. */
  clockOffsetMs: number;
  /** B's exercise pulls, counted as they happen. */
  pulls: PullCounter;
}

export interface PropagationFigures {
  observer: string;
  edits: number;
  exercises: number;
  clockOffsetMs: number;
  latencyMs: LatencySummary;
  /** The five longest, in milliseconds, slowest first. */
  slowestMs: number[];
  /** B's exercise pulls during the run, and how many were held back. */
  pulls: PullCounter;
}

const nodeNow = () => performance.timeOrigin + performance.now();

/**
 * How far the page's clock is from this process's: the reading with the
 * shortest round trip, against the middle of that round trip.
 */
export async function pageClockOffset(harness: RemoteHarness) {
  let best = { roundTripMs: Infinity, offsetMs: 0 };
  for (let probe = 0; probe < 30; probe += 1) {
    const sent = nodeNow();
    const pageTime = await harness.now();
    const received = nodeNow();
    if (received - sent < best.roundTripMs) {
      best = {
        roundTripMs: received - sent,
        offsetMs: pageTime - (sent + received) / 2,
      };
    }
  }
  return best;
}

export function browserObserver(
  harness: RemoteHarness,
  clockOffsetMs: number,
  pulls: PullCounter,
): Observer {
  return {
    label: 'Chromium (Dexie)',
    whenDescriptionIs: (id, text) => harness.whenDescriptionIs(id, text),
    // Calls reach the page in order: once this one is answered, the
    // watch sent before it is in place.
    fence: async () => {
      await harness.now();
    },
    clockOffsetMs,
    pulls,
  };
}

export function nodeObserver(workstation: NodeWorkstation): Observer {
  return {
    label: 'Node (memory)',
    whenDescriptionIs: (id, text) => workstation.whenDescriptionIs(id, text),
    fence: () => Promise.resolve(),
    clockOffsetMs: 0,
    pulls: workstation.pulls,
  };
}

/**
 * Makes `edits` edits one after the other, each once B held the one
 * before, cycling over `exerciseIds` (clinic exercises both replicas
 * hold) so an edit rarely meets A's pull of its own previous one.
 */
export async function measurePropagation(
  writer: NodeWorkstation,
  observer: Observer,
  exerciseIds: readonly string[],
  edits: number,
): Promise<PropagationFigures> {
  const latencies: number[] = [];
  const pullsBefore = { ...observer.pulls };
  for (let edit = 0; edit < edits; edit += 1) {
    const exerciseId = exerciseIds[edit % exerciseIds.length];
    if (exerciseId === undefined) throw new Error('no exercise to edit');
    const text = `Hold for ${edit} s, then lower slowly (${nodeNow()}).`;
    await writer.sync.inSync();

    const seen = observer.whenDescriptionIs(exerciseId, text);
    await observer.fence();
    const editedAt = nodeNow();
    await editExercise(writer.replica, exerciseId, { description: text });
    const seenAt = await seen;
    latencies.push(seenAt - observer.clockOffsetMs - editedAt);
  }
  return {
    observer: observer.label,
    edits,
    exercises: exerciseIds.length,
    clockOffsetMs: observer.clockOffsetMs,
    latencyMs: summarize(latencies),
    slowestMs: [...latencies].sort((a, b) => b - a).slice(0, 5),
    pulls: {
      pulls: observer.pulls.pulls - pullsBefore.pulls,
      heldBack: observer.pulls.heldBack - pullsBefore.heldBack,
    },
  };
}
