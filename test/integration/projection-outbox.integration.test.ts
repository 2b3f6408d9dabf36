import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { addInitiatives } from '../../bench/scale';
import { pushProjection } from '../../src/adapters/product/projection-queue';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import type { InitiativeRecord } from '../../src/application/initiative-record';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * The Jira projection goes through the outbox (architecture.md, "Writes"): the initiative and its
 * outbox entry commit in one KVS transaction; the `csi-projection` consumer writes Jira in bulk
 * (`POST /app/field/value`, `POST /issue/properties/multi`) after the commit. Jira's side is read
 * as a person reads it: GET the issue with the field, GET the property.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

/** A GET as a person, through the simulator's REST (no body, no headers). */
const get = (path: string, actingAccountId: string) =>
  host.jira({ method: 'GET', path, headers: {}, body: undefined, actingAccountId });
const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const initiatives = () => host.store.issues.list().filter((i) => i.issueType.name === 'Improvement');

async function scoreFieldId(): Promise<string> {
  const res = await get('/rest/api/3/field', USERS.csiAdmin);
  const fields = res.body as Array<{ id: string; schema?: { custom?: string } }>;
  return fields.find((f) => f.schema?.custom?.endsWith('/static/csi-score-field'))!.id;
}

/** What Jira shows for an issue: the field's value and the property's score, read as the site admin. */
async function jiraSide(key: string, fieldId: string): Promise<{ field: unknown; property: unknown }> {
  const issue = await get(`/rest/api/3/issue/${key}?fields=${fieldId}`, USERS.siteAdmin);
  const prop = await get(`/rest/api/3/issue/${key}/properties/csi-score`, USERS.siteAdmin);
  if (issue.status !== 200) throw new Error(`GET ${key} answered ${issue.status}`);
  const fields = (issue.body as { fields: Record<string, unknown> }).fields;
  return {
    field: fields[fieldId] ?? null,
    property: prop.status === 200 ? (prop.body as { value: unknown }).value : null,
  };
}

/**
 * Storage and Jira agree for every initiative, or every `every`-th one (a person's reads are rate
 * limited: 600 GETs in a moment meet Jira's burst limit), each side read separately.
 */
async function expectAgreement(every = 1): Promise<number> {
  const fieldId = await scoreFieldId();
  let checked = 0;
  for (const issue of initiatives().filter((_, i) => i % every === 0)) {
    const record: InitiativeRecord | undefined = await read(() => getInitiative(String(issue.id)));
    if (!record) continue;
    const jira = await jiraSide(issue.key, fieldId);
    expect({ key: issue.key, ...jira }).toEqual({
      key: issue.key,
      field: record.computed.score,
      property: expect.objectContaining({ score: record.computed.score, configVersion: record.computed.configVersion }),
    });
    checked += 1;
  }
  return checked;
}

/** Requests of one route (as the host's stats name it) over the kept invocations. */
const restCalls = (route: string) => host.stats.calls.reduce((n, c) => n + (c.restCalls[route] ?? 0), 0);
const BULK_FIELD = 'POST jira /rest/api/3/app/field/{key}';
const BULK_PROPERTY = 'POST jira /rest/api/3/issue/{id}/multi';
const ONE_FIELD = 'PUT jira /rest/api/3/app/field/{key}/value';
const ONE_PROPERTY = 'PUT jira /rest/api/3/issue/{id}/properties/{key}';

const ratings = (rating: number) =>
  ['business-impact', 'strategic-alignment', 'effort', 'risk'].map((criterionKey) => ({
    criterionKey,
    rating,
    rationale: 'Agreed in the review',
  }));

describe('the projection outbox', () => {
  it('projects a rating after the commit, in bulk, and Jira then shows what storage holds', async () => {
    const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-6' };
    const { envelope } = await invokeAs(host, panel, 'issuePanel.rate', { ratings: ratings(4) });
    expect(envelope.ok).toBe(true);
    const rate = host.stats.calls.find((c) => c.callKey === 'issuePanel.rate')!;
    // The resolver itself writes nothing to Jira: the projection consumer does, in bulk.
    expect(rate.restWrites).toBe(0);
    expect(restCalls(BULK_FIELD)).toBeGreaterThan(0);
    expect(restCalls(BULK_PROPERTY)).toBeGreaterThan(0);
    expect(restCalls(ONE_FIELD)).toBe(0);
    await expectAgreement();
  });

  it('re-scoring 300 initiatives costs at most 1 Jira write per 50 changed issues for the field and the same for the property', async () => {
    await addInitiatives(host, 300);
    host.stats.reset();
    const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
    const { envelope } = await invokeAs<ScoringConfigData>(host, programme, 'programme.scoringConfig', {});
    if (!envelope.ok) throw new Error('programme.scoringConfig failed');
    const { version: _v, changedBy: _b, changedAt: _a, ...config } = envelope.data.config;
    const criteria = config.criteria.map((c) => (c.key === 'risk' ? { ...c, weight: c.weight + 15 } : c));
    const saved = await invokeAs(host, programme, 'programme.saveConfig', {
      config: { ...config, criteria },
      reason: 'Risk weighs more',
    });
    expect(saved.envelope.ok).toBe(true);
    await host.settle();
    const changed = initiatives().length;
    expect(restCalls(BULK_FIELD)).toBeLessThanOrEqual(Math.ceil(changed / 50));
    expect(restCalls(BULK_PROPERTY)).toBeLessThanOrEqual(Math.ceil(changed / 50));
    expect(restCalls(ONE_PROPERTY)).toBe(0);
    expect(await expectAgreement(10)).toBeGreaterThanOrEqual(30);
  }, 120_000);

  it('a malformed outbox entry is skipped without ending the drain: every initiative after it still reaches Jira', async () => {
    await addInitiatives(host, 300);
    // Issue id '1' sorts before every real one, so the first page of 100 holds it and 99 valid entries.
    await read(() =>
      kvs.entity('projection-outbox').set('1', { issueId: '1', revision: 1, data: { not: 'an entry' } }),
    );
    const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
    const { envelope } = await invokeAs<ScoringConfigData>(host, programme, 'programme.scoringConfig', {});
    if (!envelope.ok) throw new Error('programme.scoringConfig failed');
    const { version: _v, changedBy: _b, changedAt: _a, ...config } = envelope.data.config;
    const criteria = config.criteria.map((c) => (c.key === 'effort' ? { ...c, weight: c.weight + 5 } : c));
    const saved = await invokeAs(host, programme, 'programme.saveConfig', {
      config: { ...config, criteria },
      reason: 'Effort weighs more',
    });
    expect(saved.envelope.ok).toBe(true);
    await host.settle();
    expect(await expectAgreement(10)).toBeGreaterThanOrEqual(30);
  }, 120_000);

  it('after writes under 20 % storage and Jira faults, faults off and the outbox drained, storage and Jira agree', async () => {
    host.runtime.setKnobs({ kvsFaultRate: 0.2, restFaultRate: 0.2 });
    const keys = initiatives()
      .slice(0, 12)
      .map((i) => i.key);
    for (const [n, issueKey] of keys.entries()) {
      const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey };
      await invokeAs(host, panel, 'issuePanel.rate', { ratings: ratings(1 + (n % 5)) });
    }
    host.runtime.setKnobs({ kvsFaultRate: 0, restFaultRate: 0 });
    await host.runtime.run('test', 'drain', undefined, undefined, () => pushProjection());
    await host.settle();
    expect(await expectAgreement()).toBeGreaterThan(0);
  }, 120_000);
});
