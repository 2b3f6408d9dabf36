import * as z from 'zod/mini';
import {
  ACTION_PRIORITIES,
  PIR_REQUIREMENTS,
  SECTION_KINDS,
  PIR_REQUIREMENT_LABELS,
  SECTION_OWNER_ROLE_LABELS,
  SECTION_OWNER_ROLES,
  type ActionPriority,
  type PirRequirement,
  type SectionKind,
  type SectionOwnerRole,
} from '../domain/pir/pir.vocabulary';
import { INITIATIVE_CLASSES, type InitiativeClass } from '../domain/scoring/initiative-class.vocabulary';
import { defineCall } from './call';
import { listOf, patternText, text, wholeIn } from './fields';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';

export {
  ACTION_PRIORITIES,
  PIR_REQUIREMENT_LABELS,
  PIR_REQUIREMENTS,
  SECTION_KINDS,
  SECTION_OWNER_ROLE_LABELS,
  SECTION_OWNER_ROLES,
};
export type { ActionPriority, PirRequirement, SectionKind, SectionOwnerRole };

/** At most this many templates (each up to 30 sections: together they stay within one stored record). */
export const MAX_PIR_TEMPLATES = 5;
/** Longest delay, in business days, a timing takes (about half a year). */
export const MAX_PIR_DELAY_DAYS = 130;

/** One section of a template, as the admins edit it. */
export interface PirSectionSetting {
  key: string;
  title: string;
  kind: SectionKind;
  required: boolean;
  guidance: string;
  ownerRole: SectionOwnerRole;
}

/** A template with the version the app gave it: each saved change to it is the next version. */
export interface PirTemplateSetting {
  id: string;
  name: string;
  version: number;
  sections: PirSectionSetting[];
}

/** A major-change rule: empty lists match anything; the first matching rule decides. */
export interface MajorChangeRuleSetting {
  id: string;
  name: string;
  issueTypes: string[];
  priorities: string[];
  labels: string[];
  classes: InitiativeClass[];
  requirement: PirRequirement;
  templateId: string;
}

/** Business days: from done to the PIR's due date, and from an action's creation to its due date by priority. */
export interface PirTimingsSetting {
  pirDueBusinessDays: number;
  actionDueBusinessDays: Record<ActionPriority, number>;
}

export interface PirSettingsData {
  /** 0 until an admin saved; a save names the version it started from. */
  version: number;
  rules: MajorChangeRuleSetting[];
  templates: PirTemplateSetting[];
  timings: PirTimingsSetting;
  /** Calendar days after closure at which benefit checks fall due (fixed by the app). */
  benefitCheckDays: number[];
  changedBy: UserRef | null;
  changedAt: string | null;
}

/** Rule and template ids: lower-case letters, digits and dashes, like section keys. */
const settingId = patternText(
  40,
  /^[a-z][a-z0-9-]{0,39}$/,
  'Use 1-40 lower-case letters, digits or dashes, starting with a letter',
);
// Texts are bounded here; whether they are filled, unique and well formed is the domain's check
// (`validatePirTemplate`, `validateMajorChangeRules`), which names every failure at once.
const matchList = listOf(text(255), 50);
const delay = wholeIn(1, MAX_PIR_DELAY_DAYS);

const sectionInput = z.strictObject({
  key: text(40),
  title: text(100),
  kind: z.enum(SECTION_KINDS, { error: `Choose one of ${SECTION_KINDS.join(', ')}` }),
  required: z.boolean({ error: 'Say whether the section is required' }),
  guidance: text(1000),
  ownerRole: z.enum(SECTION_OWNER_ROLES, { error: `Choose one of ${SECTION_OWNER_ROLES.join(', ')}` }),
});

const templateInput = z.strictObject({ id: settingId, name: text(100), sections: listOf(sectionInput, 30) });

const ruleInput = z.strictObject({
  id: settingId,
  name: text(100),
  issueTypes: matchList,
  priorities: matchList,
  labels: matchList,
  classes: listOf(z.enum(INITIATIVE_CLASSES, { error: `Choose from ${INITIATIVE_CLASSES.join(', ')}` }), 10),
  requirement: z.enum(PIR_REQUIREMENTS, { error: `Choose one of ${PIR_REQUIREMENTS.join(', ')}` }),
  /** Ignored for a skipped rule; may then be empty. */
  templateId: text(40),
});

const timingsInput = z.strictObject({
  pirDueBusinessDays: delay,
  actionDueBusinessDays: z.strictObject({ urgent: delay, high: delay, normal: delay, low: delay }),
});

/**
 * The CSI admins' PIR settings (issue 11 items 1 and 2), on the CSI programme page
 * (`programme-fn`): the ordered major-change rules, the templates and the timings. Both calls
 * need the CSI-admin role (Jira site admins hold it too).
 */
export const pirSettingsCalls = {
  get: defineCall<PirSettingsData>()('pirSettings.get', z.strictObject({})),
  /** Saves the whole settings, edited from `version`; a changed template becomes its next version. */
  save: defineCall<PirSettingsData>()(
    'pirSettings.save',
    z.strictObject({
      version: wholeIn(0, 1_000_000),
      rules: listOf(ruleInput, 50),
      templates: listOf(templateInput, MAX_PIR_TEMPLATES),
      timings: timingsInput,
      requestId: requestIdSchema,
    }),
  ),
};

export type PirSettingsInput = z.infer<typeof pirSettingsCalls.save.input>;
