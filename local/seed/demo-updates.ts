import type { Rag } from '../../src/domain/progress/rag.vocabulary';
import type { SeedInitiative } from '../product/seed-initiatives';

/** Structured progress updates for initiatives in delivery, as their owners would post them. */
export function demoUpdates(
  seed: SeedInitiative,
): Array<{ daysAgo: number; input: { whatChanged: string; next: string; risks: string; asks: string; rag: Rag } }> {
  if (!['In Progress', 'Rolling Out', 'Done'].includes(seed.status)) return [];
  const start = Math.max(2, seed.createdDaysAgo - 25);
  const updates = [
    {
      daysAgo: start,
      input: {
        whatChanged: 'Pilot started with the first team; baseline measured over four weeks.',
        next: 'Extend the pilot to a second team and agree the measurement with the KPI owner.',
        risks: 'The baseline includes a seasonal peak, so early gains may look bigger than they are.',
        asks: 'A named contact in each pilot team.',
        rag: 'green' as Rag,
      },
    },
  ];
  if (seed.status !== 'Done') {
    updates.push({
      daysAgo: Math.max(1, seed.updatedDaysAgo),
      input: {
        whatChanged: 'Second team live; first KPI readings are in.',
        next: 'Decide at the next checkpoint whether to roll out to all teams.',
        risks: seed.priority === 'Highest' ? 'Two engineers are shared with the release freeze work.' : 'None new.',
        asks: seed.priority === 'Highest' ? 'CAB to confirm the rollout window before the freeze.' : '',
        rag: seed.priority === 'Highest' ? 'amber' : 'green',
      },
    });
  }
  return updates;
}
