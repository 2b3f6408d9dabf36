import { useState } from 'react';
import { maturityMacroConfigSchema, type MaturityMacroConfig } from '@contracts/maturity.contract';
import type { SurfaceProps } from '../../app/surfaces';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { ConfigFrame } from '../macro/ConfigFrame';
import { configRecord } from '../macro/MacroError';
import { submitMacroConfig } from '../macro/submit-config';

type Choice = 'default' | 'quarter';

/** The saved configuration as the form starts it: each value the contract accepts, else its default. */
function savedConfig(saved: Record<string, unknown>): MaturityMacroConfig {
  const { period, compare } = maturityMacroConfigSchema.shape;
  const p = period.safeParse(saved.period);
  const c = compare.safeParse(saved.compare);
  return { period: p.success ? p.data : 'latest', compare: c.success ? c.data : 'previous' };
}

/** One setting: the default (latest or previous) or a named quarter, typed in. */
function PeriodField({
  id,
  label,
  defaultLabel,
  choice,
  quarter,
  errors,
  onChoice,
  onQuarter,
}: {
  id: string;
  label: string;
  defaultLabel: string;
  choice: Choice;
  quarter: string;
  errors?: string[];
  onChoice: (c: Choice) => void;
  onQuarter: (q: string) => void;
}) {
  return (
    <>
      <Field id={id} label={label}>
        {(p) => (
          <NativeSelect<Choice>
            {...p}
            value={choice}
            options={[
              { value: 'default', label: defaultLabel },
              { value: 'quarter', label: 'A quarter I name' },
            ]}
            onChange={(c) => onChoice(c ?? 'default')}
          />
        )}
      </Field>
      {choice === 'quarter' && (
        <Field id={`${id}-quarter`} label={`${label}: quarter`} hint="For example 2026-Q3" required errors={errors}>
          {({ isInvalid: _styledByAria, ...p }) => (
            <input
              {...p}
              className="csi-native-input"
              value={quarter}
              onChange={(e) => onQuarter(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
    </>
  );
}

/** Configuration of the maturity macro: the period shown and the one it is compared with. */
export default function MaturityConfig({ context }: SurfaceProps) {
  const saved = savedConfig(configRecord(context.extension.config) ?? {});
  const [period, setPeriod] = useState(saved.period === 'latest' ? '' : saved.period);
  const [periodChoice, setPeriodChoice] = useState<Choice>(saved.period === 'latest' ? 'default' : 'quarter');
  const [compare, setCompare] = useState(saved.compare === 'previous' ? '' : saved.compare);
  const [compareChoice, setCompareChoice] = useState<Choice>(saved.compare === 'previous' ? 'default' : 'quarter');
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setPending(true);
    const outcome = await submitMacroConfig(maturityMacroConfigSchema, {
      period: periodChoice === 'default' ? 'latest' : period.trim(),
      compare: compareChoice === 'default' ? 'previous' : compare.trim(),
    });
    setPending(false);
    setErrors(outcome.ok ? {} : outcome.fieldErrors);
    setMessage(outcome.ok ? undefined : outcome.message);
  };

  return (
    <ConfigFrame title="CSI maturity" pending={pending} message={message} onSubmit={() => void submit()}>
      <PeriodField
        id="cfg-period"
        label="Period shown"
        defaultLabel="The latest submitted assessment"
        choice={periodChoice}
        quarter={period}
        errors={errors.period}
        onChoice={setPeriodChoice}
        onQuarter={setPeriod}
      />
      <PeriodField
        id="cfg-compare"
        label="Compared with"
        defaultLabel="The submitted assessment before it"
        choice={compareChoice}
        quarter={compare}
        errors={errors.compare}
        onChoice={setCompareChoice}
        onQuarter={setCompare}
      />
    </ConfigFrame>
  );
}
