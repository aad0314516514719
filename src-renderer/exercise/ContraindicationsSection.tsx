import { Text, Title } from '@mantine/core';
import type { SyncedContraindication } from '../../shared/schemas/sync';
import { ContraindicationItem } from './ContraindicationItem';
import classes from './ExercisePage.module.css';
import { contraindicationsBySeverity } from './instruction-groups';

interface ContraindicationsSectionProps {
  contraindications: readonly Readonly<SyncedContraindication>[];
}

/**
 * The conditions this exercise is wrong or risky for, the ones that
 * forbid it first. Guidance for the prescribing clinician: nothing here
 * stops the exercise from being assigned.
 */
export function ContraindicationsSection({
  contraindications,
}: ContraindicationsSectionProps) {
  const sorted = contraindicationsBySeverity(contraindications);
  return (
    <section
      className={classes.section}
      aria-labelledby="contraindications-title"
    >
      <Title
        order={2}
        id="contraindications-title"
        className={classes.sectionTitle}
      >
        Contraindications
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed">No contraindications recorded.</Text>
      ) : (
        <ul className={classes.contraindications}>
          {sorted.map((contraindication, index) => (
            <ContraindicationItem
              key={index}
              contraindication={contraindication}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
