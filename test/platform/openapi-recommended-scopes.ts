import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-forge-child';

type Spec = { paths: Record<string, Record<string, { description?: string }>> };

const specs = new Map<string, Spec>();
const FILES: Record<string, string> = { jira: 'jira-platform.json', confluence: 'confluence-v2.json' };

function spec(product: string): Spec | undefined {
  const file = FILES[product];
  if (!file) return undefined;
  if (!specs.has(product)) {
    specs.set(product, JSON.parse(readFileSync(path.resolve(ROOT, '../shared/platform', file), 'utf8')) as Spec);
  }
  return specs.get(product);
}

/**
 * Scopes an operation's OpenAPI description asks apps to add although its `x-atlassian-oauth2-scopes`
 * require none yet, in the vendor's words: "The new `write:app-data:jira` OAuth scope is 100% optional
 * now, and not using it won't break your app. However, we recommend adding it to your app's scope list
 * because we will eventually make it mandatory." (jira-platform.json, the app field-value APIs).
 */
export function operationRecommends(product: string, method: string, operation: string | null): string[] {
  const description = operation ? (spec(product)?.paths[operation]?.[method]?.description ?? '') : '';
  return [...description.matchAll(/The new `([^`]+)` OAuth scope [^.]*\.[^.]*we recommend adding it/g)].map(
    (m) => m[1] as string,
  );
}
