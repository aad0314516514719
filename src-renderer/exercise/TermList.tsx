import { Text } from '@mantine/core';
import classes from './ExercisePage.module.css';

interface TermListProps {
  names: readonly string[];
  /** Said when there are none. */
  none: string;
}

/** Tag names as a row of chips. */
export function TermList({ names, none }: TermListProps) {
  if (names.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {none}
      </Text>
    );
  }
  return (
    <ul className={classes.terms}>
      {names.map((name, index) => (
        // "Not synced yet" may be said more than once.
        <li key={`${index}-${name}`} className={classes.term}>
          {name}
        </li>
      ))}
    </ul>
  );
}
