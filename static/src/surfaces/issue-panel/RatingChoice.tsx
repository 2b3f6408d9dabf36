import { token } from '@atlaskit/tokens';
import type { CriterionView } from '@contracts/views';
import { FieldErrors } from '../../ui/Field';
import { subtle } from '../../ui/styles';

interface Props {
  criterion: CriterionView;
  value: number | null;
  onChange: (rating: number) => void;
  disabled: boolean;
  errors: string[];
}

/**
 * A 1-5 choice for one criterion. Native radios (arrow keys move between levels); each level shows
 * the admin's description so every rater scores against the same anchors.
 */
export function RatingChoice({ criterion, value, onChange, disabled, errors }: Props) {
  const name = `rating-${criterion.key}`;
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="csi-choice"
      disabled={disabled}
      aria-describedby={errors.length > 0 ? errorId : undefined}
      style={{ border: 'none', margin: 0, padding: 0, display: 'grid', gap: token('space.050') }}
    >
      <legend style={{ padding: 0, marginBottom: token('space.050') }}>
        <strong>{criterion.name}</strong>
        <span style={subtle}>{` · ${criterion.direction}`}</span>
      </legend>
      {criterion.description && <span style={subtle}>{criterion.description}</span>}
      {criterion.levels.map((description, i) => {
        const level = i + 1;
        const id = `${name}-${level}`;
        return (
          <div key={level} style={{ position: 'relative' }}>
            <input
              type="radio"
              id={id}
              name={name}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <label htmlFor={id}>
              <span className="csi-level">{level}</span>
              <span>{description || `Level ${level}`}</span>
            </label>
          </div>
        );
      })}
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
