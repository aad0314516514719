import type {
  Announcements,
  ScreenReaderInstructions,
  UniqueIdentifier,
} from '@dnd-kit/core';

/**
 * What a screen reader hears while a row is moved, by position rather
 * than by the rows' internal keys, which dnd-kit would read out.
 *
 * @param positionOf the 1-based position of the row with that id
 *   before the move.
 */
export function reorderAnnouncements(
  noun: string,
  positionOf: (id: UniqueIdentifier) => number,
): Announcements {
  return {
    onDragStart: ({ active }) => `Picked up ${noun} ${positionOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${capitalized(noun)} ${positionOf(active.id)} is over position ${positionOf(over.id)}.`
        : `${capitalized(noun)} ${positionOf(active.id)} is not over a position.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${capitalized(noun)} ${positionOf(active.id)} dropped at position ${positionOf(over.id)}.`
        : `${capitalized(noun)} ${positionOf(active.id)} dropped where it was.`,
    onDragCancel: ({ active }) =>
      `Moving cancelled. ${capitalized(noun)} ${positionOf(active.id)} is back where it was.`,
  };
}

export function reorderInstructions(noun: string): ScreenReaderInstructions {
  return {
    draggable: `To move this ${noun}, press Space, then the up and down arrow keys. Press Space again to drop it there, or Escape to cancel.`,
  };
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
