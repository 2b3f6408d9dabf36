/**
 * The few Atlassian Document Format nodes the macro exports use. Confluence renders the returned
 * document into PDF and Word exports in place of the macro's iframe.
 */
export type AdfMark = { type: 'strong' } | { type: 'em' };
export type AdfInline = { type: 'text'; text: string; marks?: AdfMark[] } | { type: 'hardBreak' };
export type AdfBlock =
  | { type: 'heading'; attrs: { level: number }; content: AdfInline[] }
  | { type: 'paragraph'; content: AdfInline[] }
  | { type: 'bulletList'; content: Array<{ type: 'listItem'; content: AdfBlock[] }> }
  | { type: 'table'; attrs: { isNumberColumnEnabled: boolean; layout: 'default' }; content: AdfRow[] };
export type AdfRow = { type: 'tableRow'; content: AdfCell[] };
export type AdfCell = { type: 'tableHeader' | 'tableCell'; attrs: Record<string, never>; content: AdfBlock[] };
export interface AdfDoc {
  type: 'doc';
  version: 1;
  content: AdfBlock[];
}

/** Text, dropping empty strings (ADF refuses empty text nodes). */
export const text = (value: string, strong = false): AdfInline[] =>
  value === ''
    ? []
    : [strong ? { type: 'text', text: value, marks: [{ type: 'strong' }] } : { type: 'text', text: value }];

export const doc = (...content: AdfBlock[]): AdfDoc => ({ type: 'doc', version: 1, content });
export const heading = (level: number, value: string): AdfBlock => ({
  type: 'heading',
  attrs: { level },
  content: text(value),
});
export const paragraph = (...content: AdfInline[][]): AdfBlock => ({ type: 'paragraph', content: content.flat() });
export const bullets = (items: string[]): AdfBlock => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [paragraph(text(item))] })),
});

/** A table with a header row; each cell is plain text lines (joined with line breaks). */
export function table(headers: string[], rows: string[][]): AdfBlock {
  const cell = (type: AdfCell['type'], lines: string) => ({
    type,
    attrs: {},
    content: [
      paragraph(
        ...lines
          .split('\n')
          .flatMap((line, i): AdfInline[][] =>
            i === 0 ? [text(line, type === 'tableHeader')] : [[{ type: 'hardBreak' }], text(line)],
          ),
      ),
    ],
  });
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [
      { type: 'tableRow', content: headers.map((h) => cell('tableHeader', h)) },
      ...rows.map((r) => ({ type: 'tableRow' as const, content: r.map((c) => cell('tableCell', c)) })),
    ],
  };
}
