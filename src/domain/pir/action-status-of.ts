import type { ActionStatus } from './pir.vocabulary';

/**
 * The resolutions and done-category status names that mean the work was dropped rather than done
 * (Jira Cloud's default resolutions "Won't Do", "Duplicate", "Cannot Reproduce", "Declined", and
 * workflows that end in a status such as "Rejected" or "Cancelled" without a resolution).
 */
const DROPPED = /^(won'?t do|won'?t fix|duplicate|cannot reproduce|declined|rejected|cancell?ed|abandoned)$/i;

/**
 * Where a PIR action stands, from its Jira issue (issue 11 item 4): open until the issue's status is
 * in the `done` category; then done, unless its resolution (or, without one, its status) says the
 * work was dropped: won't do. Quotes are compared as typed or typographic (U+2019).
 *
 * @example
 * actionStatusOf({ statusCategory: 'done', statusName: 'Done', resolution: "Won't Do" }); // 'wont-do'
 * actionStatusOf({ statusCategory: 'indeterminate', statusName: 'In Progress', resolution: null }); // 'open'
 */
export function actionStatusOf(issue: {
  statusCategory: string;
  statusName: string;
  resolution: string | null;
}): ActionStatus {
  if (issue.statusCategory !== 'done') return 'open';
  const word = (issue.resolution ?? issue.statusName).trim().replace(/\u2019/g, "'");
  return DROPPED.test(word) ? 'wont-do' : 'done';
}
