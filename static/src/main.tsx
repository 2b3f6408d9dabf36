import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import '@atlaskit/css-reset';
import './ui/global.css';
import { App } from './app/App';
import { startFirstCall } from './app/first-calls';
import { toAppContext } from './app/forge-context';
import { PlainMessage } from './app/PlainMessage';
import { nameFor, surfaceFor } from './app/surfaces';

const root = createRoot(document.getElementById('root') as HTMLElement);

const bootFailure = (
  <PlainMessage title="CSI could not start">
    This view could not connect to Jira or Confluence. Reload the page to try again.
  </PlainMessage>
);

/**
 * Reads the platform context, turns theming on, then renders the surface for this module. The
 * surface's first resolver call, its chunk and the theme code start together; none waits for another.
 */
async function boot(): Promise<void> {
  // Theming is best effort: a host without it still renders, in the light theme.
  const [, rawContext] = await Promise.all([view.theme.enable().catch(() => undefined), view.getContext()]);
  const context = toAppContext(rawContext);
  if (!context) {
    root.render(bootFailure);
    return;
  }
  // The first data, the surface's chunks and the theme all download at once.
  startFirstCall(nameFor(context), context);
  surfaceFor(context);
  await import('./app/theme').then((theme) => theme.followHostTheme(context)).catch(() => undefined);
  root.render(
    <StrictMode>
      <App context={context} />
    </StrictMode>,
  );
}

boot().catch(() => root.render(bootFailure));
