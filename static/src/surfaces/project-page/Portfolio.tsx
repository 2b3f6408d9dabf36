import { lazy, Suspense } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { projectPageCalls, type SavedView } from '@contracts/project-page.contract';
import { invokeCall } from '../../api/invoke-call';
import { usePagedCall } from '../../api/use-paged-call';
import { BalanceBand } from '../../ui/BalanceBand';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportButtons } from '../../ui/ExportButtons';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { Section } from '../../ui/Section';
import { stack, subtle } from '../../ui/styles';
import { PortfolioFilters, type PortfolioFilterDraft } from './PortfolioFilters';
import { toDraft, toFilters } from './portfolio-query';

const PAGE_SIZE = 25;

// Saved views are a secondary control: their code loads beside the first data, not before it.
const SavedViews = lazy(() => import('./SavedViews').then((m) => ({ default: m.SavedViews })));
// The table (dynamic-table, 7 KiB gzip with its CSS) starts loading when this module runs, in step
// with the first page of rows the entry has already asked for: it has nothing to show before them.
const tableCode = import('./PortfolioTable');
const PortfolioTable = lazy(() => tableCode.then((m) => ({ default: m.PortfolioTable })));

export interface PortfolioProps {
  draft: PortfolioFilterDraft;
  /** The filters as sent (debounced by the page). */
  filters: SavedView['filters'];
  statuses: readonly string[];
  sort: SavedView['sort'];
  onDraft: (d: PortfolioFilterDraft) => void;
  onSort: (s: SavedView['sort']) => void;
}

/** The project's initiatives ranked by score, the portfolio balance, filters, saved views and CSV export. */
export function Portfolio({ draft, filters, statuses, sort, onDraft, onSort }: PortfolioProps) {
  const portfolio = usePagedCall(projectPageCalls.portfolio, { filters, limit: PAGE_SIZE }, (p) => p.nextCursor);
  const first = portfolio.pages[0];
  const rows = portfolio.pages.flatMap((p) => p.rows);
  const errors = fieldErrorsOf(portfolio.error);
  const filterErrors = unplacedErrors(errors, (k) => k.startsWith('filters.'));
  // An error about the whole page (a refusal, a failure) replaces the content it concerns.
  if (portfolio.error && filterErrors.length === Object.keys(errors).length && !first) {
    return <ErrorMessage error={portfolio.error} onRetry={portfolio.reload} unplaced={filterErrors} />;
  }
  return (
    <div style={stack('space.300')}>
      <Section title="Portfolio balance">
        {first ? <BalanceBand balance={first.balance} /> : <span style={subtle}>Loading the balance…</span>}
      </Section>
      <Section
        title={first ? `Initiatives (${rows.length} shown${portfolio.hasMore ? ', more below' : ''})` : 'Initiatives'}
        actions={
          <ExportButtons
            choices={[
              { label: 'Export CSV', run: () => invokeCall(projectPageCalls.exportPortfolio, { filters, sort }) },
            ]}
          />
        }
      >
        <Suspense fallback={<span style={subtle}>Loading your saved views…</span>}>
          <SavedViews
            current={{ filters: toFilters(draft), sort }}
            onApply={(v) => {
              onDraft(toDraft(v.filters));
              onSort(v.sort);
            }}
          />
        </Suspense>
        <PortfolioFilters statuses={statuses} value={draft} errors={errors} onChange={onDraft} />
        {portfolio.error && <ErrorMessage error={portfolio.error} onRetry={portfolio.reload} unplaced={filterErrors} />}
        <Suspense fallback={<span style={subtle}>Loading the initiatives…</span>}>
          <PortfolioTable rows={rows} loading={portfolio.loading} sort={sort} onSort={onSort} />
        </Suspense>
        {portfolio.hasMore && (
          <div style={{ paddingTop: token('space.100') }}>
            <Button onClick={portfolio.loadMore} isLoading={portfolio.loadingMore}>
              Load more
            </Button>
          </div>
        )}
      </Section>
    </div>
  );
}
