import * as z from 'zod/mini';
import { defineCall } from './call';
import { text } from './fields';

/** A lesson learned in a PIR, as the lessons library shows it (issue 11 item 7). */
export interface LessonView {
  issueKey: string;
  /** The initiative's summary. */
  summary: string;
  services: string[];
  sectionKey: string;
  sectionTitle: string;
  text: string;
  tags: string[];
  /** When its PIR was completed, or when the section was last written while the review is open. */
  at: string;
  state: 'open' | 'completed';
}

/** The lessons that match, with the values the filters offer. */
export interface LessonsPage {
  lessons: LessonView[];
  services: Array<{ key: string; name: string }>;
  tags: string[];
  sections: Array<{ key: string; title: string }>;
  /** How many matched before the page was cut to its most recent `lessons`. */
  total: number;
}

const filter = z.optional(text(200));

/** What the library looks for; a missing or blank field does not filter. */
export const lessonsQuerySchema = z.strictObject({ text: filter, service: filter, tag: filter, sectionKey: filter });

export type LessonsQuery = z.infer<typeof lessonsQuerySchema>;

export const lessonsCalls = {
  /** The library on the CSI programme page. */
  programme: defineCall<LessonsPage>()('programme.lessons', lessonsQuerySchema),
  /** The Confluence macro "CSI lessons learned". */
  macro: defineCall<LessonsPage>()('macro.lessons', lessonsQuerySchema),
  /** The issue panel: lessons of earlier PIRs on the services this initiative names. */
  forIssue: defineCall<LessonsPage>()('pir.lessons', z.strictObject({})),
};
