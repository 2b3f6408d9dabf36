import { isRecord } from './jira-http';

type ObjectKind = 'core' | 'identity';

/** Points per object returned by a GET (rate-limiting, "How points work"). */
const OBJECT_POINTS: Record<ObjectKind, number> = { core: 1, identity: 2 };

/**
 * What one top-level object of a response is: an issue or a project ("Core domain objects ... 1
 * point"), a user ("Identity & access ... 2 points"; no simulated GET returns permission objects,
 * the only permission call being the POST bulk check), or something the catalogue does not list
 * (fields, statuses, properties, transitions), which adds nothing beyond the request's base point
 * ("Others ... default cost applies").
 */
function kindOf(value: unknown): ObjectKind | undefined {
  if (!isRecord(value)) return undefined;
  if (typeof value.accountId === 'string' && typeof value.accountType === 'string') return 'identity';
  const self = typeof value.self === 'string' ? value.self : '';
  if (typeof value.key === 'string' && (isRecord(value.fields) || /\/rest\/api\/3\/issue\/[^/]+$/.test(self))) {
    return 'core';
  }
  if (typeof value.key === 'string' && /\/rest\/api\/3\/project\/[^/]+$/.test(self)) return 'core';
  return undefined;
}

/**
 * The kinds of the objects a response returns: the body itself, or the items of its arrays (a
 * page such as `GET /user/bulk`'s `values`).
 */
function returnedKinds(body: unknown): Array<ObjectKind | undefined> {
  if (Array.isArray(body)) return body.map(kindOf);
  if (!isRecord(body)) return [];
  const own = kindOf(body);
  if (own) return [own];
  return Object.values(body).flatMap((value) => (Array.isArray(value) ? value.map(kindOf) : []));
}

/**
 * The Jira points one request costs, from its method and the body the route answered
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "How points work"): "Each
 * request starts with a base cost of 1 point, and additional points are added for each object
 * involved. Write requests are charged only the base cost". The cost table is by method: POST, PUT,
 * PATCH, DELETE are 1 point whatever they return (the read-only POSTs, JQL search and the bulk
 * permission check, included); a GET adds 1 per issue or project and 2 per user or permission.
 * Objects nested inside a returned object are part of it: the doc's `GET /issue/ABC-123` is
 * "1 (base) + 1 Issue = 2 points" although the issue embeds its project and people.
 *
 * @example pointsFor('GET', { accountId: 'u1', accountType: 'atlassian' }) // 3
 */
export function pointsFor(method: string, body: unknown): number {
  if (method !== 'GET') return 1;
  let points = 1;
  for (const kind of returnedKinds(body)) if (kind) points += OBJECT_POINTS[kind];
  return points;
}
