import type { ReactNode } from 'react';
import { stack } from './styles';

/**
 * A form that submits through the app (never the browser): validation messages come from the
 * contract's schema and the resolver, so the browser's own validation is off.
 */
export function ActionForm({ onSubmit, children }: { onSubmit: () => Promise<void>; children: ReactNode }) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
      style={stack('space.200')}
    >
      {children}
    </form>
  );
}
