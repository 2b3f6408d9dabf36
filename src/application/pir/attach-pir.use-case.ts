import { matchRule } from '../../domain/pir/major-change-rule';
import type { SectionValue } from '../../domain/pir/pir-content';
import { pirDueDate } from '../../domain/pir/pir-due-date';
import type { PirTemplate } from '../../domain/pir/pir-template';
import type { InitiativeRecord } from '../initiative-record';
import { moveLifecycle } from '../lifecycle/lifecycle-state';
import { pirCopyOf } from './pir-copy';
import type { PirRecord } from './pir-record';
import type { AttachPirPorts } from './pir.ports';

export type AttachOutcome = 'attached' | 'exists' | 'not-initiative' | 'not-required';

/** The issue that reached done, as the event says it (not as stored: events come in any order). */
export interface DoneIssue {
  issueId: string;
  issueKey: string;
  projectKey: string;
  issueType: string;
  /** When Jira moved it to done (the event's `updated`). */
  doneAt: string;
}

/** The KPI section starts from the initiative's plan: baseline, target and the latest reading. */
function prefilled(template: PirTemplate, record: InitiativeRecord): Record<string, SectionValue> {
  const kpi = record.plan.kpi;
  const section = template.sections.find((s) => s.kind === 'kpi');
  if (!section || !kpi) return {};
  return {
    [section.key]: { kind: 'kpi', baseline: kpi.baseline, target: kpi.expected, after: record.kpiCurrent, note: '' },
  };
}

/**
 * Attaches a PIR to an initiative whose issue reached a done status (issue 11 item 3), once: a PIR
 * already there ends it with one get, however often or late the event comes; two deliveries at
 * once race on one conditional create, and the loser finds the winner's. The first matching
 * major-change rule decides (none, or a skipped one: no PIR); the review copies its template and is
 * due the rule's business days later in the site's time zone. The PIR and the initiative's move
 * to its post-review stage are one transaction. Cost when it attaches: four KVS gets, one Jira read
 * (priority and labels, which the event does not carry), the time zone, one transaction.
 */
export async function attachPir(ports: AttachPirPorts, done: DoneIssue): Promise<AttachOutcome> {
  if (await ports.pirs.get(done.issueId)) return 'exists';
  const record = await ports.initiatives.get(done.issueId);
  if (!record) return 'not-initiative';
  const settings = await ports.pirSettings();
  const facts = await ports.ruleFacts.read(done.issueId);
  const matched = matchRule(settings.rules, {
    issueType: done.issueType,
    priority: facts.priority,
    labels: facts.labels,
    initiativeClass: record.computed.initiativeClass,
  });
  if (!matched || matched.rule.requirement === 'skipped') return 'not-required';
  const template = settings.templates.find((t) => t.id === matched.rule.templateId);
  if (!template) throw new Error(`PIR rule ${matched.rule.id} names no stored template ${matched.rule.templateId}`);
  const timeZone = await ports.siteTimeZone();
  const dueDate = pirDueDate(done.doneAt, timeZone, settings.timings.pirDueBusinessDays);
  if (!dueDate) throw new Error(`No PIR due date for ${done.doneAt} in ${timeZone}`);
  const { id, name, requirement } = matched.rule;
  const pir: PirRecord = {
    issueId: done.issueId,
    issueKey: done.issueKey,
    projectKey: done.projectKey,
    rule: { id, name, requirement },
    template,
    doneAt: done.doneAt,
    dueDate,
    timeZone,
    state: 'open',
    values: prefilled(template, record),
    filledBy: {},
    completion: null,
    linking: null,
    linkErrors: {},
    services: [],
    benefitChecks: [],
    reminders: {},
    revision: 1,
  };
  const stages = await ports.stages();
  const written = await ports.pirs.updateWithInitiative(done.issueId, (current, existing) => {
    if (existing) return undefined;
    // Into its post-review stage where the lifecycle allows it (a done initiative); else as it is.
    const moved = moveLifecycle(current, 'pir-started', { at: done.doneAt, stages });
    const copy = pirCopyOf(pir);
    return { record: { ...(moved.ok ? moved.value : current), pir: copy, openActions: copy.openActions }, pir };
  });
  return written.changed ? 'attached' : 'exists';
}
