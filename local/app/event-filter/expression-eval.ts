import { ExpressionSyntaxError, parseExpression, type Node } from './expression-parser';

/** An evaluation that is neither true nor false (product_events: "considered an error"). */
export class ExpressionEvaluationError extends Error {
  override readonly name = 'ExpressionEvaluationError';
}

/** The entities whose properties `event.runtime.<entity>.properties[...]` reads (product_events). */
export type RuntimeEntity = 'issue' | 'project' | 'user' | 'issuetype';

/** Looks up an entity property's stored value for the event being filtered; undefined when absent. */
export type PropertyLookup = (entity: RuntimeEntity, propertyKey: string) => unknown;

/** "Expressions may execute up to 50,000 steps" (product_events, "Restrictions"). */
export const MAX_STEPS = 50_000;

const METHODS = new Set(['includes', 'some', 'every', 'filter', 'map']);
const ENTITIES = new Set<string>(['issue', 'project', 'user', 'issuetype']);

/** A path under `event.runtime`, resolved only when its value is used. */
class RuntimeRef {
  constructor(readonly segments: string[]) {}
}

type Value = unknown;

/** A compiled `filter.expression`: parsed and checked once, evaluated per event. */
export interface CompiledExpression {
  /** True to deliver, false to drop; throws `ExpressionEvaluationError` for any other outcome. */
  evaluate(event: Record<string, unknown>, lookup: PropertyLookup): boolean;
}

/** Compiles an expression, refusing loudly (ExpressionSyntaxError) what the local host does not support. */
export function compileExpression(source: string): CompiledExpression {
  const root = parseExpression(source);
  check(root, new Set());
  return {
    evaluate(event, lookup) {
      const result = new Evaluator(event, lookup).run(root);
      if (typeof result !== 'boolean')
        throw new ExpressionEvaluationError('The expression did not evaluate to a Boolean');
      return result;
    },
  };
}

/** Load-time checks: only the `event` variable (and arrow parameters), only the supported list methods. */
function check(node: Node, params: Set<string>): void {
  switch (node.kind) {
    case 'name':
      if (node.name !== 'event' && !params.has(node.name))
        throw new ExpressionSyntaxError(`Unknown variable '${node.name}'`);
      return;
    case 'call': {
      const callee = node.callee;
      const method = callee.kind === 'member' && callee.property.kind === 'literal' ? callee.property.value : undefined;
      if (typeof method !== 'string' || !METHODS.has(method)) {
        throw new ExpressionSyntaxError(`Unsupported call; the local host supports ${[...METHODS].join(', ')}`);
      }
      check(callee, params);
      for (const arg of node.args) check(arg, params);
      return;
    }
    case 'arrow':
      return check(node.body, new Set([...params, node.param]));
    default:
      for (const child of children(node)) check(child, params);
  }
}

const children = (node: Node): Node[] =>
  node.kind === 'list'
    ? node.items
    : node.kind === 'member'
      ? [node.object, node.property]
      : node.kind === 'not'
        ? [node.operand]
        : node.kind === 'binary'
          ? [node.left, node.right]
          : [];

const fail = (message: string): never => {
  throw new ExpressionEvaluationError(message);
};

class Evaluator {
  private steps = 0;
  constructor(
    private readonly event: Record<string, unknown>,
    private readonly lookup: PropertyLookup,
  ) {}

  run(node: Node, scope: Record<string, Value> = {}): Value {
    return this.unwrap(this.eval(node, scope));
  }

  private eval(node: Node, scope: Record<string, Value>): Value {
    if (++this.steps > MAX_STEPS) fail(`The expression took more than ${MAX_STEPS} steps`);
    switch (node.kind) {
      case 'literal':
        return node.value;
      case 'list':
        return node.items.map((i) => this.run(i, scope));
      case 'name':
        return node.name in scope ? scope[node.name] : this.event;
      case 'member':
        return this.member(this.eval(node.object, scope), this.run(node.property, scope), node.optional);
      case 'call':
        return this.call(node, scope);
      case 'not': {
        const v = this.run(node.operand, scope);
        return typeof v === 'boolean' ? !v : fail('! needs a Boolean');
      }
      case 'binary':
        return this.binary(node.op, node.left, node.right, scope);
      case 'arrow':
        return fail('A function can only be passed to a list method');
    }
  }

