import type { LessonsPage, LessonsQuery, LessonView } from '../../contracts/lessons.contract';
import { searchLessons, type LessonEntry } from '../../domain/pir/search-lessons';
import { keepBrowsable, type IssueVisibilityPort } from '../issue-visibility';
import type { ServiceCatalogue } from '../lifecycle-settings/lifecycle-settings.ports';
import type { PirRecord } from './pir-record';

/** The most lessons one answer carries (the most recent); `total` says how many matched. */
export const LESSONS_PAGE = 100;

export interface LessonsPorts {
  /** Every PIR, a page at a time (completed and open; the adapter bounds how many it reads). */
  pirs(): AsyncIterable<PirRecord[]>;
  visibility: IssueVisibilityPort;
  catalogue(): Promise<ServiceCatalogue>;
  /** The initiatives' summaries by issue id (one batch read). */
  summaries(issueIds: string[]): Promise<Map<string, string>>;
}

type Entry = LessonEntry & { issueId: string; sectionTitle: string; state: PirRecord['state'] };

/** The lessons a PIR holds: each item of its lessons sections, with when and what it is found by. */
function lessonsOf(pir: PirRecord): Entry[] {
  return pir.template.sections.flatMap((section) => {
    const value = pir.values[section.key];
    if (value?.kind !== 'lessons') return [];
    const at = pir.completion?.at ?? pir.filledBy[section.key]?.at ?? pir.doneAt;
    return value.lessons.map((l) => ({
      issueId: pir.issueId,
      issueKey: pir.issueKey,
      summary: '',
      services: pir.services,
      sectionKey: section.key,
      sectionTitle: section.title,
      text: l.text,
      tags: l.tags,
      completedAt: at,
      state: pir.state,
    }));
  });
}

/**
 * The lessons learned library (issue 11 item 7): every lesson of every PIR the reader may browse
 * (issue-level security included: `keepBrowsable` asks Jira), matching `query` (the domain's
 * `searchLessons`: words in the text, tags or summary; service, tag and section exact), newest
 * first, with the filters' choices taken from what the reader may see. `onServices` keeps the
 * lessons of initiatives naming one of those services, `except` leaves one initiative out (the
 * panel's "lessons from earlier initiatives on the same services").
 */
export async function lessonsLibrary(
  ports: LessonsPorts,
  query: LessonsQuery,
  scope: { onServices?: readonly string[]; except?: string } = {},
): Promise<LessonsPage> {
  const all: Entry[] = [];
  for await (const page of ports.pirs())
    for (const pir of page) if (pir.issueId !== scope.except) all.push(...lessonsOf(pir));
  const scoped = scope.onServices ? all.filter((e) => e.services.some((s) => scope.onServices!.includes(s))) : all;
  const visible = await keepBrowsable(ports.visibility, scoped, (e) => e.issueId);
  const names = await ports.summaries([...new Set(visible.map((e) => e.issueId))]);
  const named = visible.map((e) => ({ ...e, summary: names.get(e.issueId) ?? '' }));
  const found = searchLessons(named, query) as Entry[];
  const catalogue = await ports.catalogue();
  const nameOf = (key: string) => catalogue.services.find((s) => s.key === key)?.name ?? key;
  const sections = new Map(named.map((e) => [e.sectionKey, e.sectionTitle]));
  return {
    lessons: found.slice(0, LESSONS_PAGE).map(viewOf),
    services: [...new Set(named.flatMap((e) => e.services))].sort().map((key) => ({ key, name: nameOf(key) })),
    tags: [...new Set(named.flatMap((e) => e.tags.map((t) => t.toLowerCase())))].sort(),
    sections: [...sections].map(([key, title]) => ({ key, title })),
    total: found.length,
  };
}

function viewOf(e: Entry): LessonView {
  const { issueKey, summary, services, sectionKey, sectionTitle, text, tags, completedAt, state } = e;
  return { issueKey, summary, services, sectionKey, sectionTitle, text, tags, at: completedAt, state };
}
