import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { projectPageCalls } from '@contracts/project-page.contract';
import { invokeCall } from '../../api/invoke-call';
import { usePagedCall } from '../../api/use-paged-call';
import { BalanceBand } from '../../ui/BalanceBand';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportButtons } from '../../ui/ExportButtons';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { Section } from '../../ui/Section';
import { stack, subtle } from '../../ui/styles';
import { useDebounced } from '../../ui/use-debounced';
import { NO_FILTERS, PortfolioFilters, type PortfolioFilterDraft } from './PortfolioFilters';
import { PortfolioTable } from './PortfolioTable';

const PAGE_SIZE = 25;

/** Only the filters the reader set, in the contract's shape. */
function toFilters(d: PortfolioFilterDraft) {
  return {
    ...(d.status.trim() ? { status: d.status.trim() } : {}),
    ...(d.initiativeClass ? { initiativeClass: d.initiativeClass } : {}),
    ...(d.complete !== null ? { complete: d.complete } : {}),
    ...(d.needsAlignment !== null ? { needsAlignment: d.needsAlignment } : {}),
    ...(d.mviPassed !== null ? { mviPassed: d.mviPassed } : {}),
  };
}

/** The project's initiatives ranked by score, the portfolio balance, filters and CSV export. */
export function Portfolio() {
  const [draft, setDraft] = useState<PortfolioFilterDraft>(NO_FILTERS);
  const filters = toFilters(useDebounced(draft, 300));
  const portfolio = usePagedCall(projectPageCalls.portfolio, { filters, limit: PAGE_SIZE }, (p) => p.nextCursor);
  const first = portfolio.pages[0];
  const rows = portfolio.pages.flatMap((p) => p.rows);
  const errors = fieldErrorsOf(portfolio.error);
  return (
    <div style={stack('space.300')}>
      <Section title="Portfolio balance">
        {first ? <BalanceBand balance={first.balance} /> : <span style={subtle}>Loading the balance…</span>}
      </Section>
      <Section
        title={first ? `Initiatives (${rows.length} shown${portfolio.hasMore ? ', more below' : ''})` : 'Initiatives'}
        actions={
          <ExportButtons
            choices={[{ label: 'Export CSV', run: () => invokeCall(projectPageCalls.exportPortfolio, { filters }) }]}
          />
        }
      >
        <PortfolioFilters value={draft} errors={errors} onChange={setDraft} />
        {portfolio.error && (
          <ErrorMessage
            error={portfolio.error}
            onRetry={portfolio.reload}
            unplaced={unplacedErrors(errors, (k) => k.startsWith('filters.'))}
          />
        )}
        <PortfolioTable rows={rows} loading={portfolio.loading} />
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
