import api, { route } from '@forge/api';

/**
 * Which of `projectKeys` the calling user can browse, asked of Jira as that user (Jira answers 404
 * for a project the user cannot see). Throws when Jira fails otherwise, so callers fail closed.
 */
export async function browsableProjects(projectKeys: readonly string[]): Promise<string[]> {
  const checks = await Promise.all(
    projectKeys.map(async (key) => {
      const res = await api
        .asUser()
        .requestJira(route`/rest/api/3/project/${key}`, { headers: { Accept: 'application/json' } });
      if (res.status === 404 || res.status === 403) return undefined;
      if (!res.ok) throw new Error(`Checking access to project ${key} failed with ${res.status}`);
      return key;
    }),
  );
  return checks.filter((k): k is string => k !== undefined);
}
