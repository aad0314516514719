import { Text, Title } from '@mantine/core';
import type { SyncedInstruction } from '../../shared/schemas/sync';
import classes from './ExercisePage.module.css';
import { groupInstructions } from './instruction-groups';
import { InstructionGroupList } from './InstructionGroupList';

interface InstructionsSectionProps {
  instructions: readonly Readonly<SyncedInstruction>[];
}

/** How to perform the exercise, grouped by the instructions' types. */
export function InstructionsSection({
  instructions,
}: InstructionsSectionProps) {
  const groups = groupInstructions(instructions);
  return (
    <section className={classes.section} aria-labelledby="instructions-title">
      <Title order={2} id="instructions-title" className={classes.sectionTitle}>
        Instructions
      </Title>
      {groups.length === 0 ? (
        <Text c="dimmed">No instructions for this exercise yet.</Text>
      ) : (
        groups.map((group) => (
          <InstructionGroupList key={group.type} group={group} />
        ))
      )}
    </section>
  );
}
