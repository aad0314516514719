import type { Exercise } from '../replica/exercise-queries';
import { useSignedInWorkstation } from '../workstation/useWorkstation';
import { ContraindicationsEditor } from './ContraindicationsEditor';
import { DraftRestoredAlert } from './DraftRestoredAlert';
import { EditorBar } from './EditorBar';
import { EditorSection } from './EditorSection';
import classes from './ExerciseEditor.module.css';
import { ExerciseFields } from './ExerciseFields';
import { InstructionsEditor } from './InstructionsEditor';
import { StatusActions } from './StatusActions';
import { TaxonomyFields } from './TaxonomyFields';
import { useEditorActions } from './useEditorActions';
import { useExerciseForm } from './useExerciseForm';
import { useLeaveGuard } from './useLeaveGuard';
import { WriteProblemAlert } from './WriteProblemAlert';

interface ExerciseEditorProps {
  /** Live; the form is filled from it once, when the editor opens. */
  exercise: Exercise;
}

/** The editor for an exercise the user may edit. */
export function ExerciseEditor({ exercise }: ExerciseEditorProps) {
  const { user, replica } = useSignedInWorkstation();
  const state = useExerciseForm(exercise, user.id);
  const guard = useLeaveGuard(state.changed);
  const actions = useEditorActions(exercise, state, guard);
  const { form, errors } = state;

  return (
    <form
      className={classes.editor}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (state.changed && state.valid) void actions.save();
      }}
    >
      <EditorBar
        exercise={exercise}
        user={user}
        changed={state.changed}
        valid={state.valid}
        saving={actions.busy === 'saving'}
        onDiscard={actions.discard}
      />
      <div className={classes.content}>
        {state.restored !== null && (
          <DraftRestoredAlert
            restored={state.restored}
            onDiscard={state.revert}
          />
        )}
        {actions.problem !== null && (
          <WriteProblemAlert
            problem={actions.problem}
            onDismiss={actions.dismissProblem}
          />
        )}

        <div className={classes.columns}>
          <div className={classes.main}>
            <EditorSection title="About the exercise" id="editor-about">
              <ExerciseFields form={form} errors={errors} />
            </EditorSection>
            <EditorSection title="Instructions" id="editor-instructions">
              <InstructionsEditor form={form} errors={errors} />
            </EditorSection>
            <EditorSection
              title="Contraindications"
              id="editor-contraindications"
            >
              <ContraindicationsEditor form={form} errors={errors} />
            </EditorSection>
          </div>
          <div className={classes.aside}>
            <EditorSection title="Tags" id="editor-tags">
              <TaxonomyFields form={form} errors={errors} replica={replica} />
            </EditorSection>
            <div className={classes.card}>
              <StatusActions
                exercise={exercise}
                user={user}
                changed={state.changed}
                valid={state.valid}
                busy={actions.busy}
                notice={actions.statusNotice}
                onChangeStatus={(status) => void actions.changeStatus(status)}
                onDelete={() => void actions.remove()}
              />
            </div>
          </div>
        </div>
      </div>
    </form>
  );
}
