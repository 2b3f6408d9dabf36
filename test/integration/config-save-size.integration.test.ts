import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/*
 * A configuration save records every change in one decision-log entry, which holds at most 50 lines
 * of at most 500 characters. A save that would need more is refused before anything is written (it
 * used to move the settings on and then answer "The decision is incomplete"); a valid save whose
 * lines used to outgrow 500 characters (many long issue-type names on one line) now fits.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
const levels = ['None', 'Low', 'Medium', 'High', 'Very high'];
const criterion = (i: number, name: string, weight: number, direction: 'benefit' | 'cost', description: string) => ({
  key: `c${i}`,
  name,
  description,
  direction,
  weight,
  levels: [...levels],
});

async function current() {
  const { envelope } = await invokeAs<ScoringConfigData>(host, programme, 'programme.scoringConfig', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  const { version, changedBy: _b, changedAt: _a, ...config } = envelope.data.config;
  return { version, config };
}

const save = (config: unknown) => invokeAs(host, programme, 'programme.saveConfig', { config, reason: 'Size test' });
const twenty = (name: (i: number) => string, weight: number, direction: 'benefit' | 'cost', description: string) =>
  Array.from({ length: 20 }, (_, i) => criterion(i + 1, name(i + 1), weight, direction, description));

describe('the size of what one configuration save records', () => {
  it('records a save of 20 new criteria (25 changes)', async () => {
    const { version, config } = await current();
    const criteria = twenty((i) => `Criterion ${i}`, 1, 'benefit', 'First wording');
    const { envelope } = await save({ ...config, criteria, effortCriterionKey: 'c1' });
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
    expect((await current()).version).toBe(version + 1);
  });

  it('refuses 80 changes at once with a specific message, before anything is written', async () => {
    const { version, config } = await current();
    const criteria = twenty((i) => `${'R'.repeat(97)}${String(i).padStart(3, '0')}`, 7, 'cost', 'Second wording');
    const { envelope, writes } = await save({ ...config, criteria });
    expect(envelope.ok ? 'ok' : envelope.error.code).toBe('INVALID_INPUT');
    if (!envelope.ok) {
      expect(envelope.error.message).toBe(
        'This save makes 80 changes; one save can record at most 50 in the decision log. Save the changes in smaller steps.',
      );
      expect(Object.keys(envelope.error.fieldErrors ?? {})).toEqual(['config']);
    }
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect((await current()).version).toBe(version);
  });

  it('refuses replacing the issue types with 50 others (51 changes), before anything is written', async () => {
    const { version, config } = await current();
    const types = Array.from({ length: 50 }, (_, i) => `${'Long issue type name '.repeat(3).slice(0, 57)}${i}`);
    const { envelope, writes } = await save({ ...config, enabledIssueTypes: types });
    expect(envelope.ok ? 'ok' : envelope.error.message).toMatch(/makes 51 changes; .* at most 50/);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect((await current()).version).toBe(version);
  });

  it('records 49 long issue types added at once (once a single line of about 3,000 characters)', async () => {
    const { version, config } = await current();
    const types = Array.from({ length: 49 }, (_, i) => `${'Long issue type name '.repeat(3).slice(0, 57)}${i}`);
    const { envelope } = await save({ ...config, enabledIssueTypes: [...config.enabledIssueTypes, ...types] });
    expect(envelope.ok ? 'ok' : envelope.error).toBe('ok');
    expect((await current()).version).toBe(version + 1);
  });
});
