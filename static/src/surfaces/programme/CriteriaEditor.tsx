import Button from '@atlaskit/button/new';
import { FieldErrors } from '../../ui/Field';
import type { FieldErrorMap } from '../../ui/field-errors';
import { stack } from '../../ui/styles';
import { emptyCriterion, type CriterionDraft } from './config-draft';
import { CriterionEditor } from './CriterionEditor';

interface Props {
  criteria: CriterionDraft[];
  errors: FieldErrorMap;
  onChange: (criteria: CriterionDraft[]) => void;
  disabled: boolean;
}

/** The criteria table-form: one editor per criterion, add and remove. */
export function CriteriaEditor({ criteria, errors, onChange, disabled }: Props) {
  return (
    <div style={stack('space.200')}>
      {criteria.map((c, i) => (
        <CriterionEditor
          key={c.uid}
          index={i}
          criterion={c}
          errors={errors}
          disabled={disabled}
          onChange={(next) => onChange(criteria.map((x, j) => (j === i ? next : x)))}
          onRemove={() => onChange(criteria.filter((_, j) => j !== i))}
        />
      ))}
      <FieldErrors errors={errors.criteria ?? []} />
      <div>
        <Button onClick={() => onChange([...criteria, emptyCriterion()])} isDisabled={disabled}>
          Add criterion
        </Button>
      </div>
    </div>
  );
}
