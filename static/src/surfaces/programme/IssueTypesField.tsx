import type { ScoringConfigData } from '@contracts/programme.contract';
import { CheckboxGroup } from '../../ui/CheckboxGroup';

interface Props {
  issueTypes: ScoringConfigData['issueTypes'];
  value: string[];
  errors?: string[];
  onChange: (names: string[]) => void;
}

/**
 * Which issue types take part (one checkbox each), by name: the configuration stores names because
 * the issue panel's context names the issue's type. Names the site no longer knows are kept and marked.
 */
export function IssueTypesField({ issueTypes, value, errors = [], onChange }: Props) {
  const known = issueTypes.map((t) => ({ value: t.name, label: t.name }));
  const unknown = value
    .filter((v) => !known.some((o) => o.value === v))
    .map((v) => ({ value: v, label: `${v} (not found on this site)` }));
  return (
    <CheckboxGroup
      legend="Issue types that take part"
      hint="Initiatives are issues of these types. With none, the CSI programme is off: no issue is scored."
      options={[...known, ...unknown]}
      value={value}
      errors={errors}
      onChange={onChange}
    />
  );
}
