import { Accordion } from '@mantine/core';
import { memo } from 'react';
import {
  facetKeys,
  type FacetKey,
  type FacetSelections,
} from './library-filter';
import type { FacetCounts } from './library-facets';
import classes from './LibraryFacets.module.css';
import type { FacetDefinition } from './library-options';
import { FacetSection } from './FacetSection';

interface LibraryFacetsProps {
  definitions: readonly FacetDefinition[];
  counts: FacetCounts;
  selections: FacetSelections;
  onChange: (facet: FacetKey, value: string, checked: boolean) => void;
  openFacets: readonly FacetKey[];
  onOpenFacetsChange: (facets: FacetKey[]) => void;
}

function isFacetKey(value: string): value is FacetKey {
  return facetKeys.some((key) => key === value);
}

/** The column of facets beside the results, each section collapsible. */
export const LibraryFacets = memo(function LibraryFacets({
  definitions,
  counts,
  selections,
  onChange,
  openFacets,
  onOpenFacetsChange,
}: LibraryFacetsProps) {
  return (
    <Accordion
      multiple
      value={[...openFacets]}
      onChange={(values) => {
        onOpenFacetsChange(values.filter(isFacetKey));
      }}
      classNames={{
        control: classes.control,
        label: classes.controlLabel,
        content: classes.content,
        item: classes.item,
      }}
    >
      {definitions.map((definition) => (
        <FacetSection
          key={definition.key}
          definition={definition}
          counts={counts[definition.key]}
          selected={selections[definition.key]}
          onChange={onChange}
        />
      ))}
    </Accordion>
  );
});
