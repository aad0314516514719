import { Group, Image, Title } from '@mantine/core';
import { useId } from 'react';
import { instructionTypeHeadings } from './exercise-words';
import classes from './ExercisePage.module.css';
import type { InstructionGroup } from './instruction-groups';
import { InstructionTypeIcon } from './InstructionTypeIcon';

interface InstructionGroupListProps {
  group: InstructionGroup;
}

/**
 * The instructions of one type under their heading; steps in a numbered
 * list, the others in a plain one, each with its picture if it has one.
 */
export function InstructionGroupList({ group }: InstructionGroupListProps) {
  const headingId = useId();
  const heading = instructionTypeHeadings[group.type];
  const List = group.type === 'step' ? 'ol' : 'ul';

  return (
    <div className={classes.instructionGroup} data-type={group.type}>
      <Group gap="xs" className={classes.instructionHeading}>
        <InstructionTypeIcon type={group.type} />
        <Title order={3} id={headingId}>
          {heading}
        </Title>
      </Group>
      <List className={classes.instructionList} aria-labelledby={headingId}>
        {group.instructions.map((instruction, index) => (
          <li key={index} className={classes.instruction}>
            <span>{instruction.text}</span>
            {instruction.image_url !== null && (
              <Image
                src={instruction.image_url}
                alt={
                  instruction.stepNumber === null
                    ? `Picture for: ${instruction.text}`
                    : `Picture for step ${instruction.stepNumber}`
                }
                className={classes.instructionImage}
                loading="lazy"
              />
            )}
          </li>
        ))}
      </List>
    </div>
  );
}
