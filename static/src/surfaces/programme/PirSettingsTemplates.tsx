import Button from '@atlaskit/button/new';
import { FieldErrors } from '../../ui/Field';
import { stack, subtle } from '../../ui/styles';
import { newId, patched, type TemplateDraft } from './PirSettingsDraft';
import { PirSettingsTemplate } from './PirSettingsTemplate';

interface Props {
  templates: TemplateDraft[];
  errors: Record<string, string[]>;
  onChange: (templates: TemplateDraft[]) => void;
}

/** The PIR templates the rules choose from. */
export function PirSettingsTemplates({ templates, errors, onChange }: Props) {
  const add = () =>
    onChange([
      ...templates,
      {
        id: newId(
          'template',
          templates.map((t) => t.id),
        ),
        name: '',
        version: null,
        sections: [
          {
            key: 'summary',
            title: 'Summary',
            kind: 'text',
            required: true,
            guidance: '',
            ownerRole: 'initiative-owner',
          },
        ],
      },
    ]);
  return (
    <fieldset style={{ border: 'none', margin: 0, padding: 0, ...stack('space.150') }}>
      <legend style={{ padding: 0, fontWeight: 600 }}>Templates</legend>
      <span style={subtle}>
        Each section has a key its answers are kept under (lower-case letters, digits, dashes), a default owner, and
        guidance shown to whoever fills it. A template takes at most one section of each structured kind.
      </span>
      <FieldErrors errors={errors.templates ?? []} />
      {templates.map((template, i) => (
        <PirSettingsTemplate
          key={template.id}
          template={template}
          index={i}
          errors={errors}
          onChange={(change) => onChange(patched(templates, i, change))}
          onRemove={() => onChange(templates.filter((_, k) => k !== i))}
        />
      ))}
      <div>
        <Button onClick={add}>Add a template</Button>
      </div>
    </fieldset>
  );
}
