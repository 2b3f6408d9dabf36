import { programmeWorld } from '../testing/programme-world';
import { toInput } from './config-input';
import { getScoringConfig } from './get-scoring-config.use-case';
import { saveConfig } from './save-config.use-case';

describe('getScoringConfig', () => {
  it('answers the configuration in force as the page edits it, the issue types, and no re-score before any save', async () => {
    const w = programmeWorld();
    const answer = await getScoringConfig(w.invoke());
    const config = w.settings.stored().config;
    expect(answer.ok && answer.value).toMatchObject({
      config: { ...toInput(config), version: config.version, changedBy: null, changedAt: null },
      issueTypes: [{ name: 'Improvement' }, { name: 'Task' }],
      rescore: null,
    });
  });

  it('answers who saved the version in force and how far its re-score has come', async () => {
    const w = programmeWorld({ initiatives: 40 });
    const input = toInput(w.settings.stored().config);
    await saveConfig(w.invoke(), { ...input, mviThresholdPct: input.mviThresholdPct + 5 }, 'Stricter MVI');
    w.state.job = w.state.job && { ...w.state.job, done: 25, changed: 20, failed: 1 };
    const answer = await getScoringConfig(w.invoke());
    expect(answer.ok && answer.value.config).toMatchObject({
      mviThresholdPct: input.mviThresholdPct + 5,
      changedBy: w.identity.user,
      changedAt: w.clock.now(),
    });
    expect(answer.ok && answer.value.rescore).toMatchObject({
      total: 40,
      done: 25,
      changed: 20,
      failed: 1,
      status: 'running',
    });
  });
});
