import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { CriterionView } from '@contracts/views';
import { projectPageCalls, type GridRow, type SavedView } from '@contracts/project-page.contract';
import { invokeCall } from '../../api/invoke-call';
import { usePagedCall } from '../../api/use-paged-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { formatScore } from '../../ui/format';
import { GridCell } from './GridCell';
import { GridLegend } from './GridLegend';
import { cellId, newRequestId, onGridKey, typedRating } from './grid-cells';

type Cells = Record<string, string>;

const cellStyle = {
  padding: token('space.050'),
  borderBottom: `${token('border.width')} solid ${token('color.border')}`,
};

/**
 * Initiatives × criteria, for scoring many initiatives in one sitting: type a rating in a cell,
 * move with the arrow keys or Tab, press Enter to save the row (through projectPage.rateRow, the
 * issue panel's rules). A refused cell keeps what was typed and says why; the rest of the row saves.
 */
export function ScoringGrid({ filters }: { filters: SavedView['filters'] }) {
  const grid = usePagedCall(projectPageCalls.grid, { filters, limit: 50 }, (p) => p.nextCursor);
  const [edits, setEdits] = useState<Record<string, Cells>>({});
  const [errors, setErrors] = useState<Record<string, Cells>>({});
  const [saved, setSaved] = useState<Record<string, GridRow>>({});
  const [status, setStatus] = useState<Record<string, string>>({});
  const [focused, setFocused] = useState<string | null>(null);
  const criteria = grid.pages[0]?.criteria ?? [];
  const rows = grid.pages.flatMap((p) => p.rows).map((r) => saved[r.issueId] ?? r);
  if (grid.error) return <ErrorMessage error={grid.error} onRetry={grid.reload} />;
  if (grid.loading && rows.length === 0) return <Loading label="Loading the scoring grid" />;

  async function saveRow(row: GridRow) {
    const typed = edits[row.issueId] ?? {};
    const cells = criteria
      .filter((c) => typed[c.key] !== undefined && typed[c.key]?.trim() !== '')
      .map((c) => ({ criterionKey: c.key, rating: typedRating(typed[c.key] ?? '') }));
    setStatus((s) => ({ ...s, [row.issueId]: cells.length ? `Saving ${row.issueKey}…` : `Nothing to save.` }));
    if (cells.length === 0) return;
    const result = await invokeCall(projectPageCalls.rateRow, {
      issue: row.issueId,
      ratings: cells,
      requestId: newRequestId(),
    });
    const refused = result.ok ? result.data.refused : (result.error.fieldErrors ?? {});
    const cellErrors: Cells = {};
    cells.forEach((c, i) => {
      const messages = refused[`ratings.${i}.rating`] ?? refused[`ratings.${i}.criterionKey`];
      if (messages) cellErrors[c.criterionKey] = messages.join(' ');
    });
    setErrors((e) => ({ ...e, [row.issueId]: cellErrors }));
    setEdits((e) => ({
      ...e,
      [row.issueId]: Object.fromEntries(Object.entries(typed).filter(([k]) => cellErrors[k] !== undefined)),
    }));
    if (result.ok) setSaved((s) => ({ ...s, [row.issueId]: { ...result.data.row, rank: row.rank } }));
    const refusedCount = Object.keys(cellErrors).length;
    const message = result.ok
      ? `Saved ${row.issueKey}${refusedCount ? `; ${refusedCount} rating refused` : ''}.`
      : `${row.issueKey} not saved: ${result.error.message}`;
    setStatus((s) => ({ ...s, [row.issueId]: message }));
  }

  return (
    <div style={{ display: 'flex', gap: token('space.300'), alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <div style={{ flex: '1 1 640px', overflowX: 'auto' }}>
        <p style={{ marginTop: 0 }} id="grid-help">
          Type a rating from 1 to 5. Arrow keys or Tab move between cells; Enter saves the row. Filtered like the
          portfolio.
        </p>
        <table style={{ borderCollapse: 'collapse', width: '100%' }} aria-describedby="grid-help">
          <caption className="csi-sr-only">Your ratings per initiative and criterion</caption>
          <GridHead criteria={criteria} />
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.issueId}>
                <th scope="row" style={{ ...cellStyle, textAlign: 'start', fontWeight: 'normal' }}>
                  <strong>{row.issueKey}</strong> {row.summary}
                  <div role="status" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
                    {status[row.issueId] ?? ''}
                  </div>
                </th>
                {criteria.map((c, col) => (
                  <GridCell
                    key={c.key}
                    id={cellId(r, col)}
                    label={`${c.name} for ${row.issueKey}`}
                    levelsId={`levels-${c.key}`}
                    error={errors[row.issueId]?.[c.key]}
                    value={
                      edits[row.issueId]?.[c.key] ??
                      (row.myRatings[c.key] !== undefined ? String(row.myRatings[c.key]) : '')
                    }
                    onFocus={() => setFocused(c.key)}
                    onChange={(value) =>
                      setEdits((x) => ({ ...x, [row.issueId]: { ...x[row.issueId], [c.key]: value } }))
                    }
                    onKeyDown={(e) => onGridKey(e, r, col, () => void saveRow(row))}
                  />
                ))}
                <td style={cellStyle}>{formatScore(row.score)}</td>
                <td style={cellStyle}>
                  <Button appearance="subtle" onClick={() => void saveRow(row)}>
                    {`Save ${row.issueKey}`}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {grid.hasMore && (
          <Button onClick={grid.loadMore} isLoading={grid.loadingMore}>
            Load more
          </Button>
        )}
      </div>
      <GridLegend criteria={criteria} focused={focused} />
    </div>
  );
}

function GridHead({ criteria }: { criteria: CriterionView[] }) {
  return (
    <thead>
      <tr>
        <th scope="col" style={cellStyle}>
          Initiative
        </th>
        {criteria.map((c) => (
          <th key={c.key} scope="col" style={cellStyle}>
            {c.name}
          </th>
        ))}
        <th scope="col" style={cellStyle}>
          Score
        </th>
        <th scope="col" style={cellStyle}>
          <span className="csi-sr-only">Save</span>
        </th>
      </tr>
    </thead>
  );
}
