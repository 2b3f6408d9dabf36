import type { PirSettingsData } from '../../contracts/pir-settings.contract';
import { validateMajorChangeRules, type MajorChangeRule } from '../../domain/pir/major-change-rule';
import type { PirTimings } from '../../domain/pir/pir-due-date';
import { validatePirTemplate, type PirSection, type PirTemplate } from '../../domain/pir/pir-template';
import { err, ok, type Result } from '../../domain/result';
import { INVALID_INPUT } from '../../domain/shared/field-errors';
import { getPirSettings, pirSettingsView, type PirSettingsPorts } from './get-pir-settings.use-case';
import type { StoredPirSettings } from './pir-settings';

/** A template as the admin sends it: the app, not the admin, numbers its versions. */
export interface PirTemplateDraft {
  id: string;
  name: string;
  sections: PirSection[];
}

export interface PirSettingsDraft {
  rules: MajorChangeRule[];
  templates: PirTemplateDraft[];
  timings: PirTimings;
}

type Checked = Pick<StoredPirSettings, 'rules' | 'templates' | 'timings'>;

const conflict = (): Result<never> =>
  err({ code: 'CONFLICT', message: 'Someone saved the PIR settings at the same time. Reload and try again.' });

const content = (t: Pick<PirTemplate, 'name' | 'sections'>) => JSON.stringify([t.name, t.sections]);

/** The version a checked template gets: 1 when new, the same when unchanged, else the next one. */
function versionOf(current: readonly PirTemplate[], template: PirTemplate): number {
  const before = current.find((t) => t.id === template.id);
  if (!before) return 1;
  return content(before) === content(template) ? before.version : before.version + 1;
}

/** Checks every template with the domain (its errors under `templates.<i>.`), the ids unique, then the rules. */
function checkDraft(current: StoredPirSettings, draft: PirSettingsDraft): Result<Checked> {
  const fieldErrors: Record<string, string[]> = {};
  const add = (path: string, messages: readonly string[]) => (fieldErrors[path] ??= []).push(...messages);
  const messages: string[] = [];
  const templates: PirTemplate[] = [];
  draft.templates.forEach((input, i) => {
    const checked = validatePirTemplate({ ...input, version: 1 });
    if (draft.templates.findIndex((t) => t.id === input.id) < i) {
      add(`templates.${i}.id`, [`Another template already has the id "${input.id}".`]);
    }
    if (!checked.ok) {
      messages.push(checked.error.message);
      for (const [path, list] of Object.entries(checked.error.fieldErrors ?? {})) add(`templates.${i}.${path}`, list);
      return;
    }
    templates.push({ ...checked.value, version: versionOf(current.templates, checked.value) });
  });
  const rules = validateMajorChangeRules(
    draft.rules,
    draft.templates.map((t) => t.id),
  );
  if (!rules.ok) {
    messages.push(rules.error.message);
    for (const [path, list] of Object.entries(rules.error.fieldErrors ?? {})) add(path, list);
  }
  if (Object.keys(fieldErrors).length > 0 || !rules.ok) {
    const first = Object.values(fieldErrors)[0]?.[0];
    const message = `${messages[0] ?? 'The PIR settings are invalid'}${first ? `: ${first}` : ''}`;
    return err({ code: INVALID_INPUT, message, fieldErrors });
  }
  return ok({ rules: rules.value, templates, timings: draft.timings });
}

const same = (a: Checked, b: Checked) =>
  JSON.stringify([a.rules, a.templates, a.timings]) === JSON.stringify([b.rules, b.templates, b.timings]);

/**
 * A CSI admin saves the major-change rules, the PIR templates and the timings, edited from
 * `version`: checked by the domain (every failure named, nothing written), written as version + 1
 * only if nobody saved since (CONFLICT otherwise). A template whose name or sections changed gets
 * its next version; PIRs already attached keep the copy of the version they were attached with.
 * With a committed request key, a retry writes nothing and answers the settings in force.
 */
export async function savePirSettings(
  ports: PirSettingsPorts,
  version: number,
  draft: PirSettingsDraft,
  requestKey?: string,
): Promise<Result<PirSettingsData>> {
  if (requestKey && (await ports.requests.seen(requestKey))) return getPirSettings(ports);
  const current = await ports.settings();
  if (current.version !== version) return conflict();
  const checked = checkDraft(current, draft);
  if (!checked.ok) return checked;
  if (same(current, checked.value)) {
    const message = 'Nothing changed: these PIR settings are the ones in force.';
    return err({ code: INVALID_INPUT, message, fieldErrors: { rules: [message] } });
  }
  const next: StoredPirSettings = {
    ...checked.value,
    version: version + 1,
    changedBy: await ports.currentUser(),
    changedAt: ports.now(),
  };
  if (await ports.save(next, requestKey)) return ok(pirSettingsView(next));
  // The same request at once with itself: the other call's save is this one's.
  if (requestKey && (await ports.requests.seen(requestKey))) return getPirSettings(ports);
  return conflict();
}
