import { invoke } from '@forge/bridge';
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The bare floor panel: React 18 + @forge/bridge, one invoke on boot, its answer rendered (no JSX: root tsconfig). */
function Floor() {
  const [data, setData] = useState<unknown>(undefined);
  useEffect(() => {
    void invoke('issuePanel.get', {}).then(setData);
  }, []);
  if (data === undefined) return createElement('p', null, 'Loading');
  return createElement('pre', { 'data-first-data': '' }, JSON.stringify(data).slice(0, 200));
}

createRoot(document.getElementById('root') as HTMLElement).render(createElement(Floor));
