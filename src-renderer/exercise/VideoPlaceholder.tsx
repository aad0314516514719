import { Text } from '@mantine/core';
import { IconVideoOff } from '@tabler/icons-react';
import classes from './ExerciseVideo.module.css';

/** Where the video goes, for an exercise that has none yet. */
export function VideoPlaceholder() {
  return (
    <div className={classes.placeholder}>
      <IconVideoOff size={40} stroke={1.5} aria-hidden />
      <Text>No video for this exercise yet</Text>
    </div>
  );
}
