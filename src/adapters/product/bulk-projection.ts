import api, { route } from '@forge/api';
import type { OutboxEntry } from '../storage/projection-outbox.repository';
import { ensureOk, scoreFieldId } from './jira-gateway';
import type { RateLimitSignal } from './rate-limit-headers';
import { requestWithRetry } from './request-with-retry';
import { SCORE_PROPERTY_KEY } from './score-property';

/**
 * The most issues one bulk write names: `POST /issue/properties/multi` takes "up to 100 issues"
 * (jira-platform.json, `bulkSetIssuePropertiesByIssue`); the field-value write is kept to the same.
 */
export const BULK_ISSUES = 100;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/**
 * Writes the score of up to `BULK_ISSUES` initiatives to Jira in two requests (two points, whatever
 * the count: rate-limiting, "Write requests are charged only the base cost"):
 * `POST /rest/api/3/app/field/value` (`updateMultipleCustomFieldValues`: one update per distinct
 * score, each naming its issues) and `POST /rest/api/3/issue/properties/multi`
 * (`bulkSetIssuePropertiesByIssue`: each issue with its own `csi-score` value; answered 303 with the
 * task's location, "non-transactional"; the reconcile job repairs an issue the task missed).
 * Both writes are idempotent: re-sending the same values leaves Jira as it was.
 */
export async function projectInBulk(
  entries: readonly OutboxEntry[],
  observe?: (signal: RateLimitSignal) => void,
): Promise<void> {
  if (entries.length === 0) return;
  if (entries.length > BULK_ISSUES) throw new Error(`At most ${BULK_ISSUES} issues per bulk projection`);
  const customField = await scoreFieldId();
  const byValue = new Map<number | null, number[]>();
  for (const e of entries) byValue.set(e.field, [...(byValue.get(e.field) ?? []), Number(e.issueId)]);
  const updates = [...byValue].map(([value, issueIds]) => ({ customField, issueIds, value }));
  const fieldRes = await requestWithRetry(
    () =>
      api.asApp().requestJira(route`/rest/api/3/app/field/value`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ updates }),
      }),
    { observe },
  );
  await ensureOk(fieldRes, `Setting the CSI score field on ${entries.length} issues`);
  const issues = entries.map((e) => ({ issueID: Number(e.issueId), properties: { [SCORE_PROPERTY_KEY]: e.property } }));
  const propertyRes = await requestWithRetry(
    () =>
      api.asApp().requestJira(route`/rest/api/3/issue/properties/multi`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ issues }),
        redirect: 'manual',
      }),
    { observe },
  );
  // 303 See Other: accepted, the task runs in Jira (nothing to follow for the app).
  if (propertyRes.status !== 303)
    await ensureOk(propertyRes, `Setting the CSI score property on ${entries.length} issues`);
}
