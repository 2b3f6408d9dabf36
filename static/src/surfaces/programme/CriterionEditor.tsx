import Button from '@atlaskit/button/new';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { Field, FieldErrors } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import type { FieldErrorMap } from '../../ui/field-errors';
import { card } from '../../ui/styles';
import type { CriterionDraft } from './config-draft';

const DIRECTIONS = [
  { value: 'benefit' as const, label: 'Benefit (higher is better)' },
  { value: 'cost' as const, label: 'Cost (higher is worse)' },
];

interface Props {
  index: number;
  criterion: CriterionDraft;
  errors: FieldErrorMap;
  onChange: (c: CriterionDraft) => void;
  onRemove: () => void;
  disabled: boolean;
}

/** One criterion row of the admin table-form, with its five level descriptions. */
export function CriterionEditor({ index, criterion: c, errors, onChange, onRemove, disabled }: Props) {
  const at = (field: string) => errors[`criteria.${index}.${field}`];
  const id = (field: string) => `criterion-${c.uid}-${field}`;
  const set = (patch: Partial<CriterionDraft>) => onChange({ ...c, ...patch });
  return (
    <fieldset style={{ ...card, margin: 0, display: 'grid', gap: token('space.150') }} disabled={disabled}>
      <legend
        style={{ font: token('font.heading.xsmall'), padding: `0 ${token('space.050')}` }}
      >{`Criterion ${index + 1}${c.name ? `: ${c.name}` : ''}`}</legend>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))',
          gap: token('space.150'),
          alignItems: 'start',
        }}
      >
        <Field id={id('key')} label="Key" required errors={at('key')} hint="Lower-case, e.g. business-impact">
          {(p) => <Textfield {...p} value={c.key} onChange={(e) => set({ key: e.currentTarget.value })} />}
        </Field>
        <Field id={id('name')} label="Name" required errors={at('name')}>
          {(p) => <Textfield {...p} value={c.name} onChange={(e) => set({ name: e.currentTarget.value })} />}
        </Field>
        <Field id={id('direction')} label="Direction" errors={at('direction')}>
          {(p) => (
            <NativeSelect
              {...p}
              options={DIRECTIONS}
              value={c.direction}
              onChange={(direction) => direction && set({ direction })}
              disabled={disabled}
            />
          )}
        </Field>
        <Field id={id('weight')} label="Weight" required errors={at('weight')}>
          {(p) => (
            <Textfield
              {...p}
              type="text"
              inputMode="decimal"
              value={c.weight}
              onChange={(e) => set({ weight: e.currentTarget.value })}
            />
          )}
        </Field>
      </div>
      <Field id={id('description')} label="Description" errors={at('description')}>
        {(p) => (
          <TextArea
            {...p}
            minimumRows={1}
            value={c.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
          />
        )}
      </Field>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))',
          gap: token('space.100'),
        }}
      >
        {c.levels.map((level, j) => (
          <Field key={j} id={id(`level-${j + 1}`)} label={`Level ${j + 1}`} errors={at(`levels.${j}`)}>
            {(p) => (
              <TextArea
                {...p}
                minimumRows={2}
                value={level}
                onChange={(e) => set({ levels: c.levels.map((l, k) => (k === j ? e.currentTarget.value : l)) })}
              />
            )}
          </Field>
        ))}
      </div>
      <FieldErrors errors={[...(errors[`criteria.${index}`] ?? []), ...(at('levels') ?? [])]} />
      <div>
        <Button
          appearance="subtle"
          onClick={onRemove}
          isDisabled={disabled}
          aria-label={`Remove criterion ${index + 1} ${c.name}`}
        >
          Remove criterion
        </Button>
      </div>
    </fieldset>
  );
}

/** Whether an error key belongs to a field this editor shows. */
export const isCriterionKey = (key: string) =>
  /^criteria(\.\d+(\.(key|name|direction|weight|description|levels(\.\d)?))?)?$/.test(key);
