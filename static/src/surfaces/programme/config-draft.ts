import type { ScoringConfigData } from '@contracts/programme.contract';
import type { ScoringConfigInput } from '@contracts/fields';
import { fromNumber, toNumber } from '../../ui/numbers';

/** One criterion as edited: numbers stay text until submit so a half-typed value is not lost. */
export interface CriterionDraft {
  /** Local identity for React keys; never sent. */
  uid: string;
  key: string;
  name: string;
  description: string;
  direction: 'benefit' | 'cost';
  weight: string;
  levels: string[];
}

export interface ConfigDraft {
  criteria: CriterionDraft[];
  quickWin: { maxEffort: string; maxDurationDays: string };
  transformational: { minEffort: string; minDurationDays: string };
  balanceBand: { min: string; max: string };
  mviThresholdPct: string;
  effortCriterionKey: string;
  enabledIssueTypes: string[];
}

let nextUid = 0;
const uid = () => `c${++nextUid}`;

export const emptyCriterion = (): CriterionDraft => ({
  uid: uid(),
  key: '',
  name: '',
  description: '',
  direction: 'benefit',
  weight: '1',
  levels: ['', '', '', '', ''],
});

/** The saved configuration as an editable draft. Enabled issue types are kept as names (see below). */
export function toDraft(config: ScoringConfigData['config'], issueTypes: ScoringConfigData['issueTypes']): ConfigDraft {
  // The configuration names issue types (the issue panel's context carries the name).
  const typeName = (v: string) => issueTypes.find((t) => t.id === v || t.name === v)?.name ?? v;
  return {
    criteria: config.criteria.map((c) => ({ ...c, uid: uid(), weight: fromNumber(c.weight), levels: [...c.levels] })),
    quickWin: {
      maxEffort: fromNumber(config.quickWin.maxEffort),
      maxDurationDays: fromNumber(config.quickWin.maxDurationDays),
    },
    transformational: {
      minEffort: fromNumber(config.transformational.minEffort),
      minDurationDays: fromNumber(config.transformational.minDurationDays),
    },
    balanceBand: { min: fromNumber(config.balanceBand.min), max: fromNumber(config.balanceBand.max) },
    mviThresholdPct: fromNumber(config.mviThresholdPct),
    effortCriterionKey: config.effortCriterionKey,
    enabledIssueTypes: config.enabledIssueTypes.map(typeName),
  };
}

/** The draft as the contract's input; unreadable numbers become NaN so the schema names the field. */
export function toInput(d: ConfigDraft): ScoringConfigInput {
  return {
    criteria: d.criteria.map(({ uid: _uid, weight, ...c }) => ({ ...c, weight: toNumber(weight) })),
    quickWin: { maxEffort: toNumber(d.quickWin.maxEffort), maxDurationDays: toNumber(d.quickWin.maxDurationDays) },
    transformational: {
      minEffort: toNumber(d.transformational.minEffort),
      minDurationDays: toNumber(d.transformational.minDurationDays),
    },
    balanceBand: { min: toNumber(d.balanceBand.min), max: toNumber(d.balanceBand.max) },
    mviThresholdPct: toNumber(d.mviThresholdPct),
    effortCriterionKey: d.effortCriterionKey,
    enabledIssueTypes: d.enabledIssueTypes,
  };
}
