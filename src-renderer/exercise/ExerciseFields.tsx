import { NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { difficulties } from '../../shared/domain';
import classes from './ExerciseEditor.module.css';
import { exerciseLimits, type ExerciseFormErrors } from './exercise-form-rules';
import { difficultyLabels } from './exercise-words';
import type { ExerciseForm } from './useExerciseForm';

const difficultyOptions = difficulties.map((difficulty) => ({
  value: difficulty,
  label: difficultyLabels[difficulty],
}));

interface ExerciseFieldsProps {
  form: ExerciseForm;
  errors: ExerciseFormErrors;
}

/** What the exercise is: name, description, difficulty, length, video. */
export function ExerciseFields({ form, errors }: ExerciseFieldsProps) {
  return (
    <div className={classes.fields}>
      <TextInput
        label="Name"
        {...form.getInputProps('name')}
        error={errors.name}
      />
      <Textarea
        label="Description"
        autosize
        minRows={3}
        maxRows={14}
        {...form.getInputProps('description')}
        error={errors.description}
      />
      <div className={classes.fieldRow}>
        <Select
          label="Difficulty"
          data={difficultyOptions}
          allowDeselect={false}
          {...form.getInputProps('difficulty')}
        />
        <NumberInput
          label="Estimated duration (seconds)"
          placeholder="Leave empty if it varies"
          min={1}
          max={exerciseLimits.longestDuration}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="none"
          {...form.getInputProps('estimated_duration_seconds')}
          error={errors.estimated_duration_seconds}
        />
      </div>
      <TextInput
        label="Video URL"
        type="url"
        placeholder="https://"
        description="The demonstration video's web address; leave empty for none."
        {...form.getInputProps('video_url')}
        error={errors.video_url}
      />
    </div>
  );
}
