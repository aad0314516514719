import type { IpcErrorCode, SessionVault } from '../../shared/ipc';
import {
  isWorkstationSession,
  type WorkstationSession,
} from '../../shared/schemas/workstation-session';

/**
 * The session vault of a plain browser, where there is no shell to keep
 * the session: IndexedDB, in a small database of its own. Never
 * localStorage, which every script on the origin reads synchronously and
 * which browsers write to disk unguarded. The protection is that of the
 * browser profile, reported as `browser-storage`.
 */

const databaseName = 'motus-session';
const storeName = 'session';
// One signed-in session per browser profile, under one fixed key.
const sessionKey = 'current';

/**
 * A vault on `indexedDB` (the page's own by default). The database is
 * opened on first use, so a page that never signs in never creates it.
 */
export function createBrowserSessionVault(
  indexedDB: IDBFactory = globalThis.indexedDB,
): SessionVault {
  let database: Promise<IDBDatabase> | undefined;
  const open = () => {
    const forget = () => {
      database = undefined;
    };
    // A failed or closed database is opened afresh by the next call.
    database ??= openDatabase(indexedDB, forget).catch((error: unknown) => {
      forget();
      throw error;
    });
    return database;
  };

  return {
    read: async () => {
      const stored = await run<unknown>(await open(), 'readonly', (store) =>
        store.get(sessionKey),
      );
      if (stored === undefined) return null;
      if (isWorkstationSession(stored)) return stored;
      // Written by another version, or tampered with: sign in again.
      await run(await open(), 'readwrite', (store) => store.delete(sessionKey));
      return null;
    },
    save: async (session: WorkstationSession) => {
      if (!isWorkstationSession(session)) {
        throw new Error('session-invalid' satisfies IpcErrorCode);
      }
      await run(await open(), 'readwrite', (store) =>
        store.put(session, sessionKey),
      );
    },
    clear: async () => {
      await run(await open(), 'readwrite', (store) => store.delete(sessionKey));
    },
    protection: () => Promise.resolve('browser-storage'),
  };
}

/** Opens the vault's database; `onClosed` runs once it is closed again. */
function openDatabase(
  indexedDB: IDBFactory,
  onClosed: () => void,
): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(storeName);
    };
    request.onsuccess = () => {
      const opened = request.result;
      // Another tab deleting or upgrading the database must not wait on us.
      opened.onversionchange = () => {
        opened.close();
        onClosed();
      };
      // The browser closes it on its own, e.g. when the profile is cleared.
      opened.onclose = onClosed;
      resolve(opened);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB refused to open'));
    };
    request.onblocked = () => {
      reject(new Error('IndexedDB is held open by an older Motus tab'));
    };
  });
}

/**
 * Runs one request in a transaction of its own and resolves with its
 * result once the transaction has committed, so a resolved save is on
 * disk as far as the browser is concerned.
 */
function run<T>(
  database: IDBDatabase,
  mode: IDBTransactionMode,
  operation: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(storeName, mode);
    const request = operation(transaction.objectStore(storeName));
    transaction.oncomplete = () => {
      resolve(request.result);
    };
    transaction.onerror = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    };
    transaction.onabort = () => {
      reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
    };
  });
}
