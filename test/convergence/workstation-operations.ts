import fc from 'fast-check';
import type { ExerciseStatus } from '../../shared/domain';
import {
  changeExerciseStatus,
  cloneExercise,
  createExercise,
  deleteExercise,
  editExercise,
  ExerciseWriteError,
} from '../../src-renderer/replica/exercise-writes';
import type { ReplicaExercise } from '../../src-renderer/replica/replica-documents';
import type { Workstation } from './sync-workstation';

/** What a clinician does at a workstation, drawn by fast-check. */
export type Operation =
  | { kind: 'create'; who: number }
  | { kind: 'type-note'; who: number; pick: number }
  | { kind: 'rename'; who: number; pick: number; suffix: string }
  | { kind: 'reorder-steps'; who: number; pick: number }
  | { kind: 'clone'; who: number; pick: number }
  | { kind: 'status'; who: number; pick: number; status: ExerciseStatus }
  | { kind: 'delete'; who: number; pick: number }
  | { kind: 'go-offline'; who: number }
  | { kind: 'go-online'; who: number }
  | { kind: 'restart-server' }
  | { kind: 'pause'; ms: number };

export function operationArbitrary(
  workstations: number,
): fc.Arbitrary<Operation> {
  const who = fc.integer({ min: 0, max: workstations - 1 });
  const pick = fc.nat({ max: 10_000 });
  const status = fc.constantFrom<ExerciseStatus>(
    'draft',
    'published',
    'archived',
  );
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('create'), who }) },
    {
      weight: 10,
      arbitrary: fc.record({ kind: fc.constant('type-note'), who, pick }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('rename'),
        who,
        pick,
        suffix: fc.constantFrom('(band)', '(seated)', '(standing)', 'II'),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('reorder-steps'), who, pick }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('clone'), who, pick }),
    },
    {
      weight: 3,
      arbitrary: fc.record({ kind: fc.constant('status'), who, pick, status }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ kind: fc.constant('delete'), who, pick }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('go-offline'), who }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ kind: fc.constant('go-online'), who }),
    },
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('pause'),
        ms: fc.integer({ min: 1, max: 25 }),
      }),
    },
  );
}

/** Notes typed into descriptions, each unique, to prove none is lost. */
export class TypedNotes {
  private next = 0;
  /** note → exercise it was typed into, per workstation. */
  readonly typed = new Map<string, { who: number; exerciseId: string }>();

  note(who: number, exerciseId: string): string {
    const note = `note-${who}-${this.next++}`;
    this.typed.set(note, { who, exerciseId });
    return note;
  }
}

export function notesIn(text: unknown): string[] {
  return typeof text === 'string' ? (text.match(/note-\d+-\d+/g) ?? []) : [];
}

function choose(
  exercises: ReplicaExercise[],
  pick: number,
): ReplicaExercise | undefined {
  const live = exercises.filter((e) => e.deleted_at === null);
  return live[pick % Math.max(1, live.length)];
}

/** Exercises this workstation's user would open to edit. */
function editable(station: Workstation, exercises: ReplicaExercise[]) {
  return exercises.filter((e) => e.organization_id === station.clinicId);
}

/**
 * Applies one operation at a workstation through the replica's data
 * layer, as the app would. Writes the data layer refuses on the spot
 * (an invalid status move, a deleted exercise) are part of the game.
 */
export async function perform(
  station: Workstation,
  operation: Exclude<Operation, { kind: 'restart-server' | 'pause' }>,
  notes: TypedNotes,
): Promise<void> {
  const all = await station.exercises();
  const mine = editable(station, all);
  try {
    switch (operation.kind) {
      case 'create':
        await createExercise(station.replica, station.clinicId, {
          name: `Exercise of ${station.name} ${String(all.length)}`,
          instructions: [
            { type: 'step', text: 'Lift slowly.', image_url: null },
            { type: 'step', text: 'Lower with control.', image_url: null },
          ],
        });
        return;
      case 'type-note': {
        const target = choose(mine, operation.pick);
        if (!target) return;
        const note = notes.note(operation.who, target.id);
        await editExercise(station.replica, target.id, {
          description: `${target.description} ${note}`.trim(),
        });
        return;
      }
      case 'rename': {
        const target = choose(mine, operation.pick);
        if (!target) return;
        await editExercise(station.replica, target.id, {
          name: `${target.name.slice(0, 180)} ${operation.suffix}`,
        });
        return;
      }
      case 'reorder-steps': {
        const target = choose(mine, operation.pick);
        if (!target || target.instructions.length < 2) return;
        const [first, ...rest] = target.instructions;
        await editExercise(station.replica, target.id, {
          instructions: [...rest, ...(first ? [first] : [])],
        });
        return;
      }
      case 'clone': {
        const source = choose(all, operation.pick);
        if (!source || !station.clinicId) return;
        await cloneExercise(station.replica, station.clinicId, source.id);
        return;
      }
      case 'status': {
        const target = choose(mine, operation.pick);
        if (!target) return;
        await changeExerciseStatus(
          station.replica,
          target.id,
          operation.status,
        );
        return;
      }
      case 'delete': {
        const target = choose(mine, operation.pick);
        if (target) await deleteExercise(station.replica, target.id);
        return;
      }
      case 'go-offline':
        station.goOffline();
        return;
      case 'go-online':
        station.goOnline();
        return;
    }
  } catch (error) {
    if (!(error instanceof ExerciseWriteError)) throw error;
  }
}
