import { Checkbox, VisuallyHidden } from '@mantine/core';
import { memo, useMemo } from 'react';
import type { FacetKey } from './library-filter';
import classes from './LibraryFacets.module.css';
import type { FacetOption } from './library-options';

interface FacetCheckboxProps {
  facet: FacetKey;
  option: FacetOption;
  /** Exercises this option would give, with the other facets applied. */
  count: number;
  checked: boolean;
  onChange: (facet: FacetKey, value: string, checked: boolean) => void;
}

/**
 * One option of a facet. Its accessible name is the term's name alone;
 * the count beside it is its description, so that a test or a screen
 * reader finds "Resistance Band", not "Resistance Band 12".
 */
export const FacetCheckbox = memo(function FacetCheckbox({
  facet,
  option,
  count,
  checked,
  onChange,
}: FacetCheckboxProps) {
  const id = `library-facet-${facet}-${option.value}`;
  // Counts change on every keystroke, the box only when ticked: the
  // same element lets React skip the Checkbox while the count moves.
  const box = useMemo(
    () => (
      <Checkbox
        id={id}
        size="xs"
        label={option.label}
        checked={checked}
        aria-describedby={`${id}-count`}
        onChange={(event) => {
          onChange(facet, option.value, event.currentTarget.checked);
        }}
        classNames={{ root: classes.checkbox, label: classes.label }}
      />
    ),
    [id, facet, option, checked, onChange],
  );
  return (
    <div
      className={classes.option}
      data-empty={(count === 0 && !checked) || undefined}
      style={{ '--facet-depth': option.depth } as React.CSSProperties}
    >
      {box}
      <span id={`${id}-count`} className={classes.count}>
        {count}
        <VisuallyHidden>
          {count === 1 ? ' exercise' : ' exercises'}
        </VisuallyHidden>
      </span>
    </div>
  );
});
