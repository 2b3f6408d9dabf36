import { defaultMajorChangeRules } from '../../domain/pir/major-change-rule';
import { DEFAULT_PIR_TIMINGS } from '../../domain/pir/pir-due-date';
import { defaultPirTemplate } from '../../domain/pir/pir-template';
import type { StoredPirSettings } from './pir-settings';
import { getPirSettings } from './get-pir-settings.use-case';

/** What is in force before any save, as the storage adapter hands it out (version 0). */
const defaultPirSettings = (): StoredPirSettings => ({
  version: 0,
  rules: defaultMajorChangeRules(),
  templates: [defaultPirTemplate()],
  timings: DEFAULT_PIR_TIMINGS,
  changedBy: null,
  changedAt: null,
});

describe('getPirSettings', () => {
  it('shows the shipped defaults as version 0: one mandatory rule, the standard template, 10 business days', async () => {
    const answer = await getPirSettings({ settings: () => Promise.resolve(defaultPirSettings()) });
    expect(answer.ok && answer.value).toMatchObject({
      version: 0,
      rules: [{ id: 'every-initiative', requirement: 'mandatory', templateId: 'standard' }],
      templates: [{ id: 'standard', version: 1 }],
      timings: { pirDueBusinessDays: 10, actionDueBusinessDays: { urgent: 3, high: 5, normal: 10, low: 20 } },
      benefitCheckDays: [30, 90],
      changedBy: null,
      changedAt: null,
    });
    expect(answer.ok && answer.value.templates[0]?.sections).toHaveLength(9);
  });

  it('hands out copies: editing the view leaves the settings it came from as they were', async () => {
    const stored = defaultPirSettings();
    const answer = await getPirSettings({ settings: () => Promise.resolve(stored) });
    if (!answer.ok) throw new Error('no view');
    answer.value.templates[0]!.sections[0]!.title = 'Changed';
    answer.value.rules[0]!.labels.push('x');
    expect(stored.templates[0]?.sections[0]?.title).toBe('Summary');
    expect(stored.rules[0]?.labels).toEqual([]);
  });
});
