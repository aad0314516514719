import { describe, expect, it } from 'vitest';
import {
  clearExerciseDrafts,
  exerciseDraftKey,
  readExerciseDraft,
  removeExerciseDraft,
  writeExerciseDraft,
  type DraftStorage,
  type ExerciseDraft,
} from '../../src-renderer/exercise/exercise-drafts';

/** Web Storage's behaviour, for Node, which has no localStorage. */
class MemoryStorage implements DraftStorage {
  private readonly entries = new Map<string, string>();
  get length(): number {
    return this.entries.size;
  }
  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.entries.set(key, value);
  }
  removeItem(key: string): void {
    this.entries.delete(key);
  }
}

const draft: ExerciseDraft = {
  baseRevision: 'rev-0001-abcd',
  savedAt: '2025-03-04T10:00:00.000Z',
  changes: {
    name: 'Wall Slide (clinic variant) ',
    estimated_duration_seconds: '',
    contraindications: [
      {
        key: 'row-7',
        condition: 'Frozen shoulder',
        severity: 'warning',
        note: '',
      },
    ],
  },
};

describe('drafts of unsaved changes', () => {
  it('come back as they were written, under the user and exercise', () => {
    const storage = new MemoryStorage();

    expect(writeExerciseDraft('ana', 'ex-1', draft, storage)).toBe(true);

    expect(readExerciseDraft('ana', 'ex-1', storage)).toEqual(draft);
    expect(storage.getItem(exerciseDraftKey('ana', 'ex-1'))).not.toBeNull();
    expect(exerciseDraftKey('ana', 'ex-1')).toBe('motus-draft:ana:ex-1');
  });

  it('are kept apart per user', () => {
    const storage = new MemoryStorage();
    writeExerciseDraft('ana', 'ex-1', draft, storage);

    expect(readExerciseDraft('ben', 'ex-1', storage)).toBeNull();
  });

  it('are dropped when damaged or written by another version', () => {
    const storage = new MemoryStorage();
    const key = exerciseDraftKey('ana', 'ex-1');
    storage.setItem(key, '{"version":1,"baseRevision":');
    expect(readExerciseDraft('ana', 'ex-1', storage)).toBeNull();
    expect(storage.getItem(key)).toBeNull();

    storage.setItem(key, JSON.stringify({ ...draft, version: 2 }));
    expect(readExerciseDraft('ana', 'ex-1', storage)).toBeNull();
    expect(storage.getItem(key)).toBeNull();
  });

  it('refuse fields the editor does not have', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      exerciseDraftKey('ana', 'ex-1'),
      JSON.stringify({
        version: 1,
        ...draft,
        changes: { status: 'published' },
      }),
    );

    expect(readExerciseDraft('ana', 'ex-1', storage)).toBeNull();
  });

  it('go away when saved or discarded', () => {
    const storage = new MemoryStorage();
    writeExerciseDraft('ana', 'ex-1', draft, storage);

    removeExerciseDraft('ana', 'ex-1', storage);

    expect(readExerciseDraft('ana', 'ex-1', storage)).toBeNull();
  });

  it('are all removed on sign-out, and nothing else is', () => {
    const storage = new MemoryStorage();
    writeExerciseDraft('ana', 'ex-1', draft, storage);
    writeExerciseDraft('ana', 'ex-2', draft, storage);
    writeExerciseDraft('ben', 'ex-1', draft, storage);
    storage.setItem('mantine-color-scheme-value', 'dark');

    clearExerciseDrafts(storage);

    expect(storage.length).toBe(1);
    expect(storage.getItem('mantine-color-scheme-value')).toBe('dark');
  });

  it('are quietly not kept where the browser refuses to store them', () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };

    expect(writeExerciseDraft('ana', 'ex-1', draft, full)).toBe(false);
  });
});
