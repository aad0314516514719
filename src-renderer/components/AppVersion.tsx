import { useEffect, useState } from 'react';
import { isDesktop, motus } from '../bridge';

/** Which Motus this is and where it runs, e.g. "Desktop · linux · 0.1.0". */
export function AppVersion() {
  const [version, setVersion] = useState<string>();

  useEffect(() => {
    let current = true;
    motus
      .appVersion()
      .then((value) => {
        if (current) setVersion(value);
      })
      // Without a version the line below simply omits it.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const where = isDesktop ? `Desktop · ${motus.platform}` : 'Browser';
  return (
    <p className="app-version">
      {version === undefined ? where : `${where} · ${version}`}
    </p>
  );
}
