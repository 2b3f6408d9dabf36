import { compileTriggerFilter } from './trigger-filter';

// Rules from events-reference/product_events ("Filter out Atlassian app events", "Filtering by entity
// properties", "Detect and filter self-generated events") and manifest-reference/modules/trigger.
const updated = (items: Array<{ fieldId: string }>, extra: Record<string, unknown> = {}) => ({
  eventType: 'avi:jira:updated:issue',
  selfGenerated: false,
  issue: { id: '10001', key: 'CSI-1', fields: { issuetype: { name: 'Bug' }, summary: 'x' } },
  changelog: { id: '1', items },
  ...extra,
});
const none = () => undefined;

describe('compileTriggerFilter', () => {
  it('delivers when the expression is true and drops when it is false', () => {
    const filter = compileTriggerFilter('t', { expression: "event.issue.fields?.issuetype.name == 'Bug'" });
    expect(filter(updated([]), none)).toEqual({ deliver: true });
    const task = updated([], { issue: { id: '1', key: 'K-1', fields: { issuetype: { name: 'Task' } } } });
    expect(filter(task, none)).toEqual({ deliver: false, reason: 'expression-false' });
  });

  it('evaluates list methods with arrow functions, includes and boolean operators', () => {
    const filter = compileTriggerFilter('t', {
      expression:
        "event.changelog.items.some(i => ['summary', 'status'].includes(i.fieldId)) && !(event.changelog.items.length > 3)",
    });
    expect(filter(updated([{ fieldId: 'labels' }, { fieldId: 'status' }]), none).deliver).toBe(true);
    expect(filter(updated([{ fieldId: 'labels' }]), none).deliver).toBe(false);
  });

  it('treats a property the payload does not define as an error: dropped and logged by default (IGNORE_AND_LOG)', () => {
    const filter = compileTriggerFilter('t', { expression: 'event.changelog.items.length > 0' });
    const created = { eventType: 'avi:jira:created:issue', selfGenerated: false, issue: {} };
    expect(filter(created, none)).toEqual({
      deliver: false,
      reason: 'expression-error',
      log: "Trigger 't': filter.expression failed on avi:jira:created:issue: Property 'changelog' is not defined in the event payload",
    });
  });

  it.each([
    ['IGNORE', false, false],
    ['RECEIVE', true, false],
    ['RECEIVE_AND_LOG', true, true],
  ])('onError %s delivers: %s, logs: %s', (onError, deliver, logs) => {
    const verdict = compileTriggerFilter('t', { expression: "event.nope == 'x'", onError })(updated([]), none);
    expect({ deliver: verdict.deliver, logs: verdict.log !== undefined }).toEqual({ deliver, logs });
  });

  it('counts a non-Boolean outcome as an error', () => {
    expect(compileTriggerFilter('t', { expression: 'event.issue.key' })(updated([]), none).deliver).toBe(false);
  });

  it('reads event.runtime entity properties as a primitive, and null when absent or an object', () => {
    const filter = compileTriggerFilter('t', {
      expression: "event.runtime.issue.properties['csi-score'].class != null",
    });
    const lookup = (value: unknown) => (entity: string, key: string) =>
      entity === 'issue' && key === 'csi-score' ? value : undefined;
    expect(filter(updated([]), lookup({ class: 'quick-win' })).deliver).toBe(true);
    expect(filter(updated([]), lookup(undefined)).deliver).toBe(false);
    expect(filter(updated([]), lookup({ class: { nested: 1 } })).deliver).toBe(false);
    const dotted = compileTriggerFilter('t', { expression: "event.runtime.issue.properties['p']['x.y'] == 2" });
    expect(dotted(updated([]), () => ({ x: { y: 2 } })).deliver).toBe(true);
  });

  it('drops self-generated events with ignoreSelf before evaluating the expression', () => {
    const filter = compileTriggerFilter('t', { ignoreSelf: true, expression: 'true' });
    expect(filter(updated([], { selfGenerated: true }), none)).toEqual({ deliver: false, reason: 'self-generated' });
    expect(filter(updated([]), none)).toEqual({ deliver: true });
    const noIgnore = compileTriggerFilter('t', { expression: 'true' });
    expect(noIgnore(updated([], { selfGenerated: true }), none)).toEqual({ deliver: true });
  });

  it.each([
    ['try { return true; } catch (e) { throw e; }', /Unsupported syntax at character 5/],
    ["event.issue.key + 'x' == 'a'", /Unsupported syntax at character 17/],
    ["event.a ? 'x' : 'y'", /Unsupported syntax/],
    ['`template`', /Unsupported syntax at character 1/],
    ["issue.key == 'CSI-1'", /Unknown variable 'issue'/],
    ["event.issue.key.startsWith('CSI')", /Unsupported call/],
    ['event.issue.key ==', /Expected a value at the end/],
    ['', /The expression is empty/],
  ])('refuses %j loudly when the manifest is loaded', (expression, message) => {
    expect(() => compileTriggerFilter('t', { expression })).toThrow(message);
  });

  it('refuses an expression over 10,000 characters', () => {
    expect(() => compileTriggerFilter('t', { expression: `${'true && '.repeat(1250)}true` })).toThrow(
      /at most 10000 characters/,
    );
  });

  it.each([
    [{}, /At least one of appIsLicensed, ignoreSelf or expression/],
    [{ ignoreSelf: true, onError: 'IGNORE' }, /onError can be used only with expression/],
    [{ ignoreSelf: true, unknown: 1 }, /invalid filter/],
  ])('refuses the filter %j', (filter, message) => {
    expect(() => compileTriggerFilter('t', filter)).toThrow(message);
  });
});
