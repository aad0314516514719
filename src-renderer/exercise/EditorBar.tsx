import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { Exercise } from '../replica/exercise-queries';
import type { SignedInUser } from '../workstation/signed-in-user';
import { BackLink } from './BackLink';
import { scopeColor } from './exercise-colors';
import { scopeLabel } from './exercise-words';
import classes from './ExerciseEditor.module.css';

interface EditorBarProps {
  exercise: Exercise;
  user: SignedInUser;
  changed: boolean;
  valid: boolean;
  saving: boolean;
  onDiscard: () => void;
}

/**
 * The top of the editor, kept in view while the form scrolls: what is
 * being edited, whether anything is unsaved, and save or discard. At the
 * top rather than the bottom, where notifications would cover it.
 */
export function EditorBar({
  exercise,
  user,
  changed,
  valid,
  saving,
  onDiscard,
}: EditorBarProps) {
  let state = 'No changes';
  if (changed) {
    state = valid ? 'Unsaved changes' : 'Fix the marked fields to save';
  }

  return (
    <div className={classes.bar}>
      <div className={classes.barInner}>
        <div className={classes.barTitle}>
          <BackLink to={`/exercises/${exercise.id}`}>Back to exercise</BackLink>
          <Group gap="sm" wrap="nowrap">
            <Title order={1} className={classes.title}>
              Edit {exercise.name}
            </Title>
            <Badge variant="light" color={scopeColor(exercise.organization_id)}>
              {scopeLabel(exercise.organization_id, user.organization)}
            </Badge>
          </Group>
        </div>
        <Text
          size="sm"
          c={changed && !valid ? 'red' : 'dimmed'}
          role="status"
          className={classes.barState}
        >
          {state}
        </Text>
        <Group gap="sm" wrap="nowrap">
          <Button variant="default" onClick={onDiscard} disabled={saving}>
            Discard changes
          </Button>
          <Button
            type="submit"
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
            disabled={!changed || !valid}
            loading={saving}
          >
            Save changes
          </Button>
        </Group>
      </div>
    </div>
  );
}
