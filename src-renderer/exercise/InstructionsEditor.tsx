import { Button, Text } from '@mantine/core';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import classes from './ExerciseEditor.module.css';
import { exerciseLimits, type ExerciseFormErrors } from './exercise-form-rules';
import { newInstruction } from './exercise-form-values';
import { InstructionRow } from './InstructionRow';
import {
  reorderAnnouncements,
  reorderInstructions,
} from './reorder-announcements';
import type { ExerciseForm } from './useExerciseForm';

interface InstructionsEditorProps {
  form: ExerciseForm;
  errors: ExerciseFormErrors;
}

/**
 * The exercise's instructions in order: add, remove, retype, rewrite,
 * attach pictures, and move them by dragging the handle or, from the
 * keyboard, with Space and the arrow keys.
 */
export function InstructionsEditor({ form, errors }: InstructionsEditorProps) {
  const rows = form.values.instructions;
  const keys = rows.map((row) => row.key);
  const positionOf = (id: UniqueIdentifier) => keys.indexOf(String(id)) + 1;
  // A few pixels of travel before a drag starts, so a click on the
  // handle (to focus it) does not count as a move.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: sortableKeyboardCoordinates,
    }),
  );

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over === null || active.id === over.id) return;
    form.reorderListItem('instructions', {
      from: positionOf(active.id) - 1,
      to: positionOf(over.id) - 1,
    });
  };
  // The text box of a row just added takes the keyboard.
  const [addedKey, setAddedKey] = useState<string | null>(null);
  const add = () => {
    const instruction = newInstruction();
    form.insertListItem('instructions', instruction);
    setAddedKey(instruction.key);
  };

  return (
    <div className={classes.listEditor}>
      {rows.length === 0 && (
        <Text c="dimmed" size="sm">
          No instructions yet.
        </Text>
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: reorderAnnouncements('instruction', positionOf),
          screenReaderInstructions: reorderInstructions('instruction'),
        }}
      >
        <SortableContext items={keys} strategy={verticalListSortingStrategy}>
          <ol className={classes.rows} aria-label="Instructions">
            {rows.map((instruction, index) => (
              <InstructionRow
                key={instruction.key}
                form={form}
                errors={errors}
                instruction={instruction}
                index={index}
                autoFocus={instruction.key === addedKey}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {errors.instructions !== undefined && (
        <Text c="red" size="sm">
          {errors.instructions}
        </Text>
      )}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={add}
        disabled={rows.length >= exerciseLimits.instructions}
        className={classes.addButton}
      >
        Add instruction
      </Button>
    </div>
  );
}
