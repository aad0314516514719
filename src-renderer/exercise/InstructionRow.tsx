import { ActionIcon, Select, Textarea } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconGripVertical, IconTrash } from '@tabler/icons-react';
import { instructionTypes } from '../../shared/domain';
import classes from './ExerciseEditor.module.css';
import type { ExerciseFormErrors } from './exercise-form-rules';
import type { InstructionValues } from './exercise-form-values';
import { instructionTypeLabels } from './exercise-words';
import { InstructionImageField } from './InstructionImageField';
import { InstructionTypeIcon } from './InstructionTypeIcon';
import type { ExerciseForm } from './useExerciseForm';

const typeOptions = instructionTypes.map((type) => ({
  value: type,
  label: instructionTypeLabels[type],
}));

interface InstructionRowProps {
  form: ExerciseForm;
  errors: ExerciseFormErrors;
  instruction: InstructionValues;
  index: number;
  /** Puts the keyboard in the text box (a row just added). */
  autoFocus: boolean;
}

/**
 * One instruction in the editor: its drag handle (pointer, or Space
 * and the arrow keys), type, text, picture and a remove button. The
 * controls are named by the instruction's current position.
 */
export function InstructionRow({
  form,
  errors,
  instruction,
  index,
  autoFocus,
}: InstructionRowProps) {
  const number = index + 1;
  const path = `instructions.${index}` as const;
  const sortable = useSortable({ id: instruction.key });
  const style = {
    transform: CSS.Translate.toString(sortable.transform),
    transition: sortable.transition,
  };

  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={classes.row}
      data-dragging={sortable.isDragging || undefined}
    >
      <ActionIcon
        ref={sortable.setActivatorNodeRef}
        variant="subtle"
        color="gray"
        className={classes.handle}
        {...sortable.attributes}
        {...sortable.listeners}
        aria-label={`Move instruction ${number}`}
      >
        <IconGripVertical size={18} aria-hidden />
      </ActionIcon>
      <span className={classes.number} aria-hidden>
        {number}
      </span>
      <div className={classes.rowFields}>
        <div className={classes.rowHeader}>
          <Select
            aria-label={`Instruction ${number} type`}
            data={typeOptions}
            allowDeselect={false}
            leftSection={
              <InstructionTypeIcon type={instruction.type} size={16} />
            }
            className={classes.typeSelect}
            value={instruction.type}
            onChange={(picked) => {
              // Only the listed types can be picked; null is a deselect.
              const type = instructionTypes.find((known) => known === picked);
              if (type) form.setFieldValue(`${path}.type`, type);
            }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={`Remove instruction ${number}`}
            onClick={() => {
              form.removeListItem('instructions', index);
            }}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </div>
        <Textarea
          aria-label={`Instruction ${number} text`}
          placeholder="What the patient does, in one or two sentences"
          autosize
          autoFocus={autoFocus}
          minRows={1}
          maxRows={8}
          {...form.getInputProps(`${path}.text`)}
          error={errors[`${path}.text`]}
        />
        <InstructionImageField
          number={number}
          imageUrl={instruction.image_url}
          onChange={(imageUrl) => {
            // The row may have moved while the image uploaded: find it by key.
            form.setFieldValue('instructions', (rows) =>
              rows.map((row) =>
                row.key === instruction.key
                  ? { ...row, image_url: imageUrl }
                  : row,
              ),
            );
          }}
        />
      </div>
    </li>
  );
}
