import { token } from '@atlaskit/tokens';
import { DECISION_TYPES } from '@contracts/decision-log.contract';
import { Field } from '../../ui/Field';
import { OnDemandSelect } from '../../ui/OnDemandSelect';
import { DECISION_TYPE_LABELS } from '../../ui/labels';
import { SearchInput } from '../../ui/SearchInput';

export type DecisionType = (typeof DECISION_TYPES)[number];
const TYPE_OPTIONS = DECISION_TYPES.map((value) => ({ value, label: DECISION_TYPE_LABELS[value] ?? value }));

interface Props {
  types: DecisionType[];
  search: string;
  errors: Record<string, string[]>;
  onTypes: (types: DecisionType[]) => void;
  onSearch: (search: string) => void;
}

/** The reader's filters: decision types and a free-text search. */
export function DecisionFilters({ types, search, errors, onTypes, onSearch }: Props) {
  return (
    <div
      data-print="hide"
      style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))', gap: token('space.150') }}
    >
      <Field id="decision-types" label="Types" errors={errors.types}>
        {(p) => (
          <OnDemandSelect
            inputId={p.id}
            isMulti
            placeholder="All types"
            options={TYPE_OPTIONS}
            value={TYPE_OPTIONS.filter((o) => types.includes(o.value))}
            onChange={(selected) => onTypes(selected.map((o) => o.value))}
          />
        )}
      </Field>
      <Field id="decision-search" label="Search" errors={errors.search}>
        {(p) => <SearchInput {...p} placeholder="Summary, rationale, issue…" value={search} onChange={onSearch} />}
      </Field>
    </div>
  );
}
