import type { KpiDirection } from '../../src/domain/shared/kpi-direction.vocabulary';
import { createRandom } from '../runtime/random';
import type { SeedInitiative } from '../product/seed-initiatives';

/** What the demo says about one seeded initiative: who rated it how, its plan and its KPI progress. */
export interface DemoPlan {
  raters: Array<{ who: 'u-editor' | 'u-csi-admin'; ratings: Record<string, number> }>;
  plannedDurationDays: number;
  kpi: { name: string; direction: KpiDirection; baseline: number; expected: number } | null;
  kpiCurrent: number | null;
}

const KPI = /KPI: ([^.]+)\. Baseline ([\d.,]+)[^,]*, target ([\d.,]+)/;

/** Reads "KPI: name. Baseline 6.2 h, target 4.5 h." from a seeded description. */
export function kpiOf(description: string): DemoPlan['kpi'] {
  const match = KPI.exec(description);
  if (!match) return null;
  const baseline = Number((match[2] ?? '').replace(/,/g, ''));
  const expected = Number((match[3] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(baseline) || !Number.isFinite(expected) || baseline === 0) return null;
  return { name: match[1] ?? 'KPI', direction: expected < baseline ? 'decrease' : 'increase', baseline, expected };
}

/** A deterministic, plausible plan per initiative (quick wins are cheap, major changes are long). */
export function demoPlan(seed: SeedInitiative, index: number): DemoPlan {
  const random = createRandom(1000 + index);
  const pick = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const quick = seed.labels.includes('quick-win');
  const major = seed.labels.includes('major-change');
  const effort = quick ? pick(1, 2) : major ? pick(4, 5) : pick(2, 4);
  const base = {
    'business-impact': pick(2, 5),
    'strategic-alignment': pick(2, 5),
    effort,
    risk: major ? pick(3, 5) : pick(1, 3),
  };
  const raters: DemoPlan['raters'] = [{ who: 'u-editor', ratings: base }];
  if (index % 3 !== 2) {
    const spread = index % 5 === 0 ? 2 : index % 2;
    raters.push({
      who: 'u-csi-admin',
      ratings: { ...base, 'business-impact': clamp(base['business-impact'] - spread) },
    });
  }
  if (index % 7 === 6) delete raters[0]?.ratings.risk;
  const kpi = kpiOf(seed.description);
  const started = ['In Progress', 'Rolling Out', 'Done'].includes(seed.status);
  const kpiCurrent =
    kpi && started
      ? round(kpi.baseline + (kpi.expected - kpi.baseline) * (seed.status === 'Done' ? 1.05 : random() * 0.9))
      : null;
  return {
    raters,
    plannedDurationDays: quick ? pick(30, 85) : major ? pick(150, 240) : pick(60, 170),
    kpi,
    kpiCurrent,
  };
}

const clamp = (r: number) => Math.min(5, Math.max(1, r));
const round = (n: number) => Math.round(n * 100) / 100;
