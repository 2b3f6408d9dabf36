import type { Plugin } from 'vite';

const PREFIX = '\0csi-lazy:';

export interface LazyImport {
  /** Which files' imports are rewritten (an Atlaskit package's dist folder). */
  importer: RegExp;
  /** The imports (a default-exported React component each) that load only when first rendered. */
  sources: readonly string[];
  /**
   * What shows while the component loads: nothing (a component shown only in some cases), or its
   * children (a wrapper such as Tooltip, whose trigger must be usable at once; a render-prop child
   * is called with no props until the real wrapper arrives).
   */
  fallback?: 'nothing' | 'children';
}

/**
 * Turns an Atlaskit package's import of a component it renders only in some cases into a
 * `React.lazy` wrapper, so the component (the real Atlaskit one) downloads when it is first shown
 * instead of with every surface. `@atlaskit/section-message` imports its dismiss IconButton (and with
 * it tooltip, popper and top-layer, 21 KiB gzip) and SectionMessageAction imports the emotion-styled
 * old Button and Link even when neither is rendered; this app shows no dismissible message and no
 * action link, so those never load, and would load on demand if one appeared. Likewise
 * @atlaskit/dynamic-table's pagination (emotion Button, shown only past one page) and its sort
 * buttons' Tooltip (tooltip, popper, top-layer), a lozenge's Pressable and Badge, and the empty
 * state's ButtonGroup load when first shown (see the rules in static/vite.config.ts).
 */
export function lazyImports(rules: readonly LazyImport[]): Plugin {
  return {
    name: 'csi-lazy-imports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || importer.startsWith(PREFIX)) return null;
      const rule = rules.find((r) => r.importer.test(importer) && r.sources.includes(source));
      return rule ? `${PREFIX}${rule.fallback ?? 'nothing'}:${source}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const [fallback, ...rest] = id.slice(PREFIX.length).split(':');
      const source = JSON.stringify(rest.join(':'));
      const shown =
        fallback === 'children'
          ? `typeof props.children === 'function' ? props.children({}) : (props.children ?? null)`
          : 'null';
      return [
        `import { createElement, forwardRef, lazy, Suspense } from 'react';`,
        `const Lazy = lazy(() => import(${source}));`,
        `const OnDemand = forwardRef((props, ref) =>`,
        `  createElement(Suspense, { fallback: ${shown} }, createElement(Lazy, { ...props, ref })));`,
        `export default OnDemand;`,
      ].join('\n');
    },
  };
}
