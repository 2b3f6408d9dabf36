/** Module keys from manifest.yml; the UI chooses its surface from the context's module key. */
export const MODULE_KEYS = {
  issuePanel: 'csi-issue-panel',
  adminPage: 'csi-admin-page',
  programmePage: 'csi-programme-page',
  projectPage: 'csi-project-page',
  decisionLogMacro: 'csi-decision-log',
  progressReportMacro: 'csi-progress-report',
  lessonsMacro: 'csi-lessons-learned',
  maturityMacro: 'csi-maturity',
  proposeAction: 'csi-propose-action',
} as const;

export type ModuleKey = (typeof MODULE_KEYS)[keyof typeof MODULE_KEYS];
