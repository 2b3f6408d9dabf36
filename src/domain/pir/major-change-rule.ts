import type { Result } from '../result';
import { INITIATIVE_CLASSES, type InitiativeClass } from '../scoring/initiative-class.vocabulary';
import { checkText } from '../shared/check-text';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { fieldText, isOneOf } from './pir-fields';
import { PIR_REQUIREMENTS, type PirRequirement } from './pir.vocabulary';

/**
 * An admin's rule for which issues need a PIR (domain.md section 3). Each list narrows the rule; an
 * empty list matches anything. Rules are kept in order and the first one that matches decides.
 */
export interface MajorChangeRule {
  id: string;
  name: string;
  /** Jira issue type names, compared case-insensitively. */
  issueTypes: string[];
  /** Jira priority names, compared case-insensitively. */
  priorities: string[];
  /** Jira labels; the issue needs any one of them (case-sensitive, as Jira labels are). */
  labels: string[];
  classes: InitiativeClass[];
  requirement: PirRequirement;
  /** The template the PIR is attached from; not used by a `skipped` rule. */
  templateId: string;
}

/** What a rule looks at: the issue's type, priority and labels, and the initiative's class. */
export interface RuleFacts {
  issueType: string;
  priority: string | null;
  labels: readonly string[];
  initiativeClass: InitiativeClass;
}

/** Most rules, most entries per list and the longest name a rule takes. */
export const MAJOR_CHANGE_RULE_LIMITS = { rules: 50, listItems: 50, name: 100 } as const;

/** Longest id and list entry (Jira's own limit for a label is 255 characters). */
const ID_MAX = 100;
const ITEM_MAX = 255;

const sameText = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** Whether every list of `rule` lets `facts` through. */
function ruleMatches(rule: MajorChangeRule, facts: RuleFacts): boolean {
  const { issueTypes, priorities, labels, classes } = rule;
  const priority = facts.priority;
  return (
    (issueTypes.length === 0 || issueTypes.some((type) => sameText(type, facts.issueType))) &&
    (priorities.length === 0 || (priority !== null && priorities.some((p) => sameText(p, priority)))) &&
    (labels.length === 0 || labels.some((label) => facts.labels.includes(label))) &&
    (classes.length === 0 || classes.includes(facts.initiativeClass))
  );
}

/**
 * The first rule that matches `facts`, with its position, or null when none does. A `skipped` rule
 * that matches first means the issue needs no PIR, even when a later rule would ask for one. An
 * issue without a priority fails every rule that lists priorities.
 *
 * @example
 * matchRule(defaultMajorChangeRules(), { issueType: 'Improvement', priority: null, labels: [], initiativeClass: 'standard' });
 * // { rule: { id: 'every-initiative', requirement: 'mandatory', ... }, index: 0 }
 */
export function matchRule(
  rules: readonly MajorChangeRule[],
  facts: RuleFacts,
): { rule: MajorChangeRule; index: number } | null {
  const index = rules.findIndex((rule) => ruleMatches(rule, facts));
  const rule = rules[index];
  return rule ? { rule, index } : null;
}

/**
 * The rules shipped with the app: every initiative needs a PIR from the standard template.
 *
 * @example
 * defaultMajorChangeRules()[0]?.requirement; // 'mandatory'
 */
export function defaultMajorChangeRules(): MajorChangeRule[] {
  return [
    {
      id: 'every-initiative',
      name: 'Every initiative',
      issueTypes: [],
      priorities: [],
      labels: [],
      classes: [],
      requirement: 'mandatory',
      templateId: 'standard',
    },
  ];
}

/** Checks one list of a rule and returns its entries trimmed and without repeats (first spelling kept). */
function checkList(errors: FieldErrorCollector, path: string, value: unknown, allowed?: readonly string[]): string[] {
  if (!errors.check(Array.isArray(value), path, 'Required: a list (empty matches anything)')) return [];
  const list = value as unknown[];
  const max = MAJOR_CHANGE_RULE_LIMITS.listItems;
  errors.check(list.length <= max, path, `At most ${max} entries`);
  const kept: string[] = [];
  list.forEach((item, j) => {
    const entry = typeof item === 'string' ? item.trim() : '';
    const problem = typeof item === 'string' ? checkText(entry, { max: ITEM_MAX, required: true }) : 'Required';
    if (problem !== null) errors.add(path, `Entry ${j + 1}: ${problem}`);
    else if (allowed && !allowed.includes(entry))
      errors.add(path, `Unknown entry "${entry}": use ${allowed.join(', ')}`);
    if (!kept.includes(entry)) kept.push(entry);
  });
  return kept;
}

function checkRule(
  errors: FieldErrorCollector,
  path: string,
  rule: MajorChangeRule,
  templateIds: readonly string[],
): MajorChangeRule {
  const id = fieldText(errors, `${path}.id`, rule.id, { max: ID_MAX, required: true });
  const name = fieldText(errors, `${path}.name`, rule.name, { max: MAJOR_CHANGE_RULE_LIMITS.name, required: true });
  const requirement = rule.requirement;
  const known = isOneOf(requirement, PIR_REQUIREMENTS);
  errors.check(known, `${path}.requirement`, `Use one of ${PIR_REQUIREMENTS.join(', ')}`);
  const templateId = typeof rule.templateId === 'string' ? rule.templateId : '';
  if (requirement !== 'skipped' && !templateIds.includes(templateId)) {
    errors.add(`${path}.templateId`, `Choose one of the saved templates (there is none with id "${templateId}")`);
  }
  return {
    id,
    name,
    issueTypes: checkList(errors, `${path}.issueTypes`, rule.issueTypes),
    priorities: checkList(errors, `${path}.priorities`, rule.priorities),
    labels: checkList(errors, `${path}.labels`, rule.labels),
    classes: checkList(errors, `${path}.classes`, rule.classes, INITIATIVE_CLASSES) as InitiativeClass[],
    requirement,
    templateId,
  };
}

/**
 * Checks the ordered rules before they are saved: at most 50, unique ids, each with a visible name, a
 * known requirement, a template among `templateIds` (unless it is `skipped`), and lists of at most 50
 * visible entries (classes from the initiative classes). Every failure is reported at once, keyed
 * `rules.<i>.<field>`; the accepted rules come back trimmed, each list without repeats. No rules at
 * all is valid: then no issue needs a PIR.
 *
 * @example
 * validateMajorChangeRules(defaultMajorChangeRules(), ['standard']).ok; // true
 * validateMajorChangeRules(defaultMajorChangeRules(), []);
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { 'rules.0.templateId': ['Choose one of the saved templates ...'] } } }
 */
export function validateMajorChangeRules(
  rules: readonly MajorChangeRule[],
  templateIds: readonly string[],
): Result<MajorChangeRule[]> {
  const errors = createFieldErrors();
  const max = MAJOR_CHANGE_RULE_LIMITS.rules;
  errors.check(rules.length <= max, 'rules', `At most ${max} rules`);
  const ids: string[] = [];
  const checked = rules.map((rule, i) => {
    const value = checkRule(errors, `rules.${i}`, rule, templateIds);
    if (ids.includes(value.id)) errors.add(`rules.${i}.id`, `Another rule already has the id "${value.id}"`);
    ids.push(value.id);
    return value;
  });
  return errors.result(checked, 'The major-change rules are invalid');
}
