import { Checkbox } from '@atlaskit/checkbox';
import Textarea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import {
  SECTION_KINDS,
  SECTION_OWNER_ROLE_LABELS,
  SECTION_OWNER_ROLES,
  type PirSectionSetting,
  type SectionKind,
  type SectionOwnerRole,
} from '@contracts/pir-settings.contract';
import { Field, FieldErrors } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { inline, stack } from '../../ui/styles';
import { errorsUnder } from './PirSettingsDraft';

const KIND_LABELS: Record<SectionKind, string> = {
  text: 'Free text',
  objectives: 'Objectives met',
  kpi: 'KPI before and after',
  lessons: 'Lessons learned',
  actions: 'Actions',
  risks: 'Residual risks',
};
const KIND_OPTIONS = SECTION_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }));
const OWNER_OPTIONS = SECTION_OWNER_ROLES.map((r) => ({ value: r, label: SECTION_OWNER_ROLE_LABELS[r] }));

interface Props {
  idPrefix: string;
  section: PirSectionSetting;
  /** Where this section's errors are keyed (`templates.0.sections.2`). */
  path: string;
  errors: Record<string, string[]>;
  onChange: (change: Partial<PirSectionSetting>) => void;
}

/** One section of a template: key, title, how it is filled, whether completion needs it, guidance, owner. */
export function PirSettingsSectionRow({ idPrefix, section, path, errors, onChange }: Props) {
  const at = (field: string) => errors[`${path}.${field}`] ?? [];
  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <div style={stack('space.100')}>
      <FieldErrors errors={errors[path] ?? []} />
      <div style={inline('space.100')}>
        <Field id={id('key')} label="Key" required errors={at('key')}>
          {(p) => <Textfield {...p} value={section.key} onChange={(e) => onChange({ key: e.currentTarget.value })} />}
        </Field>
        <Field id={id('title')} label="Title" required errors={at('title')}>
          {(p) => (
            <Textfield {...p} value={section.title} onChange={(e) => onChange({ title: e.currentTarget.value })} />
          )}
        </Field>
      </div>
      <div style={inline('space.100')}>
        <Field id={id('kind')} label="Filled as" errors={at('kind')}>
          {(p) => (
            <NativeSelect<SectionKind>
              {...p}
              value={section.kind}
              options={KIND_OPTIONS}
              onChange={(kind) => kind && onChange({ kind })}
            />
          )}
        </Field>
        <Field id={id('owner')} label="Default owner" errors={at('ownerRole')}>
          {(p) => (
            <NativeSelect<SectionOwnerRole>
              {...p}
              value={section.ownerRole}
              options={OWNER_OPTIONS}
              onChange={(ownerRole) => ownerRole && onChange({ ownerRole })}
            />
          )}
        </Field>
        <Checkbox
          label="Required to complete the PIR"
          isChecked={section.required}
          onChange={(e) => onChange({ required: e.currentTarget.checked })}
        />
      </div>
      <Field id={id('guidance')} label="Guidance" errors={errorsUnder(errors, `${path}.guidance`)}>
        {(p) => (
          <Textarea
            {...p}
            value={section.guidance}
            minimumRows={2}
            onChange={(e) => onChange({ guidance: e.currentTarget.value })}
          />
        )}
      </Field>
    </div>
  );
}
