import type { ServiceResponse } from '../../runtime/service';
import { APP_ID, ENVIRONMENT_ID } from '../../runtime/forge-runtime';
import type { ChangeItem, CustomFieldDef } from '../product-types';
import { acquireWrites } from './issue-access';
import { commitUpdate } from './issue-events';
import type { JiraContext } from './jira-context';
import { forbidden, isRecord, jiraError, noContent } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { checkFieldValue } from './field-values';

interface FieldUpdate {
  field: CustomFieldDef;
  issueId: number;
  value: unknown;
}

/** Finds an app field by `customfield_N` id or by its key `<appId>__<environment>__<moduleKey>`. */
function findField(ctx: JiraContext, idOrKey: string): CustomFieldDef | undefined {
  const prefix = `${APP_ID}__${ENVIRONMENT_ID}__`;
  return ctx.store.fields.list().find((f) => f.id === idOrKey || `${prefix}${f.moduleKey}` === idOrKey);
}

function parseUpdates(ctx: JiraContext, fixedField: string | undefined): FieldUpdate[] | ServiceResponse {
  const raw = isRecord(ctx.body) && Array.isArray(ctx.body.updates) ? ctx.body.updates : undefined;
  if (!raw) return jiraError(400, ['The request body must contain updates.']);
  const out: FieldUpdate[] = [];
  for (const u of raw) {
    const ref = fixedField ?? (isRecord(u) ? u.customField : undefined);
    const field = typeof ref === 'string' ? findField(ctx, ref) : undefined;
    if (!field) return jiraError(404, [`Custom field '${String(ref)}' does not exist or is not owned by this app.`]);
    const ids = isRecord(u) && Array.isArray(u.issueIds) ? u.issueIds : [];
    if (ids.length === 0) return jiraError(400, ['issueIds must contain at least one issue id.']);
    const problem = checkFieldValue(field, isRecord(u) ? u.value : undefined);
    if (problem) return jiraError(400, [], { [field.id]: problem });
    for (const id of ids) {
      if (!ctx.store.issues.get(Number(id))) return jiraError(404, [`Issue with id '${String(id)}' does not exist.`]);
      if (out.some((o) => o.field.id === field.id && o.issueId === Number(id))) {
        return jiraError(400, ['Combinations of custom field and issue must be unique within the request.']);
      }
      out.push({ field, issueId: Number(id), value: (u as { value: unknown }).value ?? null });
    }
  }
  return out;
}

function changeItem(field: CustomFieldDef, from: unknown, to: unknown): ChangeItem {
  const text = (v: unknown) => (v === null ? null : typeof v === 'string' ? v : JSON.stringify(v));
  return {
    field: field.name,
    fieldtype: 'custom',
    fieldId: field.id,
    from: null,
    fromString: text(from),
    to: null,
    toString: text(to),
  };
}

function applyUpdates(ctx: JiraContext, updates: FieldUpdate[]): void {
  const changes = new Map<number, ChangeItem[]>();
  for (const { field, issueId, value } of updates) {
    const before = ctx.store.fields.getValue(field.moduleKey, issueId);
    if (JSON.stringify(before) === JSON.stringify(value)) continue;
    ctx.store.fields.setValue(field.moduleKey, issueId, value);
    changes.set(issueId, [...(changes.get(issueId) ?? []), changeItem(field, before, value)]);
  }
  if (ctx.query.get('generateChangelog') === 'false') return;
  for (const [issueId, items] of changes) commitUpdate(ctx, ctx.store.issues.get(issueId)!, items);
}

function update(ctx: JiraContext, fixedField: string | undefined): ServiceResponse {
  if (ctx.subject.kind !== 'app') return forbidden('Only the app that owns the custom field can update its values.');
  const updates = parseUpdates(ctx, fixedField);
  if (!Array.isArray(updates)) return updates;
  const limited = acquireWrites(
    ctx,
    updates.map((u) => u.issueId),
  );
  if (limited) return limited;
  applyUpdates(ctx, updates);
  return noContent();
}

/** Forge app custom field values: bulk `POST /app/field/value`, one field `PUT /app/field/{idOrKey}/value`. */
export const appFieldRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/app\/field\/value$/, 'write', (ctx) => update(ctx, undefined)),
  route('PUT', /^\/rest\/api\/3\/app\/field\/([^/]+)\/value$/, 'write', (ctx, [field]) => update(ctx, field)),
];
