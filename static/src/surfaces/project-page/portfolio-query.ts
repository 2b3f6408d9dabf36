import type { SavedView } from '@contracts/project-page.contract';
import type { PortfolioFilterDraft } from './PortfolioFilters';

/** Only the filters the reader set, in the contract's shape. */
export function toFilters(d: PortfolioFilterDraft): SavedView['filters'] {
  return {
    ...(d.status.trim() ? { status: d.status.trim() } : {}),
    ...(d.initiativeClass ? { initiativeClass: d.initiativeClass } : {}),
    ...(d.complete !== null ? { complete: d.complete } : {}),
    ...(d.needsAlignment !== null ? { needsAlignment: d.needsAlignment } : {}),
    ...(d.mviPassed !== null ? { mviPassed: d.mviPassed } : {}),
  };
}

/** A saved view's filters back into the form's draft. */
export function toDraft(f: SavedView['filters']): PortfolioFilterDraft {
  return {
    status: f.status ?? '',
    initiativeClass: f.initiativeClass ?? null,
    complete: f.complete ?? null,
    needsAlignment: f.needsAlignment ?? null,
    mviPassed: f.mviPassed ?? null,
  };
}

export type PortfolioSort = SavedView['sort'];
