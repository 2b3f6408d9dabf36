import Textfield from '@atlaskit/textfield';
import {
  PIR_REQUIREMENT_LABELS,
  PIR_REQUIREMENTS,
  type MajorChangeRuleSetting,
  type PirRequirement,
} from '@contracts/pir-settings.contract';
import { CLASSES } from '@contracts/fields';
import type { InitiativeClass } from '@contracts/views';
import { CheckboxGroup } from '../../ui/CheckboxGroup';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { CLASS_LABELS } from '../../ui/labels';
import { stack } from '../../ui/styles';
import { errorsUnder } from './PirSettingsDraft';
import { PirSettingsListField } from './PirSettingsListField';

const REQUIREMENT_OPTIONS = PIR_REQUIREMENTS.map((r) => ({ value: r, label: PIR_REQUIREMENT_LABELS[r] }));
const CLASS_OPTIONS = CLASSES.map((c) => ({ value: c, label: CLASS_LABELS[c] }));

interface Props {
  rule: MajorChangeRuleSetting;
  index: number;
  templates: ReadonlyArray<{ id: string; name: string }>;
  errors: Record<string, string[]>;
  onChange: (change: Partial<MajorChangeRuleSetting>) => void;
}

/** One major-change rule: its name, what it matches, and what it asks for. */
export function PirSettingsRule({ rule, index, templates, errors, onChange }: Props) {
  const id = (field: string) => `pir-rule-${rule.id}-${field}`;
  const at = (field: string) => errorsUnder(errors, `rules.${index}.${field}`);
  const templateOptions = templates.map((t) => ({ value: t.id, label: t.name || t.id }));
  return (
    <div style={stack('space.100')}>
      <Field id={id('name')} label="Rule name" required errors={at('name')}>
        {(p) => <Textfield {...p} value={rule.name} onChange={(e) => onChange({ name: e.currentTarget.value })} />}
      </Field>
      <PirSettingsListField
        id={id('types')}
        label="Issue types"
        value={rule.issueTypes}
        errors={at('issueTypes')}
        onChange={(issueTypes) => onChange({ issueTypes })}
      />
      <PirSettingsListField
        id={id('priorities')}
        label="Priorities"
        value={rule.priorities}
        errors={at('priorities')}
        onChange={(priorities) => onChange({ priorities })}
      />
      <PirSettingsListField
        id={id('labels')}
        label="Labels (any one of them)"
        value={rule.labels}
        errors={at('labels')}
        onChange={(labels) => onChange({ labels })}
      />
      <CheckboxGroup<InitiativeClass>
        legend="Initiative classes (none ticked: any)"
        options={CLASS_OPTIONS}
        value={rule.classes}
        errors={at('classes')}
        onChange={(classes) => onChange({ classes })}
      />
      <Field id={id('requirement')} label="Review" errors={at('requirement')}>
        {(p) => (
          <NativeSelect<PirRequirement>
            {...p}
            value={rule.requirement}
            options={REQUIREMENT_OPTIONS}
            onChange={(requirement) => requirement && onChange({ requirement })}
          />
        )}
      </Field>
      {rule.requirement !== 'skipped' && (
        <Field id={id('template')} label="Template" errors={at('templateId')}>
          {(p) => (
            <NativeSelect
              {...p}
              value={rule.templateId || null}
              options={templateOptions}
              placeholder="Choose a template"
              onChange={(templateId) => onChange({ templateId: templateId ?? '' })}
            />
          )}
        </Field>
      )}
    </div>
  );
}
