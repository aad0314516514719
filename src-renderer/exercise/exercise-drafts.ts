import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import {
  contraindicationSeverities,
  difficulties,
  instructionTypes,
} from '../../shared/domain';
import type { FormChanges } from './exercise-edits';

/**
 * Unsaved editor changes, kept in localStorage so that a reload or a
 * crash does not lose them. A draft holds only the fields the clinician
 * changed, with the exercise revision they started from; it is exercise
 * content, never patient data, and sign-out removes every draft.
 */

/** The part of `Storage` drafts use (localStorage in the app). */
export interface DraftStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface ExerciseDraft {
  /** The exercise's `sync_revision` when editing began. */
  baseRevision: string;
  /** ISO timestamp of the last keystroke kept. */
  savedAt: string;
  changes: FormChanges;
}

const draftPrefix = 'motus-draft:';

const DraftRow = {
  key: Type.String({ maxLength: 100 }),
};

const StoredDraft = Type.Object({
  version: Type.Literal(1),
  baseRevision: Type.String({ maxLength: 100 }),
  savedAt: Type.String({ maxLength: 40 }),
  changes: Type.Object(
    {
      name: Type.Optional(Type.String()),
      description: Type.Optional(Type.String()),
      difficulty: Type.Optional(Type.Enum(difficulties)),
      estimated_duration_seconds: Type.Optional(
        Type.Union([Type.Number(), Type.String()]),
      ),
      video_url: Type.Optional(Type.String()),
      category_ids: Type.Optional(Type.Array(Type.String())),
      body_region_ids: Type.Optional(Type.Array(Type.String())),
      equipment_ids: Type.Optional(Type.Array(Type.String())),
      instructions: Type.Optional(
        Type.Array(
          Type.Object({
            ...DraftRow,
            type: Type.Enum(instructionTypes),
            text: Type.String(),
            image_url: Type.Union([Type.String(), Type.Null()]),
          }),
        ),
      ),
      contraindications: Type.Optional(
        Type.Array(
          Type.Object({
            ...DraftRow,
            condition: Type.String(),
            severity: Type.Enum(contraindicationSeverities),
            note: Type.String(),
          }),
        ),
      ),
    },
    { additionalProperties: false },
  ),
});
type StoredDraft = Static<typeof StoredDraft>;

/** The key of one user's draft of one exercise. */
export function exerciseDraftKey(userId: string, exerciseId: string): string {
  return `${draftPrefix}${userId}:${exerciseId}`;
}

/**
 * localStorage, or null where the browser refuses it (storage turned
 * off); drafts are then simply not kept.
 */
function browserStorage(): DraftStorage | null {
  try {
    return (globalThis as { localStorage?: DraftStorage }).localStorage ?? null;
  } catch {
    return null;
  }
}

/** The draft as stored, or null for none. An unreadable one is removed. */
export function readExerciseDraft(
  userId: string,
  exerciseId: string,
  storage = browserStorage(),
): ExerciseDraft | null {
  const key = exerciseDraftKey(userId, exerciseId);
  const stored = storage?.getItem(key) ?? null;
  if (stored === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    parsed = null;
  }
  // Written by another version of the app, or damaged: nothing to offer.
  if (!Value.Check(StoredDraft, parsed)) {
    storage?.removeItem(key);
    return null;
  }
  const { baseRevision, savedAt, changes } = parsed;
  return { baseRevision, savedAt, changes };
}

/**
 * Keeps `draft`. Returns false when the browser would not store it
 * (storage full or turned off): the changes then live only on screen.
 */
export function writeExerciseDraft(
  userId: string,
  exerciseId: string,
  draft: ExerciseDraft,
  storage = browserStorage(),
): boolean {
  if (storage === null) return false;
  const stored: StoredDraft = { version: 1, ...draft };
  try {
    storage.setItem(
      exerciseDraftKey(userId, exerciseId),
      JSON.stringify(stored),
    );
    return true;
  } catch {
    return false;
  }
}

export function removeExerciseDraft(
  userId: string,
  exerciseId: string,
  storage = browserStorage(),
): void {
  storage?.removeItem(exerciseDraftKey(userId, exerciseId));
}

/** Removes every user's drafts; called on sign-out. */
export function clearExerciseDrafts(storage = browserStorage()): void {
  if (storage === null) return;
  const drafts: string[] = [];
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index);
    if (key?.startsWith(draftPrefix)) drafts.push(key);
  }
  // Removing while counting would shift the indexes under the loop.
  for (const key of drafts) storage.removeItem(key);
}
