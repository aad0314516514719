import { useDebouncedCallback, useWindowEvent } from '@mantine/hooks';
import type { FormChanges } from './exercise-edits';
import { removeExerciseDraft, writeExerciseDraft } from './exercise-drafts';

// Long enough to write once per pause in typing, short enough that a
// reload right after loses at most the last few keystrokes.
const keepDelayMs = 300;

export interface DraftKeeper {
  /** Keeps `changes` soon; none removes the draft. */
  keep: (changes: FormChanges, baseRevision: string) => void;
  /** Removes the draft, and any write still waiting (saved, discarded). */
  forget: () => void;
}

/**
 * Writes the editor's unsaved changes to localStorage a moment after
 * the last one, and at once when the page goes away (reload, close) or
 * the editor does.
 */
export function useDraftKeeper(
  userId: string,
  exerciseId: string,
): DraftKeeper {
  const write = useDebouncedCallback(
    (changes: FormChanges, baseRevision: string) => {
      if (Object.keys(changes).length === 0) {
        removeExerciseDraft(userId, exerciseId);
        return;
      }
      const savedAt = new Date().toISOString();
      writeExerciseDraft(userId, exerciseId, {
        baseRevision,
        savedAt,
        changes,
      });
    },
    { delay: keepDelayMs, flushOnUnmount: true },
  );
  useWindowEvent('pagehide', write.flush);

  return {
    keep: write,
    forget: () => {
      write.cancel();
      removeExerciseDraft(userId, exerciseId);
    },
  };
}
