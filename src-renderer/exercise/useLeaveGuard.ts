import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { openConfirm } from './open-confirm';

export interface LeaveGuard {
  /** Lets the next navigation through (after a save or a discard). */
  release: () => void;
}

/**
 * Asks before the clinician leaves the editor, inside the app, with
 * changes not saved. Leaving loses nothing (the draft stays on this
 * workstation), but the changes would then reach no one until saved.
 * Needs a data router (`createHashRouter`), as the app's is.
 */
export function useLeaveGuard(unsavedChanges: boolean): LeaveGuard {
  const released = useRef(false);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsavedChanges &&
      !released.current &&
      currentLocation.pathname !== nextLocation.pathname,
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    const { proceed, reset } = blocker;
    let answered = false;
    openConfirm({
      title: 'Leave without saving?',
      children:
        'Your changes are not saved. They stay on this workstation as a draft and come back when you edit this exercise again.',
      labels: { confirm: 'Leave', cancel: 'Stay' },
      onConfirm: () => {
        answered = true;
        proceed();
      },
      onCancel: () => {
        answered = true;
        reset();
      },
      onClose: () => {
        if (!answered) reset();
      },
    });
  }, [blocker]);

  return {
    release: () => {
      released.current = true;
    },
  };
}
