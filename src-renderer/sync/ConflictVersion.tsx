import { List, Paper, Text } from '@mantine/core';

/** One side of a conflict, as lines of text. */
export function ConflictVersion(props: { title: string; lines: string[] }) {
  return (
    <Paper bg="var(--mantine-color-default-hover)" p="sm">
      <Text fw={600} size="sm" mb={4}>
        {props.title}
      </Text>
      {props.lines.length === 1 ? (
        <Text size="sm">{props.lines[0]}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {props.lines.map((line, index) => (
            <List.Item key={index}>{line}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
