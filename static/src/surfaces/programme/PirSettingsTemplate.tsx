import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { Field, FieldErrors } from '../../ui/Field';
import { card, inline, stack, subtle } from '../../ui/styles';
import { moved, patched, type TemplateDraft } from './PirSettingsDraft';
import { PirSettingsSectionRow } from './PirSettingsSectionRow';

interface Props {
  template: TemplateDraft;
  index: number;
  errors: Record<string, string[]>;
  onChange: (change: Partial<TemplateDraft>) => void;
  onRemove: () => void;
}

/** One template and its sections, in the order the PIR shows them. */
export function PirSettingsTemplate({ template, index, errors, onChange, onRemove }: Props) {
  const path = `templates.${index}`;
  const { sections } = template;
  const setSections = (next: TemplateDraft['sections']) => onChange({ sections: next });
  const addSection = () =>
    setSections([
      ...sections,
      { key: '', title: '', kind: 'text', required: false, guidance: '', ownerRole: 'initiative-owner' },
    ]);
  return (
    <div style={{ ...card, ...stack('space.150') }}>
      <span style={subtle}>
        {template.version === null
          ? 'New template: version 1 when saved.'
          : `Version ${template.version}; a saved change makes the next version. PIRs already attached keep theirs.`}
      </span>
      <Field id={`pir-template-${template.id}-name`} label="Template name" required errors={errors[`${path}.name`]}>
        {(p) => <Textfield {...p} value={template.name} onChange={(e) => onChange({ name: e.currentTarget.value })} />}
      </Field>
      <FieldErrors errors={[...(errors[`${path}.id`] ?? []), ...(errors[`${path}.sections`] ?? [])]} />
      <ol style={{ margin: 0, paddingLeft: 20, ...stack('space.200') }}>
        {sections.map((section, i) => (
          // Keys may be edited, so rows are keyed by position within this template.
          <li key={i} aria-label={`Section ${i + 1}${section.title ? `: ${section.title}` : ''}`}>
            <PirSettingsSectionRow
              idPrefix={`pir-template-${template.id}-section-${i}`}
              section={section}
              path={`${path}.sections.${i}`}
              errors={errors}
              onChange={(change) => setSections(patched(sections, i, change))}
            />
            <div style={{ ...inline('space.100'), marginTop: 8 }}>
              <Button isDisabled={i === 0} onClick={() => setSections(moved(sections, i, -1))}>
                Move section up
              </Button>
              <Button isDisabled={i === sections.length - 1} onClick={() => setSections(moved(sections, i, 1))}>
                Move section down
              </Button>
              <Button appearance="subtle" onClick={() => setSections(sections.filter((_, k) => k !== i))}>
                Remove section
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <div style={inline('space.100')}>
        <Button onClick={addSection}>Add a section</Button>
        <Button appearance="subtle" onClick={onRemove}>
          Remove template
        </Button>
      </div>
    </div>
  );
}
