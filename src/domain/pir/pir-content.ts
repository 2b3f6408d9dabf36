import type { PirOutcome } from '../decision-log/decision.vocabulary';
import type { Result } from '../result';
import { hasVisibleText } from '../shared/check-text';
import { createFieldErrors } from '../shared/field-errors';
import type { KpiDirection } from '../shared/kpi-direction.vocabulary';
import { judgeBenefit } from './judge-benefit';
import type { PirSection, PirTemplate } from './pir-template';
import type { BenefitVerdict } from './pir.vocabulary';
import type { PirObjective, SectionValue, SectionValueOf } from './section-value';

export type { PirAction, PirLesson, PirObjective, SectionValue, SectionValueOf } from './section-value';
export { PIR_CONTENT_LIMITS } from './pir.vocabulary';
export { checkSectionValue, PIR_ACTION_TITLE_MAX } from './check-section-value';

/**
 * Whether a section holds something: visible text, at least one item (objectives, lessons, actions,
 * risks), or a KPI value measured after the change. An absent value is not filled.
 *
 * @example
 * isSectionFilled({ kind: 'text', text: '\u200B ' }); // false
 * isSectionFilled({ kind: 'kpi', baseline: 10, target: 6, after: null, note: '' }); // false
 */
export function isSectionFilled(value: SectionValue | undefined): boolean {
  if (value === undefined) return false;
  switch (value.kind) {
    case 'text':
      return hasVisibleText(value.text);
    case 'kpi':
      return typeof value.after === 'number' && Number.isFinite(value.after);
    case 'objectives':
      return value.objectives.length > 0;
    case 'lessons':
      return value.lessons.length > 0;
    case 'actions':
      return value.actions.length > 0;
    case 'risks':
      return value.risks.length > 0;
    default:
      return false;
  }
}

/** The value stored under `key`, never one inherited from `Object.prototype` (a key may be `constructor`). */
function own(values: Readonly<Record<string, SectionValue>>, key: string): SectionValue | undefined {
  return Object.hasOwn(values, key) ? values[key] : undefined;
}

const OUTCOME_OF_VERDICT: Record<BenefitVerdict, PirOutcome> = {
  kept: 'met',
  'partly-kept': 'partly-met',
  lost: 'not-met',
};

/** The value of the template's section of `kind`, when there is one and its value is of that kind. */
function valueOf<K extends SectionValue['kind']>(
  template: PirTemplate,
  values: Readonly<Record<string, SectionValue>>,
  kind: K,
): SectionValueOf<K> | undefined {
  const section = template.sections.find((s) => s.kind === kind);
  const value = section ? own(values, section.key) : undefined;
  return value?.kind === kind ? (value as SectionValueOf<K>) : undefined;
}

/** All met: met; none met and none partly: not met; anything else: partly met. */
function outcomeOfObjectives(objectives: readonly PirObjective[]): PirOutcome {
  if (objectives.every((o) => o.result === 'met')) return 'met';
  if (objectives.every((o) => o.result === 'not-met')) return 'not-met';
  return 'partly-met';
}

/** The KPI's good direction: as given, else the way the target lies from the baseline (none when level). */
function directionOf(kpi: SectionValueOf<'kpi'>, given: KpiDirection | undefined): KpiDirection | null {
  if (given) return given;
  if (kpi.baseline === null || kpi.target === null || kpi.target === kpi.baseline) return null;
  return kpi.target > kpi.baseline ? 'increase' : 'decrease';
}

function outcomeOf(
  template: PirTemplate,
  values: Readonly<Record<string, SectionValue>>,
  direction: KpiDirection | undefined,
): PirOutcome {
  const objectives = valueOf(template, values, 'objectives')?.objectives ?? [];
  if (objectives.length > 0) return outcomeOfObjectives(objectives);
  const kpi = valueOf(template, values, 'kpi');
  const way = kpi ? directionOf(kpi, direction) : null;
  if (!kpi || !way || kpi.baseline === null || kpi.target === null) return 'met';
  const judged = judgeBenefit({ direction: way, baseline: kpi.baseline, target: kpi.target, current: kpi.after });
  return judged ? OUTCOME_OF_VERDICT[judged.verdict] : 'met';
}

/** Whether completion needs `section` filled: when it is required, and a lessons section always. */
const neededToComplete = (section: PirSection): boolean => section.required || section.kind === 'lessons';

/**
 * Whether a PIR can be completed, and what completing it records (domain.md section 3). Every required
 * section must be filled (see `isSectionFilled`; a value of another kind than its section's does not
 * count), and a lessons section, when the template has one, needs at least one lesson even when it
 * is optional; otherwise `INVALID_INPUT` with one message per missing section at `sections.<key>`.
 *
 * The outcome comes from the objectives when there are any (all met: met; all not met: not met;
 * otherwise partly met), else from the KPI section judged by `judgeBenefit` when it has a baseline, a
 * target and a value after (kept: met, partly kept: partly met, lost: not met), else it is met. The
 * KPI's direction is `direction` when given (the initiative's plan knows it), else the way the
 * target lies from the baseline; a target level with the baseline and no direction gives met.
 * The residual risks are the risks section's items with visible text, trimmed.
 *
 * @example
 * checkCompletion(defaultPirTemplate(), { summary: { kind: 'text', text: ' ' } });
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { 'sections.summary': ['Summary is required to complete the PIR.'], ... } } }
 */
export function checkCompletion(
  template: PirTemplate,
  values: Readonly<Record<string, SectionValue>>,
  direction?: KpiDirection,
): Result<{ outcome: PirOutcome; residualRisks: string[] }> {
  const errors = createFieldErrors();
  template.sections.filter(neededToComplete).forEach((section) => {
    const value = own(values, section.key);
    const filled = value?.kind === section.kind && isSectionFilled(value);
    errors.check(filled, `sections.${section.key}`, `${section.title} is required to complete the PIR.`);
  });
  if (errors.hasErrors()) return errors.result({ outcome: 'met', residualRisks: [] }, 'The PIR is not complete yet');
  const risks = valueOf(template, values, 'risks')?.risks ?? [];
  const residualRisks = risks.map((risk) => risk.trim()).filter(hasVisibleText);
  return errors.result(
    { outcome: outcomeOf(template, values, direction), residualRisks },
    'The PIR is not complete yet',
  );
}
