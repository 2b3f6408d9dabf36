import { lessonsLibrary } from '../../application/pir/lessons-library.use-case';
import { lessonsCalls } from '../../contracts/lessons.contract';
import { MODULE_KEYS } from '../../contracts/modules';
import { err, ok } from '../../domain/result';
import { lessonsPorts } from '../reports/lessons-ports';
import { pilotsAdapter } from '../storage/pilot.repository';
import { defineResolver } from './define-resolver';

/**
 * The lessons learned library (issue 11 item 7), where people look for it: the CSI programme page,
 * the Confluence macro "CSI lessons learned", and the issue panel (lessons of earlier initiatives on
 * the services this one names). Each lesson shows only when the reader may browse its initiative's
 * issue (issue-level security included), so no role beyond the surface's own is needed.
 */
export const programmeLessonsResolvers = [
  defineResolver({
    call: lessonsCalls.programme,
    requires: [],
    handle: async (query) => ok(await lessonsLibrary(lessonsPorts, query)),
  }),
];

export const macroLessonsResolvers = [
  defineResolver({
    call: lessonsCalls.macro,
    requires: ['viewPage'],
    handle: async (query, ctx) => {
      if (ctx.platform.moduleKey !== MODULE_KEYS.lessonsMacro)
        return err({ code: 'PRECONDITION_FAILED', message: 'This call belongs to another macro.' });
      return ok(await lessonsLibrary(lessonsPorts, query));
    },
  }),
];

export const panelLessonsResolvers = [
  defineResolver({
    call: lessonsCalls.forIssue,
    requires: ['browseIssue'],
    handle: async (_input, ctx) => {
      const issueId = ctx.platform.extension.issue?.id;
      if (!issueId) return err({ code: 'PRECONDITION_FAILED', message: 'This call needs an issue.' });
      const services = (await pilotsAdapter.get(String(issueId)))?.services ?? [];
      return ok(await lessonsLibrary(lessonsPorts, {}, { onServices: services, except: String(issueId) }));
    },
  }),
];
