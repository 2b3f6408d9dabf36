/** A lesson of a completed PIR, with what it is found by. */
export interface LessonEntry {
  issueKey: string;
  /** The initiative's summary. */
  summary: string;
  services: string[];
  /** The key of the template section the lesson was written in. */
  sectionKey: string;
  text: string;
  tags: string[];
  /** When the PIR was completed (an ISO instant). */
  completedAt: string;
}

/** What to look for; a missing or blank field does not filter. */
export interface LessonQuery {
  text?: string;
  service?: string;
  tag?: string;
  sectionKey?: string;
}

/** Lower case without accents or other combining marks: `Déploiement` and `deploiement` fold alike. */
const fold = (value: string): string => value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const sameWord = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The query's trimmed value, or null when it is missing or blank. */
const given = (value: string | undefined): string | null => (value && value.trim() !== '' ? value.trim() : null);

/** Whether every word of `words` occurs in the lesson's text, tags or the initiative's summary. */
function matchesText(entry: LessonEntry, words: readonly string[]): boolean {
  const haystacks = [entry.text, entry.summary, ...entry.tags].map(fold);
  return words.every((word) => haystacks.some((haystack) => haystack.includes(word)));
}

/** Newest first by instant; lessons without a valid time go last. */
function newestFirst(a: LessonEntry, b: LessonEntry): number {
  const [at, bt] = [Date.parse(a.completedAt), Date.parse(b.completedAt)];
  if (Number.isNaN(at) || Number.isNaN(bt)) return Number(Number.isNaN(at)) - Number(Number.isNaN(bt));
  return bt - at;
}

/**
 * The lessons that match `query`, newest completed first (lessons of one moment keep their order).
 * The text matches when each of its words appears in the lesson's text, one of its tags or the
 * initiative's summary, ignoring case and accents; the service, tag and section filters need an
 * exact match ignoring case. The input is not changed.
 *
 * @example
 * searchLessons(lessons, { text: 'deploiement', service: 'email' });
 * // the email service's lessons mentioning "Déploiement", newest first
 */
export function searchLessons(lessons: readonly LessonEntry[], query: LessonQuery): LessonEntry[] {
  const words = fold(query.text ?? '')
    .split(/\s+/u)
    .filter((word) => word !== '');
  const service = given(query.service);
  const tag = given(query.tag);
  const sectionKey = given(query.sectionKey);
  return lessons
    .filter(
      (entry) =>
        (service === null || entry.services.some((s) => sameWord(s, service))) &&
        (tag === null || entry.tags.some((t) => sameWord(t, tag))) &&
        (sectionKey === null || sameWord(entry.sectionKey, sectionKey)) &&
        matchesText(entry, words),
    )
    .sort(newestFirst);
}
