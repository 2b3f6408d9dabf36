import type { EntityPropertyAlias } from '../jira/jira-context';
import type { ProductStore } from '../product-store';
import type { ProductIssue } from '../product-types';
import type { FieldKind, JqlField, JqlValue } from './jql-fields';

const KIND: Record<EntityPropertyAlias['type'], FieldKind> = {
  number: 'number',
  string: 'exact',
  text: 'text',
  date: 'date',
};

/** The value at a dot path of a JSON value (`a.b.c`). */
function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, k) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined),
      value,
    );
}

/** Indexes a JSON value as Jira indexes entity property values of the given type. */
function index(raw: unknown, type: EntityPropertyAlias['type']): JqlValue[] {
  const items = Array.isArray(raw) ? raw : [raw];
  return items.flatMap((v): JqlValue[] => {
    if (v === null || v === undefined || typeof v === 'object') return [];
    if (type === 'number')
      return typeof v === 'number' || (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)))
        ? [Number(v)]
        : [];
    if (type === 'date') return typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? [Date.parse(v)] : [];
    return [String(v)];
  });
}

/** A JQL field for an entity property search alias (`jira:entityProperty` `values[].searchAlias`). */
export function aliasField(store: ProductStore, alias: EntityPropertyAlias): JqlField {
  const values = (issue: ProductIssue) =>
    index(at(store.properties.get(issue.id, alias.propertyKey), alias.path), alias.type);
  return {
    name: alias.searchAlias,
    kind: KIND[alias.type],
    values,
    ...(alias.type === 'text' ? {} : { sortValue: (issue: ProductIssue) => values(issue)[0] }),
  };
}
