import { hasVisibleText } from '../shared/check-text';
import type { Result } from '../result';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { checkDecisionPayload } from './check-decision-payload';
import type { ChainHead, DecisionDraft } from './decision-entry';

const MAX = { summary: 300, rationale: 4000, option: 500, options: 20, revisitIf: 1000, scores: 50 };

/** A required text: visible characters (zero-width, bidi controls and the like do not count), within `max`. */
const filled = (v: unknown, max: number): boolean => typeof v === 'string' && hasVisibleText(v) && v.length <= max;

/**
 * Checks a decision draft before `appendEntry`: summary and rationale non-empty (at most 300 and 4000
 * characters), at most 20 non-empty options considered (500 each), `revisitIf` non-empty when given
 * (1000), scores finite numbers or null (at most 50), a complete subject (only a scoring-config change
 * may have none), and the type-specific payload. A correction must reference an existing entry, so the
 * current head is needed. Errors are keyed by path (`payload.reasonCategory`, `optionsConsidered.2`).
 *
 * @example
 * validateDecisionDraft({ ...draft, rationale: ' ' }, head); // fieldErrors: { rationale: ['Required, at most 4000 characters'] }
 */
export function validateDecisionDraft(draft: DecisionDraft, head: ChainHead | null): Result<DecisionDraft> {
  const errors = createFieldErrors();
  errors.check(filled(draft.summary, MAX.summary), 'summary', `Required, at most ${MAX.summary} characters`);
  errors.check(filled(draft.rationale, MAX.rationale), 'rationale', `Required, at most ${MAX.rationale} characters`);
  checkOptions(draft.optionsConsidered, errors);
  if (draft.revisitIf !== undefined) {
    errors.check(filled(draft.revisitIf, MAX.revisitIf), 'revisitIf', `Non-empty, at most ${MAX.revisitIf} characters`);
  }
  checkScores(draft.scoresAtTime, errors);
  checkSubject(draft, errors);
  checkDecisionPayload(draft, head?.seq ?? 0, errors);
  return errors.result(draft, 'The decision is incomplete');
}

function checkOptions(options: unknown, errors: FieldErrorCollector): void {
  const list = Array.isArray(options) ? (options as unknown[]) : null;
  if (!errors.check(list !== null && list.length <= MAX.options, 'optionsConsidered', `At most ${MAX.options} options`))
    return;
  list?.forEach((option, i) => {
    errors.check(filled(option, MAX.option), `optionsConsidered.${i}`, `Non-empty, at most ${MAX.option} characters`);
  });
}

function checkScores(scores: unknown, errors: FieldErrorCollector): void {
  if (scores === undefined) return;
  const entries = typeof scores === 'object' && scores !== null ? Object.entries(scores) : null;
  if (!errors.check(entries !== null && entries.length <= MAX.scores, 'scoresAtTime', 'At most 50 scores')) return;
  for (const [key, value] of entries ?? []) {
    const valid = value === null || (typeof value === 'number' && Number.isFinite(value));
    errors.check(valid, `scoresAtTime.${key}`, 'Must be a finite number or null');
  }
}

function checkSubject(draft: DecisionDraft, errors: FieldErrorCollector): void {
  const { subject } = draft;
  if (subject === null) {
    const configurationWide = draft.type === 'scoring-config-changed' || draft.type === 'maturity-assessed';
    errors.check(configurationWide, 'subject', 'This decision must be about an issue');
    return;
  }
  for (const field of ['issueKey', 'issueId', 'projectKey'] as const) {
    errors.check(filled(subject?.[field], 100), `subject.${field}`, 'Required');
  }
}
