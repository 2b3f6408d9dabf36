import type { LessonsPorts } from '../../application/pir/lessons-library.use-case';
import { issueVisibility } from '../permissions/issue-visibility';
import { initiativesByIds } from '../storage/initiative.queries';
import { loadServices } from '../storage/lifecycle-services.repository';
import { allPirs } from '../storage/pir.repository';

/** What the lessons library reads, for the programme page, the Confluence macro and the issue panel. */
export const lessonsPorts: LessonsPorts = {
  pirs: () => allPirs(),
  visibility: issueVisibility,
  catalogue: loadServices,
  summaries: async (ids) => new Map((await initiativesByIds(ids)).map((r) => [r.issueId, r.summary])),
};
