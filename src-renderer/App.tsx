import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { SessionGate } from './session/SessionGate';
import { theme } from './theme/theme';

/**
 * The app's providers. Mantine's runtime `<style>` tags are turned off:
 * the strict CSP (`style-src 'self'`) refuses them, and the default
 * theme's variables ship in its stylesheet (the colours Motus changes
 * are overridden in styles.css).
 */
export function App() {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      withCssVariables={false}
      withGlobalClasses={false}
    >
      <ModalsProvider modalProps={{ lockScroll: false }}>
        <Notifications position="bottom-right" />
        <SessionGate />
      </ModalsProvider>
    </MantineProvider>
  );
}
