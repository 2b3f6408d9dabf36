import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The two OpenAPI descriptions the simulator follows (see ../shared/platform/README.md). */
export const PLATFORM_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'platform');

/** One operation of an OpenAPI description: its method, path template and responses. */
export interface OpenApiOperation {
  method: string;
  /** The full request path template, e.g. `/rest/api/3/issue/{issueIdOrKey}`. */
  template: string;
  pattern: RegExp;
  /** Number of `{param}` segments: literal paths win over templated ones (`/user/bulk` over `/user/{id}`). */
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

export interface OpenApiSpec {
  /** `jira` or `confluence`: the id the schemas are registered under. */
  name: string;
  components: unknown;
  operations: OpenApiOperation[];
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Loads an OpenAPI description and indexes its operations by full path. `prefix` is the path the
 * description's server URL adds (Confluence v2: `/wiki/api/v2`; Jira: none).
 */
export function loadSpec(name: string, file: string, prefix = ''): OpenApiSpec {
  const doc = JSON.parse(readFileSync(join(PLATFORM_DIR, file), 'utf8')) as {
    paths: Record<string, Record<string, { responses?: OpenApiOperation['responses'] }>>;
    components: unknown;
  };
  const operations: OpenApiOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const template = prefix + path;
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
        .join('');
      operations.push({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${source}$`),
        params: (template.match(/\{/g) ?? []).length,
        responses: op.responses ?? {},
      });
    }
  }
  operations.sort((a, b) => a.params - b.params);
  return { name, components: doc.components, operations };
}

/** The operation a request addresses, preferring literal paths over templated ones. */
export function findOperation(spec: OpenApiSpec, method: string, pathname: string): OpenApiOperation | undefined {
  return spec.operations.find((op) => op.method === method && op.pattern.test(pathname));
}

export const jiraSpec = (): OpenApiSpec => loadSpec('jira', 'jira-platform.json');
export const confluenceSpec = (): OpenApiSpec => loadSpec('confluence', 'confluence-v2.json', '/wiki/api/v2');
