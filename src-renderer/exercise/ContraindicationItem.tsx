import { Text } from '@mantine/core';
import { IconAlertTriangle, IconBan } from '@tabler/icons-react';
import type { SyncedContraindication } from '../../shared/schemas/sync';
import { severityLabels } from './exercise-words';
import classes from './ContraindicationItem.module.css';

interface ContraindicationItemProps {
  contraindication: Readonly<SyncedContraindication>;
}

/**
 * One contraindication. The two severities differ in colour, in icon
 * (a "no entry" sign against a caution triangle) and in the word, so the
 * difference survives colour blindness, greyscale print and a screen
 * reader alike.
 */
export function ContraindicationItem({
  contraindication,
}: ContraindicationItemProps) {
  const { severity, condition, note } = contraindication;
  const SeverityIcon =
    severity === 'contraindicated' ? IconBan : IconAlertTriangle;

  return (
    <li className={classes.item} data-severity={severity}>
      <SeverityIcon className={classes.icon} size={24} stroke={2} aria-hidden />
      <div className={classes.body}>
        <Text className={classes.severity}>
          {severityLabels[severity]}
          {severity === 'contraindicated' && (
            <span className={classes.advice}> · do not perform</span>
          )}
        </Text>
        <Text fw={600}>{condition}</Text>
        {note.trim() !== '' && (
          <Text size="sm" className={classes.note}>
            {note}
          </Text>
        )}
      </div>
    </li>
  );
}
