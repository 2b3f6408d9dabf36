import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { findOperation, type OpenApiSpec } from './openapi-spec';

/** What a check found: nothing (conforms), or the problems, or that the description has no such operation. */
export type Conformance =
  | { kind: 'conforms' }
  | { kind: 'undocumented'; message: string }
  | { kind: 'violates'; template: string; problems: string[] };

/**
 * Checks simulated responses against the response schemas of an OpenAPI description, so the
 * simulator cannot drift from the real product's shapes. Schemas compile once per operation and status.
 */
export class ResponseConformance {
  private readonly ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  private readonly compiled = new Map<string, ValidateFunction | null>();

  constructor(private readonly spec: OpenApiSpec) {
    addFormats(this.ajv);
    this.ajv.addSchema({ components: spec.components }, spec.name);
  }

  check(method: string, pathname: string, status: number, body: unknown): Conformance {
    const op = findOperation(this.spec, method, pathname);
    if (!op)
      return {
        kind: 'undocumented',
        message: `${method} ${pathname} is not in the ${this.spec.name} OpenAPI description`,
      };
    const key = `${method} ${op.template} ${status}`;
    if (!this.compiled.has(key)) this.compiled.set(key, this.compile(op.responses, status));
    const validate = this.compiled.get(key);
    if (!validate || status === 204) return { kind: 'conforms' };
    if (validate(body)) return { kind: 'conforms' };
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? 'is invalid'}`);
    return { kind: 'violates', template: op.template, problems };
  }

  /** The JSON schema of a status (or `default`), with references re-rooted at the registered description. */
  private compile(responses: Record<string, { content?: Record<string, { schema?: unknown }> }>, status: number) {
    const response = responses[String(status)] ?? responses.default;
    const schema = response?.content?.['application/json']?.schema;
    if (schema === undefined || (typeof schema === 'object' && schema !== null && Object.keys(schema).length === 0))
      return null;
    return this.ajv.compile(rerooted(schema, this.spec.name) as object);
  }
}

function rerooted(value: unknown, name: string): unknown {
  if (Array.isArray(value)) return value.map((v) => rerooted(v, name));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `${name}${v}` : rerooted(v, name);
  }
  return out;
}
