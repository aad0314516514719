/**
 * When the library first shows a result list after the workstation
 * opened. Opening reads the whole replica for that list; the search
 * index and sync read it too, so they wait for this (or a deadline)
 * instead of competing with the first paint.
 */
let shown: () => void = () => undefined;
let firstList = new Promise<void>((resolve) => {
  shown = resolve;
});

/** Called by the library each time it painted a result list. */
export function libraryShown(): void {
  shown();
}

/** A fresh wait, for a workstation being opened now. */
export function resetLibraryShown(): void {
  firstList = new Promise<void>((resolve) => {
    shown = resolve;
  });
}

/** Resolves once the list was shown, or after `deadlineMs` anyway. */
export function whenLibraryShown(deadlineMs: number): Promise<void> {
  return Promise.race([
    firstList,
    new Promise<void>((resolve) => setTimeout(resolve, deadlineMs)),
  ]);
}
