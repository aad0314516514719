import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './ExerciseEditor.module.css';

interface EditorSectionProps {
  title: string;
  /** The heading's id, which names the section. */
  id: string;
  children: ReactNode;
}

/** A titled card of the editor. */
export function EditorSection({ title, id, children }: EditorSectionProps) {
  return (
    <section className={classes.card} aria-labelledby={id}>
      <Title order={2} id={id} size="h4" className={classes.cardTitle}>
        {title}
      </Title>
      {children}
    </section>
  );
}
