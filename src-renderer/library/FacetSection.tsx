import { Accordion, Badge, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { FacetCheckbox } from './FacetCheckbox';
import type { FacetKey } from './library-filter';
import classes from './LibraryFacets.module.css';
import type { FacetDefinition } from './library-options';

interface FacetSectionProps {
  definition: FacetDefinition;
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  onChange: (facet: FacetKey, value: string, checked: boolean) => void;
}

/**
 * One facet as a collapsible section: a group of checkboxes named by
 * the facet's title, with its body-area headings as groups within.
 */
export const FacetSection = memo(function FacetSection({
  definition,
  counts,
  selected,
  onChange,
}: FacetSectionProps) {
  const titleId = `library-facet-${definition.key}-title`;
  const checkbox = (
    option: FacetDefinition['groups'][number]['options'][number],
  ) => (
    <FacetCheckbox
      key={option.value}
      facet={definition.key}
      option={option}
      count={counts.get(option.value) ?? 0}
      checked={selected.includes(option.value)}
      onChange={onChange}
    />
  );
  return (
    <Accordion.Item value={definition.key}>
      <Accordion.Control>
        <span id={titleId}>{definition.title}</span>
        {selected.length > 0 && (
          <Badge size="xs" variant="filled" circle>
            {selected.length}
            <VisuallyHidden> selected</VisuallyHidden>
          </Badge>
        )}
      </Accordion.Control>
      <Accordion.Panel>
        <div role="group" aria-labelledby={titleId} className={classes.group}>
          {definition.groups.map((group, index) =>
            group.label === null ? (
              group.options.map(checkbox)
            ) : (
              <div
                key={group.label}
                role="group"
                aria-labelledby={`${titleId}-${index}`}
                className={classes.subgroup}
              >
                <div id={`${titleId}-${index}`} className={classes.subtitle}>
                  {group.label}
                </div>
                {group.options.map(checkbox)}
              </div>
            ),
          )}
        </div>
      </Accordion.Panel>
    </Accordion.Item>
  );
});
