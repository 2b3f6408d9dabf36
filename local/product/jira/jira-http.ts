import type { ServiceResponse } from '../../runtime/service';

/** The base URL the simulator puts in `self` links. */
export const JIRA_BASE_URL = 'https://local-csi.atlassian.net';

/** Jira's error body: `{ errorMessages, errors }`. */
export function jiraError(
  status: number,
  errorMessages: string[],
  errors: Record<string, string> = {},
  headers: Record<string, string> = {},
): ServiceResponse {
  return { status, body: { errorMessages, errors }, headers };
}

/** A JSON success response. */
export const ok = (body: unknown, status = 200): ServiceResponse => ({ status, body });

/** 204, as Jira answers most writes. */
export const noContent = (): ServiceResponse => ({ status: 204 });

/** Jira hides whether an issue exists from users who cannot browse it. */
export const issueNotFound = (): ServiceResponse =>
  jiraError(404, ['Issue does not exist or you do not have permission to see it.']);

/** Jira's 404 for unknown or hidden projects. */
export const projectNotFound = (idOrKey: string): ServiceResponse =>
  jiraError(404, [`No project could be found with key '${idOrKey}'.`]);

/** A 403 with one error message. */
export const forbidden = (message: string): ServiceResponse => jiraError(403, [message]);

/** A plain-object check for parsed JSON bodies. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The text of a string or number (ids arrive as either), '' for anything else. */
export const scalarText = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Jira's timestamp format: `2026-10-01T09:15:00.000+0000`. */
export const jiraTime = (iso: string): string => iso.replace(/Z$/, '+0000');
