import Button from '@atlaskit/button/new';
import type { MajorChangeRuleSetting } from '@contracts/pir-settings.contract';
import { FieldErrors } from '../../ui/Field';
import { card, inline, stack, subtle } from '../../ui/styles';
import { moved, newId, patched } from './PirSettingsDraft';
import { PirSettingsRule } from './PirSettingsRule';

interface Props {
  rules: MajorChangeRuleSetting[];
  templates: ReadonlyArray<{ id: string; name: string }>;
  errors: Record<string, string[]>;
  onChange: (rules: MajorChangeRuleSetting[]) => void;
}

/** The major-change rules in order: the first one that matches an issue reaching done decides. */
export function PirSettingsRules({ rules, templates, errors, onChange }: Props) {
  const add = () =>
    onChange([
      ...rules,
      {
        id: newId(
          'rule',
          rules.map((r) => r.id),
        ),
        name: '',
        issueTypes: [],
        priorities: [],
        labels: [],
        classes: [],
        requirement: 'mandatory',
        templateId: templates[0]?.id ?? '',
      },
    ]);
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, ...stack('space.150') }}>
      <legend style={{ padding: 0, fontWeight: 600 }}>Major-change rules</legend>
      <span style={subtle}>
        Checked top to bottom when an issue reaches done; the first that matches decides. No rule matching: no review.
      </span>
      <FieldErrors errors={errors.rules ?? []} />
      <ol style={{ margin: 0, paddingLeft: 20, ...stack('space.150') }}>
        {rules.map((rule, i) => (
          <li key={rule.id} style={card}>
            <PirSettingsRule
              rule={rule}
              index={i}
              templates={templates}
              errors={errors}
              onChange={(change) => onChange(patched(rules, i, change))}
            />
            <div style={{ ...inline('space.100'), marginTop: 8 }}>
              <Button isDisabled={i === 0} onClick={() => onChange(moved(rules, i, -1))}>
                Move up
              </Button>
              <Button isDisabled={i === rules.length - 1} onClick={() => onChange(moved(rules, i, 1))}>
                Move down
              </Button>
              <Button appearance="subtle" onClick={() => onChange(rules.filter((_, k) => k !== i))}>
                Remove rule
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div>
        <Button onClick={add}>Add a rule</Button>
      </div>
    </fieldset>
  );
}
