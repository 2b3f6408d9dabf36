import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ResolverError } from '@contracts/envelope';
import {
  DIMENSION_LABELS,
  maturityCalls,
  type CriterionView,
  type MaturitySettingsView,
} from '@contracts/maturity.contract';
import { newRequestId } from '../../api/call-policy';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { fieldErrorsOf, unplacedErrors, type FieldErrorMap } from '../../ui/field-errors';
import { stack, subtle } from '../../ui/styles';
import { MaturitySettingsLevel } from './MaturitySettingsLevel';
import { editLevel, newCriterionId, toModelInput, type DraftDimensions } from './MaturitySettingsDraft';

interface Props {
  /** The settings as loaded: the model edited here and its version, the base of the save. */
  initial: MaturitySettingsView;
  onSaved: (settings: MaturitySettingsView) => void;
}

const LEVEL_ERROR = /^dimensions\.(\d+)\.levels\.(\d+)\.(criteria(?:\.\d+\.(?:text|id))?)$/;

/** The save's field errors of one level, keyed by the level's own path (`criteria`, `criteria.0.text`). */
function levelErrors(errors: FieldErrorMap, d: number, l: number): FieldErrorMap {
  const prefix = `dimensions.${d}.levels.${l}.`;
  return Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith(prefix) && LEVEL_ERROR.test(k))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );
}

/** Why the save was refused: the domain's messages no field shows, or (CONFLICT) a reload to offer. */
function SaveError(props: { error: ResolverError; errors: FieldErrorMap; reloading: boolean; onReload: () => void }) {
  const { error, errors, reloading, onReload } = props;
  if (error.code !== 'CONFLICT') {
    return <ErrorMessage error={error} unplaced={unplacedErrors(errors, (k) => LEVEL_ERROR.test(k))} />;
  }
  return (
    <div style={stack('space.100')}>
      <ErrorMessage error={error} />
      <div>
        <Button onClick={onReload} isLoading={reloading}>
          Reload the model
        </Button>
      </div>
      <p style={{ ...subtle, margin: 0 }}>Reloading replaces your unsaved changes with the model saved meanwhile.</p>
    </div>
  );
}

/** One dimension of the model, collapsible, with its levels; `onEdit` changes one level's criteria. */
function DimensionEditor(props: {
  dim: DraftDimensions[number];
  d: number;
  open: boolean;
  errors: FieldErrorMap;
  onToggle: (open: boolean) => void;
  onEdit: (l: number, edit: (criteria: CriterionView[], dims: DraftDimensions) => CriterionView[]) => void;
  newId: (dims: DraftDimensions, l: number, text: string) => string;
}) {
  const { dim, d, open, errors, onToggle, onEdit, newId } = props;
  const name = DIMENSION_LABELS[dim.dimension] ?? dim.dimension;
  const count = dim.levels.reduce((n, l) => n + l.criteria.length, 0);
  const wrong = Object.keys(errors).some((k) => k.startsWith(`dimensions.${d}.`));
  return (
    <details
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
      style={{ borderTop: `${token('border.width')} solid ${token('color.border')}` }}
    >
      <summary style={{ cursor: 'pointer', padding: `${token('space.100')} 0` }}>
        <strong>{name}</strong>
        <span style={subtle}>{` · ${count} criteria`}</span>
        {wrong && <span style={{ color: token('color.text.danger') }}>{' · needs attention'}</span>}
      </summary>
      <div style={stack('space.300')}>
        {dim.levels.map((lvl, l) => (
          <MaturitySettingsLevel
            key={lvl.level}
            id={`maturity-model-${dim.dimension}-${lvl.level}`}
            name={name}
            level={lvl.level}
            criteria={lvl.criteria}
            errors={levelErrors(errors, d, l)}
            onChange={(criteria) => onEdit(l, () => criteria)}
            onAdd={(text) => onEdit(l, (cs, dims) => [...cs, { id: newId(dims, l, text), text }])}
          />
        ))}
      </div>
    </details>
  );
}

/**
 * The maturity model's editor: each dimension (collapsible) with its levels and their criteria. A
 * save makes the next version from the version loaded; the domain's messages show beside the level
 * or criterion they are about, and a save made meanwhile by someone else asks for a reload.
 */
export function MaturitySettingsModel({ initial, onSaved }: Props) {
  const [base, setBase] = useState(initial.model);
  const [dims, setDims] = useState<DraftDimensions>(initial.model.dimensions);
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set([0]));
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const save = useAction(maturityCalls.saveModel);
  const reload = useAction(maturityCalls.settings);
  const errors = fieldErrorsOf(save.error);

  const reset = (settings: MaturitySettingsView) => {
    setBase(settings.model);
    setDims(settings.model.dimensions);
    onSaved(settings);
  };
  const submit = async () => {
    setSavedVersion(null);
    const input = { baseVersion: base.version, dimensions: toModelInput(dims), requestId: newRequestId() };
    const result = await save.run(input);
    if (result.ok) {
      reset(result.data);
      setSavedVersion(result.data.model.version);
      return;
    }
    const wrong = dims.flatMap((_, d) =>
      Object.keys(fieldErrorsOf(result.error)).some((k) => k.startsWith(`dimensions.${d}.`)) ? [d] : [],
    );
    setOpen((o) => new Set([...o, ...wrong]));
  };
  const reloadModel = async () => {
    const result = await reload.run({});
    if (!result.ok) return;
    save.clearError();
    reset(result.data);
  };

  return (
    <section style={stack('space.150')} aria-labelledby="maturity-model-heading">
      <h3 id="maturity-model-heading" style={{ margin: 0 }}>
        {`Model version ${base.version}`}
      </h3>
      <p style={{ ...subtle, margin: 0 }}>
        Assessments keep the version they were started with; a saved model applies to assessments started after it.
        Automatic checks stay on the criterion they are on.
      </p>
      {dims.map((dim, d) => (
        <DimensionEditor
          key={dim.dimension}
          dim={dim}
          d={d}
          open={open.has(d)}
          errors={errors}
          onToggle={(isOpen) =>
            setOpen((o) =>
              isOpen === o.has(d) ? o : isOpen ? new Set([...o, d]) : new Set([...o].filter((x) => x !== d)),
            )
          }
          onEdit={(l, edit) => setDims((x) => editLevel(x, { d, l }, (cs) => edit(cs, x)))}
          newId={(x, l, text) => newCriterionId(x, base.dimensions, { d, l }, text)}
        />
      ))}
      <div style={stack('space.100')}>
        {save.error && (
          <SaveError
            error={save.error}
            errors={errors}
            reloading={reload.pending}
            onReload={() => void reloadModel()}
          />
        )}
        {reload.error && <ErrorMessage error={reload.error} />}
        <div>
          <Button appearance="primary" onClick={() => void submit()} isLoading={save.pending}>
            {`Save as version ${base.version + 1}`}
          </Button>
        </div>
        <span role="status" style={subtle}>
          {savedVersion !== null ? `Saved as version ${savedVersion}.` : ''}
        </span>
      </div>
    </section>
  );
}
