import { describe, expect, it } from 'vitest';
import {
  bodyRegionGroups,
  categoryOptions,
  facetDefinitions,
  optionLabels,
} from '../../src-renderer/library/library-options';

const category = (id: string, parent_id: string | null = null) => ({
  id,
  name: id[0]?.toUpperCase() + id.slice(1),
  parent_id,
});

describe('the category facet', () => {
  it('lists each parent followed by its sub-categories, indented', () => {
    const options = categoryOptions([
      category('stretching'),
      category('strengthening'),
      category('static', 'stretching'),
      category('isotonic', 'strengthening'),
      category('dynamic', 'stretching'),
      category('mobility'),
    ]);
    expect(options.map((o) => [o.label, o.depth])).toEqual([
      ['Stretching', 0],
      ['Static', 1],
      ['Dynamic', 1],
      ['Strengthening', 0],
      ['Isotonic', 1],
      ['Mobility', 0],
    ]);
  });

  it('shows a category whose parent the user cannot see at the top', () => {
    const options = categoryOptions([category('clinic-only', 'hidden')]);
    expect(options).toEqual([
      { value: 'clinic-only', label: 'Clinic-only', depth: 0 },
    ]);
  });

  it('still shows categories caught in a loop of parents', () => {
    const options = categoryOptions([category('a', 'b'), category('b', 'a')]);
    expect(options.map((o) => o.value).sort()).toEqual(['a', 'b']);
  });
});

describe('the body region facet', () => {
  it('groups regions under their body area, in the body order', () => {
    const groups = bodyRegionGroups([
      { id: 'knee', name: 'Knee', body_area: 'lower_body' },
      { id: 'shoulder', name: 'Shoulder', body_area: 'upper_body' },
      { id: 'hip', name: 'Hip', body_area: 'lower_body' },
    ]);
    expect(groups.map((g) => [g.label, g.options.map((o) => o.label)])).toEqual(
      [
        ['Upper Body', ['Shoulder']],
        ['Lower Body', ['Knee', 'Hip']],
      ],
    );
  });
});

describe('the facets offered', () => {
  const taxonomy = {
    categories: [category('mobility')],
    bodyRegions: [],
    equipment: [{ id: 'band', name: 'Resistance Band' }],
  };

  it('offers the status facet only to those who change statuses', () => {
    const titles = (withStatus: boolean) =>
      facetDefinitions({ ...taxonomy, withStatus }).map((d) => d.title);
    expect(titles(true)).toEqual([
      'Category',
      'Body region',
      'Equipment',
      'Difficulty',
      'Library',
      'Status',
      'Video',
    ]);
    expect(titles(false)).not.toContain('Status');
  });

  it('names every option as the user reads it', () => {
    const labels = optionLabels(
      facetDefinitions({ ...taxonomy, withStatus: true }),
    );
    expect(labels.get('equipment')?.get('band')).toBe('Resistance Band');
    expect([...(labels.get('difficulty')?.values() ?? [])]).toEqual([
      'Beginner',
      'Intermediate',
      'Advanced',
    ]);
    expect([...(labels.get('library')?.values() ?? [])]).toEqual([
      'Platform',
      'Clinic',
    ]);
    expect([...(labels.get('video')?.values() ?? [])]).toEqual(['Has video']);
  });
});
