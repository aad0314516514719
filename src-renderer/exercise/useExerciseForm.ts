import { useForm, type UseFormReturnType } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import type { Exercise } from '../replica/exercise-queries';
import { readExerciseDraft } from './exercise-drafts';
import { applyFormChanges, changedFormFields } from './exercise-edits';
import {
  exerciseFormErrors,
  type ExerciseFormErrors,
} from './exercise-form-rules';
import { formValuesOf, type ExerciseFormValues } from './exercise-form-values';
import { useDraftKeeper, type DraftKeeper } from './useDraftKeeper';

export type ExerciseForm = UseFormReturnType<ExerciseFormValues>;

/** A draft brought back when the editor opened. */
export interface RestoredDraft {
  savedAt: string;
  /** The exercise was changed (here or by sync) after the draft began. */
  exerciseChangedSince: boolean;
}

export interface ExerciseFormState {
  form: ExerciseForm;
  /** The values the changes are measured from: the exercise as stored. */
  base: ExerciseFormValues;
  errors: ExerciseFormErrors;
  changed: boolean;
  valid: boolean;
  restored: RestoredDraft | null;
  draft: DraftKeeper;
  /** The form's values were written as `revision`: the new base. */
  markSaved: (revision: string) => void;
  /** Back to the exercise as stored, with no draft. */
  revert: () => void;
}

function startingPoint(exercise: Exercise, userId: string) {
  const base = formValuesOf(exercise);
  const draft = readExerciseDraft(userId, exercise.id);
  if (draft === null) return { base, values: base, restored: null };
  return {
    base,
    values: applyFormChanges(base, draft.changes),
    restored: {
      savedAt: draft.savedAt,
      exerciseChangedSince: draft.baseRevision !== exercise.sync_revision,
    },
  };
}

/**
 * The editor's form for `exercise`, opened once: later changes to the
 * exercise (sync, another screen) do not overwrite what is being typed,
 * and a save writes only the fields typed here. Unsaved changes are
 * kept as a draft, and a draft left by an earlier visit is restored.
 */
export function useExerciseForm(
  exercise: Exercise,
  userId: string,
): ExerciseFormState {
  const [start] = useState(() => startingPoint(exercise, userId));
  const [base, setBase] = useState(start.base);
  const [baseRevision, setBaseRevision] = useState(exercise.sync_revision);
  const [restored, setRestored] = useState<RestoredDraft | null>(
    start.restored,
  );
  const draft = useDraftKeeper(userId, exercise.id);
  const form = useForm<ExerciseFormValues>({ initialValues: start.values });
  const { values } = form;

  const changes = useMemo(
    () => changedFormFields(base, values),
    [base, values],
  );
  const errors = useMemo(() => exerciseFormErrors(values), [values]);

  // Values as opened (a restored draft among them) are already kept;
  // everything after is typed here and kept as it comes.
  const { keep } = draft;
  useEffect(() => {
    if (values !== start.values) keep(changes, baseRevision);
  }, [values, changes, baseRevision, start.values, keep]);

  return {
    form,
    base,
    errors,
    changed: Object.keys(changes).length > 0,
    valid: Object.keys(errors).length === 0,
    restored,
    draft,
    markSaved: (revision) => {
      draft.forget();
      setBase(form.getValues());
      setBaseRevision(revision);
      setRestored(null);
    },
    revert: () => {
      form.setValues(base);
      draft.forget();
      setRestored(null);
    },
  };
}
