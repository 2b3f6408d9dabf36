import { MAX_RECORDED_CHANGES } from '../../domain/scoring/config-changes';
import { programmeWorld } from '../testing/programme-world';
import { toInput } from './config-input';
import { saveConfig } from './save-config.use-case';

/** The configuration in force as the page edits it, with the first criterion's weight moved by `delta`. */
function edited(w: ReturnType<typeof programmeWorld>, delta = 5) {
  const input = toInput(w.settings.stored().config);
  const [first, ...rest] = input.criteria;
  if (!first) throw new Error('no criteria');
  return { ...input, criteria: [{ ...first, weight: first.weight + delta }, ...rest] };
}

/** Everything the save may write: settings, the log, the job and the queue. */
const written = (w: ReturnType<typeof programmeWorld>) =>
  JSON.stringify([w.settings.stored(), w.decisions.entries(), w.state.job, w.pushed, w.requests.keys()]);

describe('saveConfig', () => {
  it('saves the next version with who and why, records it in the log, starts one re-score, and answers the saved version', async () => {
    const w = programmeWorld({ initiatives: 12 });
    const v = w.settings.stored().config.version;
    const answer = await saveConfig(w.invoke(), edited(w), 'Business impact matters more this year', 'req-cfg-1');
    expect(w.settings.stored()).toMatchObject({
      config: { version: v + 1 },
      changedBy: w.identity.user,
      reason: 'Business impact matters more this year',
    });
    const [entry, ...more] = w.decisions.entries();
    expect(more).toEqual([]);
    expect(entry).toMatchObject({
      type: 'scoring-config-changed',
      subject: null,
      rationale: 'Business impact matters more this year',
      payload: { fromVersion: v, toVersion: v + 1 },
    });
    expect((entry?.payload as { changes: string[] }).changes.length).toBeGreaterThan(0);
    expect(w.state.job).toMatchObject({ configVersion: v + 1, status: 'running', total: 12, done: 0 });
    expect(w.pushed).toEqual([
      expect.objectContaining({ jobId: w.state.job?.jobId, configVersion: v + 1, batch: 0, actor: w.identity.user }),
    ]);
    expect(answer.ok && answer.value.config).toMatchObject({ version: v + 1, changedBy: w.identity.user });
    expect(answer.ok && answer.value.rescore).toMatchObject({ configVersion: v + 1, total: 12 });
  });

  it.each([
    [
      'a weight of 1e308',
      (i: ReturnType<typeof edited>) => ({
        ...i,
        criteria: i.criteria.map((c, n) => (n === 0 ? { ...c, weight: 1e308 } : c)),
      }),
      'config.criteria.0.weight',
    ],
    [
      'a negative MVI threshold',
      (i: ReturnType<typeof edited>) => ({ ...i, mviThresholdPct: -1 }),
      'config.mviThresholdPct',
    ],
    [
      'an effort criterion that does not exist',
      (i: ReturnType<typeof edited>) => ({ ...i, effortCriterionKey: 'nope' }),
      'config.effortCriterionKey',
    ],
    [
      'an issue type of zero-width characters',
      (i: ReturnType<typeof edited>) => ({ ...i, enabledIssueTypes: ['\u200B\u200B'] }),
      'config.enabledIssueTypes.0',
    ],
  ])('refuses %s, keyed as the payload is, and writes nothing', async (_name, change, field) => {
    const w = programmeWorld();
    const before = written(w);
    const answer = await saveConfig(w.invoke(), change(edited(w)), 'why', 'req-cfg-2');
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(answer.ok ? {} : answer.error.fieldErrors).toHaveProperty([field]);
    expect(written(w)).toBe(before);
  });

  it('refuses a save that changes nothing: no version, no decision, no re-score', async () => {
    const w = programmeWorld();
    const before = written(w);
    const answer = await saveConfig(w.invoke(), toInput(w.settings.stored().config), 'why', 'req-cfg-3');
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(written(w)).toBe(before);
  });

  it(`refuses more changes than one log entry records (${MAX_RECORDED_CHANGES}) before writing anything`, async () => {
    const w = programmeWorld();
    const before = written(w);
    const types = Array.from({ length: MAX_RECORDED_CHANGES + 1 }, (_, i) => `Type ${i}`);
    const answer = await saveConfig(w.invoke(), { ...edited(w, 0), enabledIssueTypes: types }, 'why', 'req-cfg-4');
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(answer.ok ? '' : answer.error.message).toContain(String(MAX_RECORDED_CHANGES));
    expect(written(w)).toBe(before);
  });

  it('answers CONFLICT and writes nothing of its own when another admin saved a version meanwhile', async () => {
    const w = programmeWorld();
    const stale = await w.invoke().settings();
    const mine = edited(w, 3);
    await saveConfig(w.invoke(), edited(w, 1), 'the other admin', 'req-other');
    const before = written(w);
    const answer = await saveConfig(
      { ...w.invoke(), settings: () => Promise.resolve(stale) },
      mine,
      'mine',
      'req-cfg-5',
    );
    expect(answer.ok ? 'ok' : answer.error.code).toBe('CONFLICT');
    expect(written(w)).toBe(before);
  });

  it('keeps the CSI admins granted between its read and its write', async () => {
    const w = programmeWorld();
    const input = edited(w);
    const read = w.invoke().settings;
    const ports = {
      ...w.invoke(),
      settings: async () => {
        const stale = await read();
        await w.settings.saveCsiAdmins(['u-new-admin']);
        return stale;
      },
    };
    expect((await saveConfig(ports, input, 'why')).ok).toBe(true);
    expect(w.settings.stored().csiAdmins).toEqual(['u-new-admin']);
  });

  it.each([
    ['the log append failed', 'decisions.append', 'failNext'],
    ['the log append’s answer was lost', 'decisions.append', 'loseNextAnswer'],
    ['the job could not be saved', 'job.save', 'failNext'],
    ['the queue push failed', 'queue.push', 'failNext'],
  ] as const)(
    'completes on retry a save where %s, with one version, one decision and one job',
    async (_name, operation, how) => {
      const w = programmeWorld({ initiatives: 3 });
      const v = w.settings.stored().config.version;
      const input = edited(w);
      w.faults[how](operation);
      await expect(saveConfig(w.invoke(), input, 'why', 'req-cfg-6')).rejects.toThrow();
      const retry = await saveConfig(w.invoke(), input, 'why', 'req-cfg-6');
      expect(retry.ok && retry.value.config.version).toBe(v + 1);
      expect(w.settings.stored().config.version).toBe(v + 1);
      expect(w.decisions.entries()).toHaveLength(1);
      expect(w.state.jobWrites).toBe(1);
      expect(w.state.job).toMatchObject({ configVersion: v + 1 });
      expect(w.pushed.length).toBeGreaterThanOrEqual(1);
      expect(new Set(w.pushed.map((e) => e.jobId))).toEqual(new Set([w.state.job?.jobId]));
    },
  );

  it('has one effect for a retried request id after a save that went through', async () => {
    const w = programmeWorld();
    const input = edited(w);
    await saveConfig(w.invoke(), input, 'why', 'req-cfg-7');
    w.state.job = w.state.job && { ...w.state.job, batchesDone: 1 };
    const before = written(w);
    const retry = await saveConfig(w.invoke(), input, 'why', 'req-cfg-7');
    expect(retry.ok).toBe(true);
    expect(written(w)).toBe(before);
  });
});
