import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { AUTOMATIC_CHECK_LABELS, MATURITY_LIMITS, type CriterionView } from '@contracts/maturity.contract';
import { Field, FieldErrors } from '../../ui/Field';
import type { FieldErrorMap } from '../../ui/field-errors';
import { inline, stack, subtle } from '../../ui/styles';

interface Props {
  /** The id prefix of this level's fields, unique on the page. */
  id: string;
  name: string;
  level: number;
  criteria: CriterionView[];
  /** The save's field errors, keyed by the level's path (`criteria`, `criteria.0.text`, ...). */
  errors: FieldErrorMap;
  onChange: (criteria: CriterionView[]) => void;
  /** Adds a criterion with this text (the model editor gives it its id). */
  onAdd: (text: string) => void;
}

const checkLabel = (check: CriterionView['automaticCheck']) =>
  check ? ((AUTOMATIC_CHECK_LABELS as Record<string, string>)[check] ?? check) : null;

/** One level of a dimension in the model editor: its criteria's texts, Remove on each, and a field to add one. */
export function MaturitySettingsLevel({ id, name, level, criteria, errors, onChange, onAdd }: Props) {
  const [text, setText] = useState('');
  const full = criteria.length >= MATURITY_LIMITS.criteriaPerLevel;
  const add = () => {
    if (text.trim() === '' || full) return;
    onAdd(text.trim());
    setText('');
  };
  return (
    <section style={stack('space.150')} aria-label={`Model: ${name} level ${level}`}>
      <h4 style={{ margin: 0, font: token('font.heading.xxsmall') }}>{`Level ${level}`}</h4>
      <FieldErrors id={`${id}-errors`} errors={errors['criteria'] ?? []} />
      {criteria.length === 0 && <p style={{ ...subtle, margin: 0 }}>No criteria: add at least one.</p>}
      {criteria.map((c, i) => {
        const check = checkLabel(c.automaticCheck);
        return (
          <div key={c.id} style={stack('space.050')}>
            <Field
              id={`${id}-${c.id}`}
              label={`Criterion ${i + 1}`}
              hint={`Id ${c.id}${check ? ` · automatic check (kept): ${check}` : ''}`}
              errors={[...(errors[`criteria.${i}.text`] ?? []), ...(errors[`criteria.${i}.id`] ?? [])]}
              required
            >
              {({ isInvalid: _styledByAria, ...p }) => (
                <textarea
                  {...p}
                  className="csi-native-input"
                  rows={2}
                  maxLength={MATURITY_LIMITS.criterionText}
                  value={c.text}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    onChange(criteria.map((x, j) => (j === i ? { ...x, text: value } : x)));
                  }}
                />
              )}
            </Field>
            <div>
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => onChange(criteria.filter((_, j) => j !== i))}
                aria-label={`Remove criterion ${i + 1} of ${name} level ${level}`}
              >
                Remove
              </Button>
            </div>
          </div>
        );
      })}
      <div style={inline('space.100')}>
        <Field
          id={`${id}-new`}
          label={`New criterion for ${name} level ${level}`}
          hint={full ? `A level takes at most ${MATURITY_LIMITS.criteriaPerLevel} criteria.` : undefined}
        >
          {({ isInvalid: _styledByAria, ...p }) => (
            <input
              {...p}
              className="csi-native-input"
              value={text}
              disabled={full}
              maxLength={MATURITY_LIMITS.criterionText}
              onChange={(e) => setText(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                add();
              }}
            />
          )}
        </Field>
        <div style={{ alignSelf: 'flex-end' }}>
          <Button onClick={add} isDisabled={full || text.trim() === ''}>
            Add criterion
          </Button>
        </div>
      </div>
    </section>
  );
}
