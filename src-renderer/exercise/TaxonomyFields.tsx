import { MultiSelect } from '@mantine/core';
import { useMemo } from 'react';
import type { Replica } from '../replica/open-replica';
import { useTaxonomyTerms } from '../replica/useTaxonomyTerms';
import classes from './ExerciseEditor.module.css';
import type { ExerciseFormErrors } from './exercise-form-rules';
import {
  bodyRegionOptions,
  categoryOptions,
  termOptions,
  unsyncedTermLabel,
  unsyncedTermOptions,
  withUnsyncedTerms,
} from './taxonomy-options';
import type { ExerciseForm } from './useExerciseForm';

interface TaxonomyFieldsProps {
  form: ExerciseForm;
  errors: ExerciseFormErrors;
  replica: Replica;
}

/**
 * Where the exercise sits in the library: categories labelled with their
 * parent, body regions grouped by body area, and the equipment it needs.
 */
export function TaxonomyFields({ form, errors, replica }: TaxonomyFieldsProps) {
  const categories = useTaxonomyTerms(replica, 'category');
  const bodyRegions = useTaxonomyTerms(replica, 'body_region');
  const equipment = useTaxonomyTerms(replica, 'equipment');
  const picked = form.values;

  const categoryData = useMemo(() => {
    return withUnsyncedTerms(picked.category_ids, categoryOptions(categories));
  }, [categories, picked.category_ids]);
  const bodyRegionData = useMemo(() => {
    const groups = bodyRegionOptions(bodyRegions);
    const unsynced = unsyncedTermOptions(
      picked.body_region_ids,
      groups.flatMap((group) => group.items),
    );
    return unsynced.length === 0
      ? groups
      : [...groups, { group: unsyncedTermLabel, items: unsynced }];
  }, [bodyRegions, picked.body_region_ids]);
  const equipmentData = useMemo(() => {
    return withUnsyncedTerms(picked.equipment_ids, termOptions(equipment));
  }, [equipment, picked.equipment_ids]);

  return (
    <div className={classes.fields}>
      <MultiSelect
        label="Categories"
        placeholder="Pick categories"
        data={categoryData}
        searchable
        nothingFoundMessage="No such category"
        {...form.getInputProps('category_ids')}
        error={errors.category_ids}
      />
      <MultiSelect
        label="Body regions"
        placeholder="Pick body regions"
        data={bodyRegionData}
        searchable
        nothingFoundMessage="No such body region"
        {...form.getInputProps('body_region_ids')}
        error={errors.body_region_ids}
      />
      <MultiSelect
        label="Equipment"
        placeholder="Pick equipment"
        data={equipmentData}
        searchable
        nothingFoundMessage="No such equipment"
        {...form.getInputProps('equipment_ids')}
        error={errors.equipment_ids}
      />
    </div>
  );
}
