import { Button, Group, Pill } from '@mantine/core';
import { memo } from 'react';
import type { FacetKey, FacetSelections } from './library-filter';
import classes from './LibraryPage.module.css';
import type { FacetDefinition } from './library-options';

export interface ActiveFilter {
  facet: FacetKey;
  value: string;
  label: string;
}

/** The ticked options, in the column's order, with what to call them. */
export function activeFilters(
  definitions: readonly FacetDefinition[],
  labels: ReadonlyMap<FacetKey, ReadonlyMap<string, string>>,
  selections: FacetSelections,
): ActiveFilter[] {
  return definitions.flatMap((definition) =>
    selections[definition.key].map((value) => ({
      facet: definition.key,
      value,
      // A term removed since it was ticked still shows, to be removed.
      label: labels.get(definition.key)?.get(value) ?? 'Removed term',
    })),
  );
}

interface ActiveFiltersProps {
  filters: readonly ActiveFilter[];
  onRemove: (facet: FacetKey, value: string) => void;
  onClear: () => void;
}

/** The filters in force, each removable, and a way to drop them all. */
export const ActiveFilters = memo(function ActiveFilters({
  filters,
  onRemove,
  onClear,
}: ActiveFiltersProps) {
  return (
    <Group gap="xs" className={classes.activeFilters}>
      {filters.map((filter) => (
        <Pill
          key={`${filter.facet}:${filter.value}`}
          withRemoveButton
          onRemove={() => {
            onRemove(filter.facet, filter.value);
          }}
          removeButtonProps={{
            'aria-label': `Remove filter ${filter.label}`,
            'aria-hidden': false,
            tabIndex: 0,
          }}
        >
          {filter.label}
        </Pill>
      ))}
      <Button size="compact-sm" variant="subtle" onClick={onClear}>
        Clear filters
      </Button>
    </Group>
  );
});
