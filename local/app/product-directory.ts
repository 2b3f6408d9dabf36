import type { ProductStore } from '../product/product-store';
import type { ProductDirectory } from './frames';

/** What frames need to know about the simulated products, read from the product store. */
export function productDirectory(store: ProductStore): ProductDirectory {
  return {
    findUser: (accountId) => store.users.get(accountId),
    findIssue: (key) => {
      const issue = store.issues.find(key);
      const project = issue ? store.projects.get(issue.projectId) : undefined;
      if (!issue || !project) return undefined;
      return {
        id: String(issue.id),
        key: issue.key,
        typeName: issue.issueType.name,
        typeId: issue.issueType.id,
        projectId: String(project.id),
        projectKey: project.key,
      };
    },
    findProject: (key) => {
      const project = store.projects.find(key);
      return project ? { id: String(project.id), key: project.key } : undefined;
    },
    findPage: (id) => {
      const page = store.confluence.content(id);
      const space = page ? store.confluence.space(page.spaceId) : undefined;
      return page && space ? { id: page.id, type: page.type, spaceId: space.id, spaceKey: space.key } : undefined;
    },
  };
}
