import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalExercises } from '../../shared/library/global';
import {
  createExerciseSearch,
  type ExerciseSearch,
} from '../../src-renderer/replica/exercise-search';
import {
  createExercise,
  deleteExercise,
  editExercise,
} from '../../src-renderer/replica/exercise-writes';
import type { Replica } from '../../src-renderer/replica/open-replica';
import {
  aPlatformExercise,
  northside,
  openTestReplica,
} from './replica-fixtures';

let replica: Replica;
let search: ExerciseSearch;

beforeAll(async () => {
  replica = await openTestReplica();
  await replica.collections.exercises.bulkInsert([
    aPlatformExercise({ name: 'Shoulder External Rotation', slug: 's-e-r' }),
    aPlatformExercise({
      name: 'Standing Calf Raise',
      slug: 'calf',
      description: 'Rise onto the balls of the feet.',
    }),
    aPlatformExercise({
      name: 'Clamshell',
      slug: 'clamshell',
      description: 'Side-lying, knees bent.',
      instructions: [
        {
          type: 'step',
          text: 'Open the top knee like a shell.',
          image_url: null,
        },
      ],
    }),
    aPlatformExercise({
      name: 'Seated Knee Extension',
      slug: 'knee-extension',
      description: 'Straighten the leg slowly.',
    }),
    aPlatformExercise({
      name: 'Old Stretch',
      slug: 'old-stretch',
      deleted_at: '2025-01-01T00:00:00.000Z',
    }),
  ]);
  search = createExerciseSearch(replica.collections.exercises);
  await search.ready;
});

afterAll(async () => {
  search.close();
  await replica.close();
});

const names = (query: string) => search.search(query).map((hit) => hit.name);

describe('searching exercises as you type', () => {
  it('finds an exercise from the first letters of its name', () => {
    expect(names('shoul')).toEqual(['Shoulder External Rotation']);
    expect(names('calf ra')).toEqual(['Standing Calf Raise']);
  });

  it('forgives a typo in a longer word', () => {
    expect(names('rotatoin')).toContain('Shoulder External Rotation');
  });

  it('ranks a name match above a match in the instructions', () => {
    const found = names('knee');
    expect(found[0]).toBe('Seated Knee Extension');
    expect(found).toContain('Clamshell');
  });

  it('hides soft-deleted exercises', () => {
    expect(names('stretch')).toEqual([]);
  });

  it('follows new, edited and deleted exercises', async () => {
    const created = await createExercise(replica, northside, {
      name: 'Nordic Hamstring Curl',
    });
    await replica.database.requestIdlePromise();
    expect(names('nordic')).toEqual(['Nordic Hamstring Curl']);

    await editExercise(replica, created.id, { name: 'Nordic Curl' });
    await replica.database.requestIdlePromise();
    expect(names('hamstring')).toEqual([]);
    expect(names('nordic')).toEqual(['Nordic Curl']);

    await deleteExercise(replica, created.id);
    await replica.database.requestIdlePromise();
    expect(names('nordic')).toEqual([]);
  });

  it('answers nothing for an empty query', () => {
    expect(search.search('  ')).toEqual([]);
  });
});

describe('search speed over a large library', () => {
  it('is measured per keystroke over 10,000 exercises', async ({
    annotate,
  }) => {
    const large = await openTestReplica();
    const library = Array.from({ length: 10_000 }, (_, n) => {
      const source = globalExercises[n % globalExercises.length]!;
      return aPlatformExercise({
        name: `${source.name} ${Math.floor(n / globalExercises.length) + 1}`,
        slug: `${source.slug}-${n}`,
        description: source.description,
        instructions: source.instructions.map((step) => ({
          type: step.type,
          text: step.text,
          image_url: null,
        })),
      });
    });
    await large.collections.exercises.bulkInsert(library);
    const started = performance.now();
    const largeSearch = createExerciseSearch(large.collections.exercises);
    await largeSearch.ready;
    const buildMs = performance.now() - started;

    // Typing "shoulder rot", "hamstring" and "balance" one key at a time.
    const keystrokes = ['shoulder rot', 'hamstring', 'balance'].flatMap(
      (query) => Array.from(query, (_, end) => query.slice(0, end + 1)),
    );
    const timings: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      for (const query of keystrokes) {
        const start = performance.now();
        largeSearch.search(query);
        timings.push(performance.now() - start);
      }
    }
    timings.sort((a, b) => a - b);
    const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;
    await annotate(
      `index built in ${buildMs.toFixed(0)} ms; ` +
        `keystroke p95 ${p95.toFixed(2)} ms over ${timings.length} searches`,
    );

    expect(largeSearch.size()).toBe(10_000);
    largeSearch.close();
    await large.close();
  });
});
