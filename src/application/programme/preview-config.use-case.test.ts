import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { ratedInitiative } from '../testing/initiative-builder';
import { memoryVisibility } from '../testing/memory-visibility';
import { MemoryRequests } from '../testing/memory-requests';
import { MemorySettings } from '../testing/memory-settings';
import { byScore } from '../testing/memory-portfolio';
import { toInput } from './config-input';
import { previewConfig, type PreviewPorts } from './preview-config.use-case';

function world(records: (config: ScoringConfig) => InitiativeRecord[], hidden: string[] = []) {
  const settings = new MemorySettings(new MemoryRequests());
  const config = settings.stored().config;
  const stored = records(config);
  const ports: PreviewPorts & { asked: string[][] } = {
    ...memoryVisibility(hidden),
    settings: settings.settings,
    top: (limit) => Promise.resolve([...stored].sort(byScore).slice(0, limit)),
  };
  return { ports, config, settings };
}

describe('previewConfig', () => {
  it('shows an initiative strong on a criterion moving up when that criterion weighs more, and writes nothing', async () => {
    const w = world((config) => {
      const [strong, other] = config.criteria.filter((c) => c.direction === 'benefit');
      if (!strong || !other) throw new Error('two benefit criteria needed');
      return [
        ratedInitiative(1, config, 3, { ratings: { [other.key]: 5, [strong.key]: 2 } }),
        ratedInitiative(2, config, 3, { ratings: { [strong.key]: 5, [other.key]: 2 } }),
      ];
    });
    const [strong] = w.config.criteria.filter((c) => c.direction === 'benefit');
    const input = toInput(w.config);
    const criteria = input.criteria.map((c) => (c.key === strong?.key ? { ...c, weight: c.weight * 4 } : c));
    const before = w.settings.stored();
    const answer = await previewConfig(w.ports, { ...input, criteria });
    const moves = answer.ok ? answer.value.moves : [];
    const csi2 = moves.find((m) => m.issueKey === 'CSI-2');
    expect(csi2?.rankAfter).toBe(1);
    expect(csi2?.after ?? 0).toBeGreaterThan(csi2?.before ?? 0);
    expect(moves.map((m) => m.rankAfter)).toEqual([1, 2]);
    expect(w.settings.stored()).toEqual(before);
  });

  it('lists at most 10, and none the reader may not browse, however high they score', async () => {
    // Issue n is rated 1 + (n - 1) % 5 everywhere: issues 5 and 10 are rated 5, among the highest.
    const w = world(
      (config) => Array.from({ length: 14 }, (_, i) => ratedInitiative(i + 1, config, 1 + (i % 5))),
      ['10005', '10010'],
    );
    const answer = await previewConfig(w.ports, toInput(w.config));
    const keys = answer.ok ? answer.value.moves.map((m) => m.issueKey) : [];
    expect(keys).toHaveLength(10);
    expect(keys).not.toContain('CSI-5');
    expect(keys).not.toContain('CSI-10');
    expect(w.ports.asked.flat()).toEqual(expect.arrayContaining(['10005', '10010']));
  });

  it('refuses an invalid proposal with field errors keyed as the payload is', async () => {
    const w = world(() => []);
    const answer = await previewConfig(w.ports, { ...toInput(w.config), balanceBand: { min: 80, max: 20 } });
    expect(answer.ok ? {} : answer.error.fieldErrors).toHaveProperty(['config.balanceBand.max']);
  });
});
