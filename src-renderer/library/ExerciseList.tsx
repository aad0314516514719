import { useVirtualizer } from '@tanstack/react-virtual';
import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import classes from './ExerciseList.module.css';
import {
  ExerciseRow,
  exerciseOptionId,
  exerciseRowHeight,
} from './ExerciseRow';
import type { IndexedExercise } from './library-filter';

interface ExerciseListProps {
  results: readonly IndexedExercise[];
  /** The exercise the keyboard is on; null for none yet. */
  activeId: string | null;
  onActiveChange: (exerciseId: string) => void;
  onOpen: (exerciseId: string) => void;
  termNames: ReadonlyMap<string, string>;
  /** Changes whenever the query, the filters or the order change. */
  resultsKey: string;
  /**
   * Hand the keyboard back to the search box: ArrowUp on the first row,
   * Escape, or a letter typed (which then lands in the box).
   */
  onBackToSearch: () => void;
  /** Focus the list on mount (coming back to the library). */
  autoFocus: boolean;
  /** The listbox element, which is also the scrolling one. */
  listRef: RefObject<HTMLDivElement | null>;
}

/**
 * The results as a listbox that renders only the rows in view, so ten
 * thousand exercises scroll like fifty. The listbox keeps the focus and
 * points at the active row with `aria-activedescendant`; the arrows,
 * Home, End and the page keys move it, Enter opens it.
 */
export const ExerciseList = memo(function ExerciseList({
  results,
  activeId,
  onActiveChange,
  onOpen,
  termNames,
  resultsKey,
  onBackToSearch,
  autoFocus,
  listRef,
}: ExerciseListProps) {
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => exerciseRowHeight,
    getItemKey: (index) => results[index]?.exercise.id ?? index,
    overscan: 6,
    // Rows in the very first paint, before the list could be measured.
    initialRect: { width: 1000, height: 1200 },
  });
  const activeIndex =
    activeId === null
      ? -1
      : results.findIndex((entry) => entry.exercise.id === activeId);

  // Coming back: the row last worked on is in view, in the middle. Only
  // on mount; later moves scroll as they are made.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (activeIndex < 0) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'center' });
    if (autoFocus) listRef.current?.focus({ preventScroll: true });
  }, [activeIndex, autoFocus, listRef, virtualizer]);

  // A new query, filter or order starts at the top of its results.
  const shownKey = useRef(resultsKey);
  useEffect(() => {
    if (shownKey.current === resultsKey) return;
    shownKey.current = resultsKey;
    // The virtualizer's own record of the offset: asking the element
    // would force a layout in the middle of the keystroke.
    if ((virtualizer.scrollOffset ?? 0) > 0) virtualizer.scrollToOffset(0);
  }, [resultsKey, virtualizer]);

  const moveTo = (index: number) => {
    const clamped = Math.min(Math.max(index, 0), results.length - 1);
    const entry = results[clamped];
    if (!entry) return;
    onActiveChange(entry.exercise.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };

  const rowsPerPage = () =>
    Math.max(
      1,
      Math.floor((listRef.current?.clientHeight ?? 0) / exerciseRowHeight) - 1,
    );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => {
        moveTo(activeIndex + 1);
      },
      ArrowUp: () => {
        if (activeIndex <= 0) onBackToSearch();
        else moveTo(activeIndex - 1);
      },
      Home: () => {
        moveTo(0);
      },
      End: () => {
        moveTo(results.length - 1);
      },
      PageDown: () => {
        moveTo(Math.max(activeIndex, 0) + rowsPerPage());
      },
      PageUp: () => {
        moveTo(activeIndex - rowsPerPage());
      },
      Enter: () => {
        const entry = results[activeIndex];
        if (entry) onOpen(entry.exercise.id);
      },
    };
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    } else if (event.key === 'Escape' || event.key.length === 1) {
      // Focus moves before the key's character is inserted, so typing
      // on the list carries on with the search.
      onBackToSearch();
    }
  };

  // Coming in from the search box or by Tab: back to the active row,
  // or the first row in view when there is none.
  const onFocus = () => {
    if (activeIndex >= 0) {
      virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
      return;
    }
    const first = virtualizer.getVirtualItems()[0];
    const entry = first ? results[first.index] : results[0];
    if (entry) onActiveChange(entry.exercise.id);
  };

  const rows = virtualizer.getVirtualItems();
  const activeRendered = rows.some((row) => row.index === activeIndex);
  return (
    <div
      ref={listRef}
      role="listbox"
      aria-label="Exercises"
      aria-activedescendant={
        activeRendered && activeId !== null
          ? exerciseOptionId(activeId)
          : undefined
      }
      tabIndex={0}
      className={classes.list}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div
        role="presentation"
        className={classes.sizer}
        style={{ height: virtualizer.getTotalSize() }}
      >
        {rows.map((row) => {
          const entry = results[row.index];
          if (!entry) return null;
          return (
            <ExerciseRow
              key={row.key}
              exercise={entry.exercise}
              top={row.start}
              active={row.index === activeIndex}
              termNames={termNames}
              onOpen={onOpen}
            />
          );
        })}
      </div>
    </div>
  );
});
