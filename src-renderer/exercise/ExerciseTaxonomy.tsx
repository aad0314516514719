import { Title } from '@mantine/core';
import { useMemo } from 'react';
import type { Exercise } from '../replica/exercise-queries';
import type { Replica } from '../replica/open-replica';
import { useTaxonomyTerms } from '../replica/useTaxonomyTerms';
import classes from './ExercisePage.module.css';
import { durationLabel } from './exercise-words';
import {
  categoryOptions,
  labelsOf,
  termOptions,
  withUnsyncedTerms,
  type TermOption,
} from './taxonomy-options';
import { TermList } from './TermList';

interface ExerciseTaxonomyProps {
  exercise: Exercise;
  replica: Replica;
}

// A tag whose term has not reached this replica yet still shows, in
// words, so that an exercise never looks untagged when it is not.
function tagged(ids: readonly string[], known: TermOption[]): string[] {
  return labelsOf(ids, withUnsyncedTerms(ids, known));
}

/** What the exercise needs and where it sits in the library's taxonomy. */
export function ExerciseTaxonomy({ exercise, replica }: ExerciseTaxonomyProps) {
  const categories = useTaxonomyTerms(replica, 'category');
  const bodyRegions = useTaxonomyTerms(replica, 'body_region');
  const equipment = useTaxonomyTerms(replica, 'equipment');
  const names = useMemo(
    () => ({
      categories: tagged(exercise.category_ids, categoryOptions(categories)),
      bodyRegions: tagged(exercise.body_region_ids, termOptions(bodyRegions)),
      equipment: tagged(exercise.equipment_ids, termOptions(equipment)),
    }),
    [exercise, categories, bodyRegions, equipment],
  );
  const duration = exercise.estimated_duration_seconds;

  return (
    <section className={classes.section} aria-labelledby="details-title">
      <Title order={2} id="details-title" className={classes.sectionTitle}>
        Details
      </Title>
      <dl className={classes.details}>
        <dt>Equipment</dt>
        <dd>
          <TermList names={names.equipment} none="None listed" />
        </dd>
        <dt>Categories</dt>
        <dd>
          <TermList names={names.categories} none="None" />
        </dd>
        <dt>Body regions</dt>
        <dd>
          <TermList names={names.bodyRegions} none="None" />
        </dd>
        {duration !== null && (
          <>
            <dt>Takes about</dt>
            <dd>{durationLabel(duration)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
