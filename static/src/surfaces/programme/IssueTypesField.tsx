import type { ScoringConfigData } from '@contracts/programme.contract';
import { Field } from '../../ui/Field';
import { OnDemandSelect } from '../../ui/OnDemandSelect';

interface Props {
  issueTypes: ScoringConfigData['issueTypes'];
  value: string[];
  errors?: string[];
  onChange: (names: string[]) => void;
}

/**
 * Which issue types take part (multi-select), by name: the configuration stores names because the
 * issue panel's context names the issue's type. Names the site no longer knows are kept and marked.
 */
export function IssueTypesField({ issueTypes, value, errors, onChange }: Props) {
  const known = issueTypes.map((t) => ({ value: t.name, label: t.name }));
  const unknown = value
    .filter((v) => !known.some((o) => o.value === v))
    .map((v) => ({ value: v, label: `${v} (not found on this site)` }));
  const options = [...known, ...unknown];
  return (
    <Field
      id="issue-types"
      label="Issue types that take part"
      errors={errors}
      hint="Initiatives are issues of these types."
    >
      {(p) => (
        <OnDemandSelect
          inputId={p.id}
          isMulti
          options={options}
          value={options.filter((o) => value.includes(o.value))}
          onChange={(selected) => onChange(selected.map((o) => o.value))}
          isInvalid={Boolean(errors)}
        />
      )}
    </Field>
  );
}
