import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/**
 * The latest value of `source`, re-rendering on each new one; `initial`
 * until the first arrives. `source` must be stable (memoized): a new
 * observable means a new subscription, and `initial` again meanwhile.
 */
export function useObservedValue<T>(source: Observable<T>, initial: T): T {
  const [latest, setLatest] = useState<{ source: Observable<T>; value: T }>();

  useEffect(() => {
    const subscription = source.subscribe((value) => {
      setLatest({ source, value });
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [source]);

  // A value from the previous source is not an answer for this one.
  return latest?.source === source ? latest.value : initial;
}
