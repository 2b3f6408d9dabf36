import { escapeHtml } from '../server/http-utils';

type Node = {
  type?: unknown;
  text?: unknown;
  attrs?: { level?: unknown };
  marks?: Array<{ type?: unknown }>;
  content?: unknown;
};

/**
 * Renders the ADF an `adfExport` function returns as HTML, the way Confluence renders it into a
 * PDF or Word export. Every text is escaped; unknown nodes render their children only.
 */
export function adfToHtml(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const n = node as Node;
  const children = Array.isArray(n.content) ? n.content.map(adfToHtml).join('') : '';
  switch (n.type) {
    case 'text': {
      const value = escapeHtml(typeof n.text === 'string' ? n.text : '');
      return n.marks?.some((m) => m.type === 'strong') ? `<strong>${value}</strong>` : value;
    }
    case 'hardBreak':
      return '<br>';
    case 'heading': {
      const level = Math.min(6, Math.max(1, Number(n.attrs?.level) || 2));
      return `<h${level}>${children}</h${level}>`;
    }
    case 'paragraph':
      return `<p>${children}</p>`;
    case 'bulletList':
      return `<ul>${children}</ul>`;
    case 'listItem':
      return `<li>${children}</li>`;
    case 'table':
      return `<table class="export-table">${children}</table>`;
    case 'tableRow':
      return `<tr>${children}</tr>`;
    case 'tableHeader':
      return `<th>${children}</th>`;
    case 'tableCell':
      return `<td>${children}</td>`;
    default:
      return children;
  }
}
