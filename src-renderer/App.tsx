import { useEffect } from 'react';
import { AppVersion } from './components/AppVersion';
import { ServerStatusPanel } from './components/ServerStatusPanel';
import { useServerStatus } from './stores/useServerStatus';

export function App() {
  const status = useServerStatus((state) => state.status);
  const check = useServerStatus((state) => state.check);

  useEffect(() => {
    void check();
  }, [check]);

  return (
    <main className="app">
      <header className="app-header">
        <h1>Motus</h1>
        <AppVersion />
      </header>
      <ServerStatusPanel
        status={status}
        onRetry={() => {
          void check();
        }}
      />
    </main>
  );
}
