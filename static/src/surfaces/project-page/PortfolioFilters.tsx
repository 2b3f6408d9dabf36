import { token } from '@atlaskit/tokens';
import { CLASSES } from '@contracts/fields';
import type { InitiativeClass } from '@contracts/views';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { CLASS_LABELS } from '../../ui/labels';

export interface PortfolioFilterDraft {
  status: string;
  initiativeClass: InitiativeClass | null;
  complete: boolean | null;
  needsAlignment: boolean | null;
  mviPassed: boolean | null;
}

export const NO_FILTERS: PortfolioFilterDraft = {
  status: '',
  initiativeClass: null,
  complete: null,
  needsAlignment: null,
  mviPassed: null,
};

const CLASS_OPTIONS = CLASSES.map((value) => ({ value, label: CLASS_LABELS[value] }));
const TRI = [
  { value: true, label: 'Yes' },
  { value: false, label: 'No' },
];

interface Props {
  /** The workflow's statuses (from Jira); empty while they load. */
  statuses: readonly string[];
  value: PortfolioFilterDraft;
  errors: Record<string, string[]>;
  onChange: (v: PortfolioFilterDraft) => void;
}

/** Portfolio filters: status (one of the workflow's), class, complete, needs alignment, MVI passed. */
export function PortfolioFilters({ statuses, value, errors, onChange }: Props) {
  const yesNo = (id: string, label: string, key: 'complete' | 'needsAlignment' | 'mviPassed') => (
    <Field id={id} label={label} errors={errors[`filters.${key}`]}>
      {(p) => (
        <NativeSelect
          {...p}
          placeholder="Any"
          options={TRI}
          value={value[key]}
          onChange={(v) => onChange({ ...value, [key]: v })}
        />
      )}
    </Field>
  );
  return (
    <div
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: token('space.150') }}
    >
      <Field id="filter-status" label="Status" errors={errors['filters.status']}>
        {(p) => (
          <NativeSelect
            {...p}
            placeholder="Any status"
            options={statuses.map((s) => ({ value: s, label: s }))}
            value={value.status || null}
            onChange={(v) => onChange({ ...value, status: v ?? '' })}
          />
        )}
      </Field>
      <Field id="filter-class" label="Class" errors={errors['filters.initiativeClass']}>
        {(p) => (
          <NativeSelect
            {...p}
            placeholder="Any"
            options={CLASS_OPTIONS}
            value={value.initiativeClass}
            onChange={(v) => onChange({ ...value, initiativeClass: v })}
          />
        )}
      </Field>
      {yesNo('filter-complete', 'Complete', 'complete')}
      {yesNo('filter-alignment', 'Needs alignment', 'needsAlignment')}
      {yesNo('filter-mvi', 'MVI passed', 'mviPassed')}
    </div>
  );
}
