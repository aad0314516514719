import { createTheme } from '@mantine/core';

/**
 * Motus's Mantine theme. Only what needs no CSS variables at run time
 * goes here (see App.tsx); colours live in styles.css.
 */
export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", sans-serif',
  headings: { fontWeight: '650' },
});
