import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ExerciseStatus } from '../../shared/domain';
import type { Exercise } from '../replica/exercise-queries';
import {
  changeExerciseStatus,
  deleteExercise,
  editExercise,
} from '../replica/exercise-writes';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { exerciseEditsFrom } from './exercise-edits';
import { openConfirm } from './open-confirm';
import type { ExerciseFormState } from './useExerciseForm';
import type { LeaveGuard } from './useLeaveGuard';
import { writeProblem } from './write-problem';

// Said where the buttons are: a notification would cover the editor.
const statusNotices: Readonly<Record<ExerciseStatus, string>> = {
  published: 'Published: it is now offered for treatment plans.',
  archived: 'Archived: no longer offered for new plans.',
  draft: 'Moved back to draft.',
};

export type EditorWrite = 'saving' | 'changing-status' | 'deleting';

export interface EditorActions {
  /** The write under way, if any. */
  busy: EditorWrite | null;
  /** Why the last write failed, for the clinician. */
  problem: string | null;
  /** What the last status move did ("Published."). */
  statusNotice: string | null;
  dismissProblem: () => void;
  save: () => Promise<void>;
  discard: () => void;
  changeStatus: (status: ExerciseStatus) => Promise<void>;
  remove: () => Promise<void>;
}

/**
 * What the editor's buttons do. Every write goes to the replica only,
 * so all of it works offline; sync takes it to the server later, and a
 * refusal there comes back through the conflicts view.
 */
export function useEditorActions(
  exercise: Exercise,
  state: ExerciseFormState,
  guard: LeaveGuard,
): EditorActions {
  const { replica } = useSignedInWorkstation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState<EditorWrite | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [statusNotice, setStatusNotice] = useState<string | null>(null);
  const exercisePath = `/exercises/${exercise.id}`;

  const run = async (write: EditorWrite, task: () => Promise<void>) => {
    setBusy(write);
    setProblem(null);
    setStatusNotice(null);
    try {
      await task();
    } catch (error) {
      setProblem(writeProblem(error));
    } finally {
      setBusy(null);
    }
  };
  const writeChanges = async () => {
    const edits = exerciseEditsFrom(state.base, state.form.getValues());
    if (Object.keys(edits).length === 0) return;
    const saved = await editExercise(replica, exercise.id, edits);
    state.markSaved(saved.sync_revision);
  };
  const leave = async (path: string) => {
    guard.release();
    await navigate(path);
  };

  return {
    busy,
    problem,
    statusNotice,
    dismissProblem: () => {
      setProblem(null);
    },
    save: () =>
      run('saving', async () => {
        await writeChanges();
        notifications.show({ color: 'teal', message: 'Saved' });
        await leave(exercisePath);
      }),
    discard: () => {
      if (!state.changed) {
        void leave(exercisePath);
        return;
      }
      openConfirm({
        title: 'Discard your changes?',
        children:
          'The changes you made here since the last save are thrown away.',
        labels: { confirm: 'Discard', cancel: 'Keep editing' },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          state.draft.forget();
          void leave(exercisePath);
        },
      });
    },
    // A status button publishes (or archives) what the clinician sees,
    // so the changes on screen are saved first.
    changeStatus: (status) =>
      run('changing-status', async () => {
        await writeChanges();
        await changeExerciseStatus(replica, exercise.id, status);
        setStatusNotice(statusNotices[status]);
      }),
    remove: () =>
      run('deleting', async () => {
        await deleteExercise(replica, exercise.id);
        state.draft.forget();
        notifications.show({ message: `Deleted ${exercise.name}` });
        await leave('/library');
      }),
  };
}
