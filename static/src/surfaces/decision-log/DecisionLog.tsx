import { lazy, Suspense, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import type { projectPageCalls } from '@contracts/project-page.contract';
import type { ResolverError } from '@contracts/envelope';
import type { DecisionEntryView } from '@contracts/views';
import { invokeCall } from '../../api/invoke-call';
import { usePagedCall } from '../../api/use-paged-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ExportButtons } from '../../ui/ExportButtons';
import { fieldErrorsOf } from '../../ui/field-errors';
import { stack, subtle } from '../../ui/styles';
import { useDebounced } from '../../ui/use-debounced';
import { DecisionFilters, type DecisionType } from './DecisionFilters';
import { DecisionTable } from './DecisionTable';
import { IntegrityBadge } from './IntegrityBadge';

const DecisionDetail = lazy(() => import('./DecisionDetail'));

/** The two calls a decision log reads from: the project tab's or the macro's (same shapes). */
export interface DecisionLogSource {
  list: typeof projectPageCalls.decisionLog;
  exportLog: typeof projectPageCalls.exportDecisionLog;
}

interface Props {
  source: DecisionLogSource;
  /** Lets a macro explain a configuration error in its own words. */
  renderError?: (error: ResolverError, retry: () => void) => ReactNode;
  /** The search it opens with (the archive's "Show its decisions"); the reader may change it. */
  initialSearch?: string;
}

/** The decision log: filters, entries with details, integrity, load more and exports. */
export function DecisionLog({ source, renderError, initialSearch = '' }: Props) {
  const [types, setTypes] = useState<DecisionType[]>([]);
  const [searchText, setSearchText] = useState(initialSearch);
  const [open, setOpen] = useState<DecisionEntryView | null>(null);
  const search = useDebounced(searchText.trim(), 300);
  const query = { ...(types.length ? { types } : {}), ...(search ? { search } : {}) };
  const log = usePagedCall(source.list, query, (p) => p.nextCursor);
  const first = log.pages[0];
  const entries = log.pages.flatMap((p) => p.entries);
  const filterErrors = fieldErrorsOf(log.error);

  // A refusal of the reader's own filters is shown at the filters; anything else is the host's to explain.
  const readerFault = ['search', 'types', 'cursor'].some((k) => k in filterErrors);
  // An error replaces what it concerns: the whole log when nothing loaded, the table when the filters
  // were refused, the "Load more" button when a later page failed.
  if (log.error && !first && !readerFault)
    return renderError ? (
      <>{renderError(log.error, log.reload)}</>
    ) : (
      <ErrorMessage error={log.error} onRetry={log.reload} />
    );
  const tableError = log.error && readerFault ? log.error : null;
  const moreError = log.error && !readerFault ? log.error : null;

  return (
    <div style={stack('space.200')}>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          gap: token('space.150'),
          flexWrap: 'wrap',
        }}
      >
        <div style={{ display: 'flex', alignItems: 'center', gap: token('space.100') }}>
          <span style={subtle}>Integrity:</span>
          {first ? <IntegrityBadge integrity={first.integrity} /> : <span style={subtle}>checking…</span>}
        </div>
        <ExportButtons
          choices={[
            { label: 'Export CSV', run: () => invokeCall(source.exportLog, { format: 'csv' }) },
            { label: 'Export JSON', run: () => invokeCall(source.exportLog, { format: 'json' }) },
          ]}
        />
      </div>
      {first && first.hiddenProjects > 0 && (
        <SectionMessage appearance="information">
          <p>{`${first.hiddenProjects} of the projects in this log are hidden because you cannot browse them.`}</p>
        </SectionMessage>
      )}
      <DecisionFilters
        types={types}
        search={searchText}
        errors={filterErrors}
        onTypes={setTypes}
        onSearch={setSearchText}
      />
      {tableError ? (
        <ErrorMessage error={tableError} />
      ) : (
        <DecisionTable entries={entries} loading={log.loading} onOpen={setOpen} />
      )}
      {moreError ? (
        <ErrorMessage error={moreError} onRetry={log.reload} />
      ) : (
        log.hasMore && (
          <div data-print="hide">
            <Button onClick={log.loadMore} isLoading={log.loadingMore}>
              Load more
            </Button>
          </div>
        )
      )}
      {open && (
        <Suspense fallback={null}>
          <DecisionDetail entry={open} onClose={() => setOpen(null)} />
        </Suspense>
      )}
    </div>
  );
}
