import type { EntityPropertyAlias } from '../jira/jira-context';
import type { ProductStore } from '../product-store';
import type { ProductIssue } from '../product-types';
import { JqlError } from './jql-error';
import { compileClause, compileOrder, type EvalEnv } from './jql-eval';
import { buildFields, type CanBrowseProject } from './jql-fields';
import { parseJql } from './jql-parser';

export { isJqlError, JqlError } from './jql-error';

/** A compiled query: a filter and an order. */
export interface CompiledJql {
  matches: (issue: ProductIssue) => boolean;
  compare: (a: ProductIssue, b: ProductIssue) => number;
}

/**
 * Parses and checks a JQL query against the site's fields and the entity property aliases.
 * Throws `JqlError` (with Jira's message) for syntax errors, unknown fields, operators, values,
 * and unbounded queries (the enhanced search refuses those).
 *
 * @example
 * compileJql(store, aliases, 'csiScore >= 60 ORDER BY csiScore DESC', env).matches(issue);
 */
export function compileJql(
  store: ProductStore,
  aliases: readonly EntityPropertyAlias[],
  jql: string,
  env: EvalEnv & { canBrowseProject: CanBrowseProject },
): CompiledJql {
  const query = parseJql(jql);
  if (query.clauses.length === 0) {
    throw new JqlError('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  const fields = buildFields(store, aliases, env.canBrowseProject);
  const predicates = query.clauses.map((c) => compileClause(fields, c, env));
  const compare = compileOrder(fields, query.orderBy);
  return { matches: (issue) => predicates.every((p) => p(issue)), compare };
}
