import api, { route } from '@forge/api';
import * as z from 'zod';
import type { UserRefRecord } from '../../application/initiative-record';
import { requestWithRetry } from './request-with-retry';

const userSchema = z.object({ accountId: z.string(), displayName: z.string(), accountType: z.string().optional() });
const bulkSchema = z.object({ values: z.array(userSchema) });

const people = (users: Array<z.infer<typeof userSchema>>): UserRefRecord[] =>
  users
    .filter((u) => (u.accountType ?? 'atlassian') === 'atlassian')
    .map(({ accountId, displayName }) => ({ accountId, displayName }));

/** People whose name or email matches `query`, as the calling user may see them. */
export async function searchUsers(query: string): Promise<UserRefRecord[]> {
  const res = await requestWithRetry(() =>
    api.asUser().requestJira(route`/rest/api/3/user/search?query=${query}&maxResults=20`, {
      headers: { Accept: 'application/json' },
    }),
  );
  if (!res.ok) throw new Error(`Searching users failed with ${res.status}`);
  return people(z.array(userSchema).parse(await res.json()));
}

/** The named accounts that exist (one bulk call), in no particular order. */
export async function usersByIds(accountIds: readonly string[]): Promise<UserRefRecord[]> {
  if (accountIds.length === 0) return [];
  const query = new URLSearchParams([
    ['maxResults', '200'],
    ...accountIds.map((id): [string, string] => ['accountId', id]),
  ]);
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/user/bulk?${query}`, { headers: { Accept: 'application/json' } }),
  );
  if (!res.ok) throw new Error(`Reading users failed with ${res.status}`);
  return people(bulkSchema.parse(await res.json()).values);
}
