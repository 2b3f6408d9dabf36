import type { Result } from '../result';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { fieldText, isOneOf } from './pir-fields';
import { SECTION_KINDS, SECTION_OWNER_ROLES, type SectionKind, type SectionOwnerRole } from './pir.vocabulary';

/** One section of a PIR template: what it asks, how it is filled, whether completion needs it, who fills it. */
export interface PirSection {
  /** Stable key the PIR's values are stored under: lower case, digits and dashes, at most 40 characters. */
  key: string;
  title: string;
  kind: SectionKind;
  required: boolean;
  /** A hint shown under the title; may be empty. */
  guidance: string;
  ownerRole: SectionOwnerRole;
}

/** An admin-configured PIR template; a PIR keeps a copy of the version it was attached with. */
export interface PirTemplate {
  id: string;
  name: string;
  version: number;
  sections: PirSection[];
}

/** Most sections a template takes, and the longest texts (UTF-16 code units). */
export const PIR_TEMPLATE_LIMITS = { sections: 30, title: 100, guidance: 1000, name: 100 } as const;

/** The pattern of a section key. */
export const SECTION_KEY_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;

/** The kinds filled with structured data: a template takes at most one section of each. */
export const STRUCTURED_SECTION_KINDS: readonly SectionKind[] = SECTION_KINDS.filter((kind) => kind !== 'text');

const KIND_NAMES: Record<SectionKind, string> = {
  text: 'text',
  objectives: 'objectives',
  kpi: 'KPI',
  lessons: 'lessons',
  actions: 'actions',
  risks: 'residual risks',
};

/** The shipped template's sections, in order; `defaultPirTemplate` hands out copies. */
const DEFAULT_SECTIONS: readonly Readonly<PirSection>[] = [
  {
    key: 'summary',
    title: 'Summary',
    kind: 'text',
    required: true,
    guidance: 'Say in a few lines what changed and what it was meant to achieve.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'objectives',
    title: 'Objectives met',
    kind: 'objectives',
    required: true,
    guidance: 'Judge each objective of the initiative: met, partly met or not met.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'kpi',
    title: 'KPI before and after',
    kind: 'kpi',
    required: true,
    guidance: 'Compare the KPI after the change with its baseline and its target.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'went-well',
    title: 'What went well',
    kind: 'text',
    required: false,
    guidance: 'Name what helped, so that the next initiative can repeat it.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'went-badly',
    title: 'What did not go well',
    kind: 'text',
    required: false,
    guidance: 'Name what got in the way, and describe situations rather than blame people.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'lessons',
    title: 'Lessons learned',
    kind: 'lessons',
    required: true,
    guidance: 'Write at least one lesson another team could reuse, and tag it so it can be found.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'actions',
    title: 'Actions',
    kind: 'actions',
    required: false,
    guidance: 'List the follow-up work, each action with an owner, a priority and a due date.',
    ownerRole: 'initiative-owner',
  },
  {
    key: 'residual-risks',
    title: 'Residual risks',
    kind: 'risks',
    required: false,
    guidance: 'List the risks that remain now that the change is live in the service.',
    ownerRole: 'service-owner',
  },
  {
    key: 'process-adjustments',
    title: 'Process adjustments',
    kind: 'text',
    required: false,
    guidance: 'Note any change the improvement process itself needs after this initiative.',
    ownerRole: 'csi-admin',
  },
];

/**
 * The template shipped with the app (domain.md section 3), used until an admin saves another.
 *
 * @example
 * defaultPirTemplate().sections.map((s) => s.key);
 * // ['summary', 'objectives', 'kpi', 'went-well', 'went-badly', 'lessons', 'actions', 'residual-risks', 'process-adjustments']
 */
export function defaultPirTemplate(): PirTemplate {
  return {
    id: 'standard',
    name: 'Standard PIR',
    version: 1,
    sections: DEFAULT_SECTIONS.map((s) => ({ ...s })),
  };
}

function checkSection(errors: FieldErrorCollector, path: string, input: PirSection): PirSection {
  const key: unknown = input.key;
  const validKey = typeof key === 'string' && SECTION_KEY_PATTERN.test(key);
  errors.check(validKey, `${path}.key`, 'Use a key of lower-case letters, digits and dashes, starting with a letter');
  const { title: titleMax, guidance: guidanceMax } = PIR_TEMPLATE_LIMITS;
  const title = fieldText(errors, `${path}.title`, input.title, { max: titleMax, required: true });
  const guidance = fieldText(errors, `${path}.guidance`, input.guidance, { max: guidanceMax, required: false });
  errors.check(isOneOf(input.kind, SECTION_KINDS), `${path}.kind`, `Use one of ${SECTION_KINDS.join(', ')}`);
  const owner = isOneOf(input.ownerRole, SECTION_OWNER_ROLES);
  errors.check(owner, `${path}.ownerRole`, `Use one of ${SECTION_OWNER_ROLES.join(', ')}`);
  errors.check(typeof input.required === 'boolean', `${path}.required`, 'Say whether the section is required');
  return { key: input.key, title, kind: input.kind, required: input.required, guidance, ownerRole: input.ownerRole };
}

function checkSections(errors: FieldErrorCollector, input: unknown): PirSection[] {
  const list: unknown[] = Array.isArray(input) ? (input as unknown[]) : [];
  if (list.length === 0) errors.add('sections', 'A template needs at least one section.');
  if (list.length > PIR_TEMPLATE_LIMITS.sections) {
    errors.add('sections', `A template takes at most ${PIR_TEMPLATE_LIMITS.sections} sections.`);
  }
  const keys: string[] = [];
  const kinds: SectionKind[] = [];
  return list.flatMap((item, i) => {
    if (!errors.check(typeof item === 'object' && item !== null, `sections.${i}`, 'Required')) return [];
    const checked = checkSection(errors, `sections.${i}`, item as PirSection);
    const { key, kind } = checked;
    if (keys.includes(key)) errors.add(`sections.${i}.key`, `Another section already has the key "${key}".`);
    if (STRUCTURED_SECTION_KINDS.includes(kind) && kinds.includes(kind)) {
      errors.add(`sections.${i}.kind`, `A template takes at most one ${KIND_NAMES[kind]} section.`);
    }
    keys.push(key);
    kinds.push(kind);
    return [checked];
  });
}

/**
 * Checks a template before it is saved: a name and an id with visible text, a whole version of 1 or
 * more, 1 to 30 sections with unique keys matching {@link SECTION_KEY_PATTERN}, each with a visible
 * title, guidance within length, a known kind and owner, and at most one section of each structured
 * kind. Every failure is reported at once, keyed by path (`sections.2.key`); the accepted template
 * comes back with its texts trimmed.
 *
 * @example
 * validatePirTemplate({ ...defaultPirTemplate(), sections: [] });
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { sections: ['A template needs at least one section.'] } } }
 */
export function validatePirTemplate(input: {
  id: string;
  name: string;
  version: number;
  sections: PirSection[];
}): Result<PirTemplate> {
  const errors = createFieldErrors();
  const id = fieldText(errors, 'id', input.id, { max: PIR_TEMPLATE_LIMITS.name, required: true });
  const name = fieldText(errors, 'name', input.name, { max: PIR_TEMPLATE_LIMITS.name, required: true });
  const version = input.version;
  errors.check(Number.isSafeInteger(version) && version >= 1, 'version', 'Use a whole version number of 1 or more');
  const sections = checkSections(errors, input.sections);
  return errors.result({ id, name, version, sections }, 'The PIR template is invalid');
}
