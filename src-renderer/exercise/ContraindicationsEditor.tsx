import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ContraindicationRow } from './ContraindicationRow';
import classes from './ExerciseEditor.module.css';
import { exerciseLimits, type ExerciseFormErrors } from './exercise-form-rules';
import { newContraindication } from './exercise-form-values';
import type { ExerciseForm } from './useExerciseForm';

interface ContraindicationsEditorProps {
  form: ExerciseForm;
  errors: ExerciseFormErrors;
}

/** The conditions the exercise is risky or wrong for. */
export function ContraindicationsEditor({
  form,
  errors,
}: ContraindicationsEditorProps) {
  const rows = form.values.contraindications;
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const add = () => {
    const contraindication = newContraindication();
    form.insertListItem('contraindications', contraindication);
    setAddedKey(contraindication.key);
  };

  return (
    <div className={classes.listEditor}>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No contraindications recorded.
        </Text>
      ) : (
        <ol className={classes.rows} aria-label="Contraindications">
          {rows.map((contraindication, index) => (
            <ContraindicationRow
              key={contraindication.key}
              form={form}
              errors={errors}
              contraindication={contraindication}
              index={index}
              autoFocus={contraindication.key === addedKey}
            />
          ))}
        </ol>
      )}
      {errors.contraindications !== undefined && (
        <Text c="red" size="sm">
          {errors.contraindications}
        </Text>
      )}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        disabled={rows.length >= exerciseLimits.contraindications}
        className={classes.addButton}
      >
        Add contraindication
      </Button>
    </div>
  );
}
