import type { LessonsPage } from '../../contracts/lessons.contract';
import { doc, heading, paragraph, table, text, type AdfDoc } from './adf';

/**
 * The lessons learned library as a document for Confluence's PDF and Word exports (the macro's
 * `adfExport`): one row per lesson with its initiative, services, tags and section.
 */
export function lessonsAdf(page: LessonsPage, now: string): AdfDoc {
  const name = (key: string) => page.services.find((s) => s.key === key)?.name ?? key;
  const title = heading(2, 'CSI lessons learned');
  const when = paragraph(text(`${page.total} lessons, as of ${now.slice(0, 10)}.`));
  if (page.lessons.length === 0) return doc(title, paragraph(text('No lessons recorded yet.')));
  const rows = page.lessons.map((l) => [
    l.text,
    `${l.issueKey} ${l.summary}`,
    l.services.map(name).join(', '),
    l.tags.join(', '),
    `${l.sectionTitle}, ${l.at.slice(0, 10)}${l.state === 'open' ? ' (review in progress)' : ''}`,
  ]);
  return doc(title, when, table(['Lesson', 'Initiative', 'Services', 'Tags', 'Section'], rows));
}
