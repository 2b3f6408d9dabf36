import type { CSSProperties, ReactNode } from 'react';
import { token } from '@atlaskit/tokens';
import { Loading } from './Loading';

interface Cell {
  key: string;
  content: ReactNode;
  /** Share of the table's width, in per cent (as @atlaskit/dynamic-table's head cells take it). */
  width?: number;
}

interface Props {
  caption?: ReactNode;
  head: { cells: Cell[] };
  rows: Array<{ key: string; cells: Cell[] }>;
  isLoading?: boolean;
  emptyView?: ReactNode;
}

const headCell: CSSProperties = {
  textAlign: 'start',
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBlockEnd: `${token('border.width.selected')} solid ${token('color.border')}`,
  color: token('color.text.subtle'),
  font: token('font.body.small'),
  fontWeight: token('font.weight.bold'),
};

const bodyCell: CSSProperties = {
  verticalAlign: 'top',
  padding: `${token('space.050')} ${token('space.100')}`,
  borderBlockEnd: `${token('border.width')} solid ${token('color.border')}`,
};

/**
 * A read-only table in the look of @atlaskit/dynamic-table's head and rows, for lists that neither
 * sort nor page (the decision log, the preview): dynamic-table's sorting, paging and loading
 * overlay (9.5 KiB gzip) stay with the portfolio, which sorts.
 */
export function PlainTable({ caption, head, rows, isLoading = false, emptyView }: Props) {
  return (
    <div aria-busy={isLoading || undefined}>
      <table
        style={{ width: '100%', borderCollapse: 'collapse', color: token('color.text'), font: token('font.body') }}
      >
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {head.cells.map((c) => (
              <th key={c.key} scope="col" style={{ ...headCell, width: c.width ? `${c.width}%` : undefined }}>
                {c.content}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((c) => (
                <td key={c.key} style={bodyCell}>
                  {c.content}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {isLoading && rows.length === 0 && <Loading label="Loading" />}
      {!isLoading && rows.length === 0 && emptyView}
    </div>
  );
}
