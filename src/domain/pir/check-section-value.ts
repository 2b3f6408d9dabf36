import { isCalendarDate } from '../shared/is-calendar-date';
import { PIR_OUTCOMES } from '../decision-log/decision.vocabulary';
import type { Result } from '../result';
import { checkText, hasVisibleText } from '../shared/check-text';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { INPUT_RANGES } from '../shared/input-ranges';
import { inRange, rangeMessage } from '../shared/number-range';
import { fieldText, isOneOf } from './pir-fields';
import type { PirSection } from './pir-template';
import { ACTION_PRIORITIES, ACTION_STATUSES, PIR_CONTENT_LIMITS as LIMITS } from './pir.vocabulary';
import type { PirAction, PirLesson, PirObjective, SectionValue, SectionValueOf } from './section-value';

/** Longest action title: it becomes the summary of a Jira issue, which Jira caps at 255 characters. */
export const PIR_ACTION_TITLE_MAX = 255;

/** Longest action id, and longest owner account id (Atlassian account ids are at most 128 characters). */
const ACTION_ID_MAX = 100;
const ACCOUNT_ID_MAX = 128;

const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

type Fields = Record<string, unknown>;
const fieldsOf = (item: unknown): Fields => (typeof item === 'object' && item !== null ? (item as Fields) : {});

/** Checks a list of at most `PIR_CONTENT_LIMITS.items` items, each at `<path>.<i>`. */
function list<T>(
  errors: FieldErrorCollector,
  path: string,
  value: unknown,
  each: (item: Fields, at: string, raw: unknown) => T,
): T[] {
  if (!errors.check(Array.isArray(value), path, 'Required: a list')) return [];
  const items = value as unknown[];
  errors.check(items.length <= LIMITS.items, path, `At most ${LIMITS.items} items`);
  return items.map((item, i) => each(fieldsOf(item), `${path}.${i}`, item));
}

const optionalText = (errors: FieldErrorCollector, path: string, value: unknown): string =>
  fieldText(errors, path, value, { max: LIMITS.itemText, required: false });

const itemText = (errors: FieldErrorCollector, path: string, value: unknown): string =>
  fieldText(errors, path, value, { max: LIMITS.itemText, required: true });

function checkObjective(errors: FieldErrorCollector, item: Fields, at: string): PirObjective {
  const result = item.result;
  errors.check(isOneOf(result, PIR_OUTCOMES), `${at}.result`, 'Choose met, partly met or not met');
  return {
    objective: itemText(errors, `${at}.objective`, item.objective),
    result: result as PirObjective['result'],
    note: optionalText(errors, `${at}.note`, item.note),
  };
}

function kpiNumber(errors: FieldErrorCollector, path: string, value: unknown): number | null {
  const range = INPUT_RANGES.kpiExpected;
  if (value === null || inRange(value, range)) return value;
  errors.add(path, `Leave it empty, or ${rangeMessage(range).toLowerCase()}`);
  return null;
}

