/**
 * What the device says about its network. Browsers have
 * `navigator.onLine` and `online`/`offline` events; Node has neither, and
 * counts as online. Reached through a narrow view of `globalThis` so the
 * core type-checks without the DOM library.
 */
export interface NetworkSignal {
  isOnline(): boolean;
  /** Calls `onChange` on every change; returns the unsubscribe. */
  watch(onChange: (online: boolean) => void): () => void;
}

type NetworkEvent = 'online' | 'offline';

interface NetworkGlobals {
  navigator?: { onLine?: boolean };
  addEventListener?: (type: NetworkEvent, listener: () => void) => void;
  removeEventListener?: (type: NetworkEvent, listener: () => void) => void;
}

const device = globalThis as NetworkGlobals;

export const deviceNetwork: NetworkSignal = {
  isOnline: () => device.navigator?.onLine ?? true,
  watch: (onChange) => {
    if (!device.addEventListener || !device.removeEventListener) {
      return () => undefined;
    }
    const online = () => {
      onChange(true);
    };
    const offline = () => {
      onChange(false);
    };
    device.addEventListener('online', online);
    device.addEventListener('offline', offline);
    return () => {
      device.removeEventListener?.('online', online);
      device.removeEventListener?.('offline', offline);
    };
  },
};
