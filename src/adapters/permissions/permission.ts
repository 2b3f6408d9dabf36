/**
 * What a resolver may require of its caller. Every check runs as the calling user against the
 * product (or against the app's own CSI-admin role) before any work.
 */
export const PERMISSIONS = ['siteAdmin', 'csiAdmin', 'browseIssue', 'editIssue', 'browseProject', 'viewPage'] as const;

export type Permission = (typeof PERMISSIONS)[number];

export type Grants = Partial<Record<Permission, boolean>>;