/** Tags trimmed, blank ones dropped, repeats (ignoring case) dropped with the first spelling kept. */
function checkTags(errors: FieldErrorCollector, path: string, value: unknown): string[] {
  if (!errors.check(Array.isArray(value), path, 'Required: a list')) return [];
  const tags: string[] = [];
  (value as unknown[]).forEach((item, j) => {
    const tag = typeof item === 'string' ? item.trim() : '';
    const problem = typeof item === 'string' ? checkText(tag, { max: LIMITS.tag, required: false }) : 'Required';
    if (problem !== null) errors.add(path, `Tag ${j + 1}: ${problem}`);
    else if (hasVisibleText(tag) && !tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
  });
  errors.check(tags.length <= LIMITS.tags, path, `At most ${LIMITS.tags} different tags`);
  return tags;
}

function checkLesson(errors: FieldErrorCollector, item: Fields, at: string): PirLesson {
  return { text: itemText(errors, `${at}.text`, item.text), tags: checkTags(errors, `${at}.tags`, item.tags) };
}

function checkOwner(errors: FieldErrorCollector, path: string, value: unknown): string {
  const owner = typeof value === 'string' ? value.trim() : '';
  const problem = checkText(owner, { max: ACCOUNT_ID_MAX, required: true });
  if (problem !== null) errors.add(path, hasVisibleText(owner) ? problem : 'Give the action an owner.');
  return owner;
}

function checkAction(errors: FieldErrorCollector, item: Fields, at: string): PirAction {
  const { priority, status, dueDate } = item;
  errors.check(isOneOf(priority, ACTION_PRIORITIES), `${at}.priority`, 'Choose urgent, high, normal or low');
  errors.check(isOneOf(status, ACTION_STATUSES), `${at}.status`, "Choose open, done or won't do");
  errors.check(isCalendarDate(dueDate), `${at}.dueDate`, 'Give the action a due date.');
  const reason = item.wontDoReason === null ? '' : optionalText(errors, `${at}.wontDoReason`, item.wontDoReason);
  if (status === 'wont-do' && !hasVisibleText(reason)) {
    errors.add(`${at}.wontDoReason`, 'Say why the action will not be done.');
  }
  const issueKey = item.issueKey === null || item.issueKey === '' ? null : item.issueKey;
  const keyOk = issueKey === null || (typeof issueKey === 'string' && ISSUE_KEY.test(issueKey));
  errors.check(keyOk, `${at}.issueKey`, 'Use a Jira issue key like CSI-12, or leave it empty');
  return {
    id: fieldText(errors, `${at}.id`, item.id, { max: ACTION_ID_MAX, required: true }),
    title: fieldText(errors, `${at}.title`, item.title, { max: PIR_ACTION_TITLE_MAX, required: true }),
    ownerAccountId: checkOwner(errors, `${at}.ownerAccountId`, item.ownerAccountId),
    priority: priority as PirAction['priority'],
    dueDate: dueDate as string,
    status: status as PirAction['status'],
    wontDoReason: reason === '' ? null : reason,
    issueKey: issueKey as string | null,
  };
}

function checkActions(errors: FieldErrorCollector, value: unknown): PirAction[] {
  const actions = list(errors, 'actions', value, (item, at) => checkAction(errors, item, at));
  actions.forEach((action, i) => {
    const repeated = actions.slice(0, i).some((earlier) => earlier.id === action.id);
    if (repeated) errors.add(`actions.${i}.id`, `Another action already has the id "${action.id}"`);
  });
  return actions;
}

function checkKpi(errors: FieldErrorCollector, value: SectionValueOf<'kpi'>): SectionValueOf<'kpi'> {
  return {
    kind: 'kpi',
    baseline: kpiNumber(errors, 'baseline', value.baseline),
    target: kpiNumber(errors, 'target', value.target),
    after: kpiNumber(errors, 'after', value.after),
    note: optionalText(errors, 'note', value.note),
  };
}

function checkValue(errors: FieldErrorCollector, value: SectionValue): SectionValue {
  const check =
    <T>(checkItem: (e: FieldErrorCollector, item: Fields, at: string) => T) =>
    (item: Fields, at: string): T =>
      checkItem(errors, item, at);
  switch (value.kind) {
    case 'text':
      return { kind: 'text', text: fieldText(errors, 'text', value.text, { max: LIMITS.text, required: false }) };
    case 'objectives':
      return { kind: 'objectives', objectives: list(errors, 'objectives', value.objectives, check(checkObjective)) };
    case 'kpi':
      return checkKpi(errors, value);
    case 'lessons':
      return { kind: 'lessons', lessons: list(errors, 'lessons', value.lessons, check(checkLesson)) };
    case 'actions':
      return { kind: 'actions', actions: checkActions(errors, value.actions) };
    case 'risks':
      return {
        kind: 'risks',
        risks: list(errors, 'risks', value.risks, (_item, at, raw) => itemText(errors, at, raw)),
      };
  }
}

/**
 * Checks what someone saves into one section of a PIR: the value's kind must be the section's, texts
 * within their lengths (items and objectives with visible text), at most 30 items, KPI numbers empty
 * or in range, each action with an id, a title, an owner, a known priority and status, a real due
 * date and, when it will not be done, the reason why. Every failure is reported at once, keyed from
 * the section (`actions.2.ownerAccountId`, `lessons.0.text`); the accepted value comes back with its
 * texts trimmed and each lesson's tags trimmed and without repeats. Leaving a section empty is
 * accepted here; whether completion needs it is `checkCompletion`'s question.
 *
 * @example
 * checkSectionValue(actionsSection, { kind: 'actions', actions: [{ ...action, ownerAccountId: ' ' }] });
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { 'actions.0.ownerAccountId': ['Give the action an owner.'] } } }
 */
export function checkSectionValue(section: PirSection, value: SectionValue): Result<SectionValue> {
  const errors = createFieldErrors();
  const message = `${section.title} is not filled in correctly`;
  if (value.kind !== section.kind) {
    errors.add('kind', `${section.title} is filled as ${section.kind}, not as ${String(value.kind)}`);
    return errors.result(value, message);
  }
  return errors.result(checkValue(errors, value), message);
}
