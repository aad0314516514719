import { Button, EmptyState, List, Text } from '@mantine/core';
import { IconFilterOff, IconSearchOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { ActiveFilter } from './ActiveFilters';
import classes from './LibraryPage.module.css';

interface NoMatchesProps {
  query: string;
  filters: readonly ActiveFilter[];
  onClearSearch: () => void;
  /** The removable filters and "Clear filters", when filters are set. */
  filterControls: ReactNode;
}

function listed(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels.at(-1) ?? ''}`;
}

/**
 * What to say when nothing matches, and what to change: the query's
 * spelling or length, or the filters, named one by one.
 */
export function NoMatches({
  query,
  filters,
  onClearSearch,
  filterControls,
}: NoMatchesProps) {
  const typed = query.trim();
  const searching = typed !== '';

  if (filters.length === 0) {
    return (
      <EmptyState
        className={classes.empty}
        icon={<IconSearchOff aria-hidden />}
      >
        <EmptyState.Title order={2}>
          No exercises match “{typed}”
        </EmptyState.Title>
        <List size="sm" className={classes.suggestions}>
          <List.Item>Check the spelling.</List.Item>
          <List.Item>Use fewer words, or the start of a word.</List.Item>
          <List.Item>
            Search by what the exercise does, such as “rotation” or “bridge”.
          </List.Item>
        </List>
        <EmptyState.Actions>
          <Button variant="light" onClick={onClearSearch}>
            Clear search
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }

  return (
    <EmptyState className={classes.empty} icon={<IconFilterOff aria-hidden />}>
      <EmptyState.Title order={2}>
        {searching
          ? `No exercises match “${typed}” with these filters`
          : 'No exercises match these filters'}
      </EmptyState.Title>
      <Text size="sm" c="dimmed" ta="center">
        Filtering by {listed(filters.map((filter) => filter.label))}. Remove a
        filter, or clear them all.
      </Text>
      {filterControls}
      {searching && (
        <EmptyState.Actions>
          <Button variant="light" onClick={onClearSearch}>
            Clear search
          </Button>
        </EmptyState.Actions>
      )}
    </EmptyState>
  );
}