  private member(object: Value, key: Value, optional: boolean): Value {
    if (object instanceof RuntimeRef) return new RuntimeRef([...object.segments, ...String(key).split('.')]);
    if (object === null || object === undefined) return optional ? null : fail(`Cannot read '${String(key)}' of null`);
    if (object === this.event && key === 'runtime') return new RuntimeRef([]);
    if (Array.isArray(object) || typeof object === 'string') {
      if (key === 'length') return object.length;
      if (typeof key === 'number' && Number.isInteger(key) && key >= 0 && key < object.length) return object[key];
      return fail(`No item ${String(key)} in a list of ${object.length}`);
    }
    if (typeof object === 'object' && typeof key === 'string' && Object.hasOwn(object, key)) {
      return (object as Record<string, unknown>)[key];
    }
    return fail(`Property '${String(key)}' is not defined in the event payload`);
  }

  /** `event.runtime.<entity>.properties[<key>]<path>`: a primitive or a list of primitives, else null. */
  private unwrap(value: Value): Value {
    if (!(value instanceof RuntimeRef)) return value;
    const [entity, properties, key, ...path] = value.segments;
    if (!entity || !ENTITIES.has(entity) || properties !== 'properties' || key === undefined) {
      return fail(`event.runtime.${value.segments.join('.')} is not an entity property path`);
    }
    let v: unknown = this.lookup(entity as RuntimeEntity, key);
    for (const segment of path)
      v = v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[segment] : undefined;
    const primitive = (x: unknown) => x === null || ['string', 'number', 'boolean'].includes(typeof x);
    if (Array.isArray(v)) return v.every(primitive) ? v : null;
    return v !== undefined && primitive(v) ? v : null;
  }

  private call(node: Extract<Node, { kind: 'call' }>, scope: Record<string, Value>): Value {
    const callee = node.callee as Extract<Node, { kind: 'member' }>;
    const target = this.run(callee.object, scope);
    const method = (callee.property as { value: string }).value;
    const [arg] = node.args;
    if (typeof target === 'string' && method === 'includes') return target.includes(String(this.run(arg!, scope)));
    if (!Array.isArray(target)) return fail(`${method}() needs a list`);
    if (method === 'includes') {
      const wanted = JSON.stringify(this.run(arg!, scope));
      return target.some((item) => JSON.stringify(item) === wanted);
    }
    if (arg?.kind !== 'arrow') return fail(`${method}() needs a function such as item => ...`);
    const apply = (item: unknown) => this.run(arg.body, { ...scope, [arg.param]: item });
    const test = (item: unknown) => {
      const v = apply(item);
      return typeof v === 'boolean' ? v : fail(`The function given to ${method}() must return a Boolean`);
    };
    if (method === 'some') return target.some(test);
    if (method === 'every') return target.every(test);
    if (method === 'filter') return target.filter(test);
    return target.map(apply);
  }

  private binary(op: string, left: Node, right: Node, scope: Record<string, Value>): Value {
    const l = this.run(left, scope);
    if (op === '&&' || op === '||') {
      if (typeof l !== 'boolean') return fail(`${op} needs Booleans`);
      if (op === '&&' ? !l : l) return l;
      const r = this.run(right, scope);
      return typeof r === 'boolean' ? r : fail(`${op} needs Booleans`);
    }
    const r = this.run(right, scope);
    if (op === '==') return JSON.stringify(l) === JSON.stringify(r);
    if (op === '!=') return JSON.stringify(l) !== JSON.stringify(r);
    if (typeof l !== 'number' || typeof r !== 'number') return fail(`${op} compares numbers only`);
    return op === '<' ? l < r : op === '<=' ? l <= r : op === '>' ? l > r : l >= r;
  }
}
