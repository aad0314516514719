import { describe, expect, it } from 'vitest';
import {
  bodyRegionOptions,
  categoryOptions,
  labelsOf,
  termOptions,
  unsyncedTermOptions,
} from '../../src-renderer/exercise/taxonomy-options';

const category = (
  id: string,
  name: string,
  parent_id: string | null = null,
) => ({
  id,
  name,
  parent_id,
});

describe('category choices', () => {
  it('put each category under its parent, labelled with the parent', () => {
    const options = categoryOptions([
      category('s', 'Stretching'),
      category('t', 'Strengthening'),
      category('i', 'Isometric', 't'),
      category('p', 'PNF Stretching', 's'),
      category('m', 'Mobility'),
    ]);

    expect(options.map((option) => option.label)).toEqual([
      'Stretching',
      'Stretching › PNF Stretching',
      'Strengthening',
      'Strengthening › Isometric',
      'Mobility',
    ]);
  });

  it('show a category whose parent is missing as a top-level one', () => {
    const options = categoryOptions([category('c', 'Eccentric', 'gone')]);

    expect(options).toEqual([{ value: 'c', label: 'Eccentric' }]);
  });

  it('offer categories caught in a parent cycle once each', () => {
    const options = categoryOptions([
      category('a', 'Loop A', 'b'),
      category('b', 'Loop B', 'a'),
    ]);

    expect(options.map((option) => option.value).sort()).toEqual(['a', 'b']);
  });
});

describe('body region choices', () => {
  it('are grouped by body area from head to toe, empty areas left out', () => {
    const groups = bodyRegionOptions([
      { id: 'k', name: 'Knee', body_area: 'lower_body' },
      { id: 's', name: 'Shoulder', body_area: 'upper_body' },
      { id: 'h', name: 'Hip', body_area: 'lower_body' },
    ]);

    expect(groups).toEqual([
      { group: 'Upper Body', items: [{ value: 's', label: 'Shoulder' }] },
      {
        group: 'Lower Body',
        items: [
          { value: 'k', label: 'Knee' },
          { value: 'h', label: 'Hip' },
        ],
      },
    ]);
  });
});

describe("the names shown for an exercise's tags", () => {
  it('follow the curated order and skip terms the replica lacks', () => {
    const options = termOptions([
      { id: 'band', name: 'Resistance Band' },
      { id: 'mat', name: 'Yoga Mat' },
    ]);

    expect(labelsOf(['mat', 'unknown', 'band'], options)).toEqual([
      'Resistance Band',
      'Yoga Mat',
    ]);
  });
});

describe('tags whose terms have not synced yet', () => {
  it('get a word in the picker instead of their id', () => {
    const known = termOptions([{ id: 'band', name: 'Resistance Band' }]);

    expect(unsyncedTermOptions(['band', 'later'], known)).toEqual([
      { value: 'later', label: 'Not synced yet' },
    ]);
  });
});
