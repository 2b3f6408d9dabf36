import type { ServiceResponse } from '../../runtime/service';
import { platformSeams } from '../../runtime/platform-seams';
import { fieldKeyOf, LOCAL_ENVIRONMENT, type AppEnvironment } from '../../runtime/site';
import type { ChangeItem } from '../product-types';
import type { AppFieldDef } from '../store/field-store';
import { acquireWrites } from './issue-access';
import { commitUpdate } from './issue-events';
import type { JiraContext } from './jira-context';
import { forbidden, isRecord, jiraError, noContent } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { checkFieldValue } from './field-values';

interface FieldUpdate {
  field: AppFieldDef;
  issueId: number;
  value: unknown;
}

/**
 * Finds a field the calling app may write, by its id (`customfield_N`) or its key as `GET /field`
 * lists it (jira-platform.json, `fieldIdOrKey`: "The ID or key of the custom field"). "Apps can only
 * perform this operation on custom fields ... declared in their own manifests" and "Only the app
 * that owns the custom field ... can update its values": the field of another environment of the
 * same app (a production install beside a development one) is not the caller's, so it is not found.
 */
function findField(ctx: JiraContext, idOrKey: string): AppFieldDef | undefined {
  const caller: AppEnvironment = platformSeams.callingSite() ?? LOCAL_ENVIRONMENT;
  return ctx.store.fields
    .list()
    .find(
      (f) =>
        f.appId === caller.appId &&
        f.environmentId === caller.environmentId &&
        (f.id === idOrKey || fieldKeyOf(f, f.moduleKey) === idOrKey),
    );
}

/**
 * The updates of `PUT /app/field/{fieldIdOrKey}/value` (jira-platform.json,
 * `CustomFieldValueUpdateDetails`: `{ updates: [{ issueIds, value }] }`) or of the bulk
 * `POST /app/field/value` (`MultipleCustomFieldValuesUpdateDetails`: each update names its
 * `customField`), each checked against its field. `fieldOf` gives an update's field or the answer
 * refusing it. "Combinations of custom field and issue should be unique within the request."
 */
function parseUpdates(
  ctx: JiraContext,
  fieldOf: (update: Record<string, unknown>) => AppFieldDef | ServiceResponse,
): FieldUpdate[] | ServiceResponse {
  const raw = isRecord(ctx.body) && Array.isArray(ctx.body.updates) ? ctx.body.updates : undefined;
  if (!raw) return jiraError(400, ['The request body must contain updates.']);
  const out: FieldUpdate[] = [];
  for (const u of raw) {
    if (!isRecord(u)) return jiraError(400, ['Each update must be an object.']);
    const field = fieldOf(u);
    if (!('extension' in field)) return field;
    const ids = isRecord(u) && Array.isArray(u.issueIds) ? u.issueIds : [];
    if (ids.length === 0) return jiraError(400, ['issueIds must contain at least one issue id.']);
    const problem = checkFieldValue(field, isRecord(u) ? u.value : undefined);
    if (problem) return jiraError(400, [], { [field.id]: problem });
    for (const id of ids) {
      if (!ctx.store.issues.get(Number(id))) return jiraError(404, [`Issue with id '${String(id)}' does not exist.`]);
      if (out.some((o) => o.issueId === Number(id) && o.field.id === field.id)) {
        return jiraError(400, ['Combinations of custom field and issue must be unique within the request.']);
      }
      out.push({ field, issueId: Number(id), value: (u as { value: unknown }).value ?? null });
    }
  }
  return out;
}

function changeItem(field: AppFieldDef, from: unknown, to: unknown): ChangeItem {
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
    const before = ctx.store.fields.getValue(field, issueId);
    if (JSON.stringify(before) === JSON.stringify(value)) continue;
    ctx.store.fields.setValue(field, issueId, value);
    changes.set(issueId, [...(changes.get(issueId) ?? []), changeItem(field, before, value)]);
  }
  if (ctx.query.get('generateChangelog') === 'false') return;
  for (const [issueId, items] of changes) commitUpdate(ctx, ctx.store.issues.get(issueId)!, items);
}

function update(ctx: JiraContext, fieldIdOrKey: string): ServiceResponse {
  if (ctx.subject.kind !== 'app') return forbidden('Only the app that owns the custom field can update its values.');
  const field = findField(ctx, fieldIdOrKey);
  if (!field) return jiraError(404, [`Custom field '${fieldIdOrKey}' does not exist or is not owned by this app.`]);
  const updates = parseUpdates(ctx, () => field);
  return apply(ctx, updates);
}

/**
 * `POST /app/field/value` (jira-platform.json, `updateMultipleCustomFieldValues`): many fields and
 * issues in one request; 403 "if the request is not authenticated as the app that provided all the
 * fields", 404 "if any field is not found", 204 on success. One write: 1 point (rate-limiting).
 */
function updateMany(ctx: JiraContext): ServiceResponse {
  if (ctx.subject.kind !== 'app') return forbidden('Only the app that owns the custom fields can update their values.');
  const updates = parseUpdates(ctx, (u) => {
    const idOrKey = typeof u.customField === 'string' ? u.customField : '';
    if (!idOrKey) return jiraError(400, ['Each update must name its customField.']);
    return (
      findField(ctx, idOrKey) ??
      jiraError(404, [`Custom field '${idOrKey}' does not exist or is not owned by this app.`])
    );
  });
  return apply(ctx, updates);
}

function apply(ctx: JiraContext, updates: FieldUpdate[] | ServiceResponse): ServiceResponse {
  if (!Array.isArray(updates)) return updates;
  const limited = acquireWrites(
    ctx,
    updates.map((u) => u.issueId),
  );
  if (limited) return limited;
  applyUpdates(ctx, updates);
  return noContent();
}

/**
 * Forge app custom field values: one field (`PUT /app/field/{fieldIdOrKey}/value`) and the bulk
 * `POST /app/field/value` the app's projection consumer sends.
 */
export const appFieldRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/app\/field\/value$/, 'write', (ctx) => updateMany(ctx)),
  route('PUT', /^\/rest\/api\/3\/app\/field\/([^/]+)\/value$/, 'write', (ctx, [field]) => update(ctx, field!)),
];
