import { ActionIcon, Select, TextInput, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { contraindicationSeverities } from '../../shared/domain';
import classes from './ExerciseEditor.module.css';
import type { ExerciseFormErrors } from './exercise-form-rules';
import type { ContraindicationValues } from './exercise-form-values';
import { severityLabels } from './exercise-words';
import type { ExerciseForm } from './useExerciseForm';

const severityOptions = contraindicationSeverities.map((severity) => ({
  value: severity,
  label: severityLabels[severity],
}));

interface ContraindicationRowProps {
  form: ExerciseForm;
  errors: ExerciseFormErrors;
  contraindication: ContraindicationValues;
  index: number;
  autoFocus: boolean;
}

/** One contraindication: the condition, how serious, and a note. */
export function ContraindicationRow({
  form,
  errors,
  contraindication,
  index,
  autoFocus,
}: ContraindicationRowProps) {
  const number = index + 1;
  const path = `contraindications.${index}` as const;

  return (
    <li className={classes.row} data-severity={contraindication.severity}>
      <span className={classes.number} aria-hidden>
        {number}
      </span>
      <div className={classes.rowFields}>
        <div className={classes.rowHeader}>
          <TextInput
            aria-label={`Condition ${number}`}
            placeholder="Condition, e.g. Acute rotator cuff tear"
            className={classes.condition}
            autoFocus={autoFocus}
            {...form.getInputProps(`${path}.condition`)}
            error={errors[`${path}.condition`]}
          />
          <Select
            aria-label={`Severity ${number}`}
            data={severityOptions}
            allowDeselect={false}
            className={classes.severitySelect}
            value={contraindication.severity}
            onChange={(picked) => {
              const severity = contraindicationSeverities.find(
                (known) => known === picked,
              );
              if (severity) form.setFieldValue(`${path}.severity`, severity);
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove contraindication ${number}`}
            onClick={() => {
              form.removeListItem('contraindications', index);
            }}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </div>
        <Textarea
          aria-label={`Note ${number}`}
          placeholder="Note for the prescribing clinician (optional)"
          autosize
          minRows={1}
          maxRows={6}
          {...form.getInputProps(`${path}.note`)}
          error={errors[`${path}.note`]}
        />
      </div>
    </li>
  );
}
