/** Ids of the seeded demo site. The workbench, tests and benchmarks rely on them. */

export const USERS = {
  siteAdmin: 'u-site-admin',
  csiAdmin: 'u-csi-admin',
  editor: 'u-editor',
  viewer: 'u-viewer',
  outsider: 'u-outsider',
} as const;

/** The two seeded projects: CSI (the improvement programme) and OPS (another team's work). */
export const PROJECTS = {
  csi: { id: 10000, key: 'CSI', name: 'Service Improvement' },
  ops: { id: 10001, key: 'OPS', name: 'Operations' },
} as const;

/** Issue type ids of the simulated site. */
export const ISSUE_TYPE_IDS = { improvement: '10010', task: '10011', bug: '10012' } as const;

/** The seeded Confluence space; its id is numeric, as a string, like Confluence v2. */
export const SPACES = { csi: { id: '20000', key: 'CSI', name: 'Continual Service Improvement' } } as const;

/** The seeded Confluence page "CSI report" with the decision-log and progress-report macros. */
export const PAGES = { csiReport: '30001' } as const;

/** Module keys the demo page's macro placeholders name (the manifest's `macro` modules). */
export const DEMO_MACROS = {
  decisionLog: 'csi-decision-log',
  progressReport: 'csi-progress-report',
  lessons: 'csi-lessons-learned',
  maturity: 'csi-maturity',
} as const;

/**
 * The demo's maturity assessments with the default base date (local/seed/demo-maturity.ts derives
 * them from any base date): four submitted quarters before the base date's, sustainment stagnating
 * at level 1 in the last of them, and one of its level-2 gaps, made a Jira issue.
 */
export const DEMO_MATURITY = {
  periods: ['2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3'],
  stagnantPeriod: '2026-Q3',
  gapCriterion: 'sus-2-archive',
} as const;

/** The default "today" of the seed, so demo data is the same on every run. */
export const DEFAULT_SEED_BASE_DATE = '2026-11-01T09:00:00.000Z';
