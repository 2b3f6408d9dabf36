import { useEffect } from 'react';
import { loadThemeSheet } from '../../app/theme-sheets';

/**
 * Paper is white: while printing, switch the tokens to the light theme and back afterwards. The
 * light theme CSS is loaded ahead of time because `beforeprint` cannot wait for a download.
 */
export function useLightPrint(): void {
  useEffect(() => {
    const html = document.documentElement;
    void loadThemeSheet('light').catch(() => undefined);
    let restore: string | null = null;
    const before = () => {
      restore = html.getAttribute('data-color-mode');
      if (restore === 'dark') html.setAttribute('data-color-mode', 'light');
    };
    const after = () => {
      if (restore === 'dark') html.setAttribute('data-color-mode', 'dark');
      restore = null;
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
