import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import '@atlaskit/css-reset';
import './ui/global.css';
import { App } from './app/App';
import { toAppContext } from './app/forge-context';
import { PlainMessage } from './app/PlainMessage';
import { surfaceFor } from './app/surfaces';

const root = createRoot(document.getElementById('root') as HTMLElement);

const bootFailure = (
  <PlainMessage title="CSI could not start">
    This view could not connect to Jira or Confluence. Reload the page to try again.
  </PlainMessage>
);

/**
 * Reads the platform context, turns theming on, then renders the surface for this module. The
 * surface chunk and the theme code download in parallel; neither is part of this entry chunk.
 */
async function boot(): Promise<void> {
  // Theming is best effort: a host without it still renders, in the light theme.
  const [, rawContext] = await Promise.all([view.theme.enable().catch(() => undefined), view.getContext()]);
  const context = toAppContext(rawContext);
  if (!context) {
    root.render(bootFailure);
    return;
  }
  surfaceFor(context);
  await import('./app/theme').then((theme) => theme.followHostTheme(context)).catch(() => undefined);
  root.render(
    <StrictMode>
      <App context={context} />
    </StrictMode>,
  );
}

boot().catch(() => root.render(bootFailure));
