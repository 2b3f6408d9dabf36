import * as z from 'zod/mini';
import { defineCall } from './call';
import type { UserRef } from './views';

/**
 * The portfolio's pilot watch (issue 10 item 7): checkpoints due this week and overdue, fired pause
 * / terminate criteria, and over-committed people, across the project's pilots, for a timeline and
 * filters on the project page. Only initiatives the reader may browse appear.
 */
export interface PilotWatch {
  /** `YYYY-MM-DD`, the day the watch was read (UTC). */
  today: string;
  /** Checkpoints not decided yet, due up to `horizonDays` ahead or overdue, soonest first. */
  checkpoints: Array<{
    issueKey: string;
    summary: string;
    checkpoint: string;
    dueDate: string;
    overdue: boolean;
    dueThisWeek: boolean;
  }>;
  horizonDays: number;
  /** Pause / terminate criteria that fired and wait for the committee's decision. */
  triggered: Array<{
    issueKey: string;
    summary: string;
    proposes: 'pause' | 'terminate';
    message: string;
    since: string;
  }>;
  /** People whose commitments across all active initiatives exceed a working week now. */
  overCommitted: Array<{ person: UserRef; hoursPerWeek: number; initiatives: string[] }>;
  /** Whether a list was cut at its bound (the lists are bounded reads, not the whole project). */
  truncated: boolean;
}

/** The watch's filters on the project page, one per list. */
export const PILOT_WATCH_FILTERS = ['all', 'due-this-week', 'overdue', 'triggered', 'over-committed'] as const;
export type PilotWatchFilter = (typeof PILOT_WATCH_FILTERS)[number];

export const pilotWatchCalls = {
  get: defineCall<PilotWatch>()('projectPage.pilotWatch', z.strictObject({})),
};
