import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { lifecycleSettingsCalls } from '@contracts/lifecycle-settings.contract';
import { MATURITY_LIMITS, maturityCalls, type MaturitySettingsView } from '@contracts/maturity.contract';
import type { UserRef } from '@contracts/views';
import { newRequestId } from '../../api/call-policy';
import { useAction } from '../../api/use-call';
import { ActionForm } from '../../ui/ActionForm';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { inline, stack, subtle } from '../../ui/styles';

interface Props {
  settings: MaturitySettingsView;
  /** The assessors' names by account id, as the settings give them. */
  names: ReadonlyMap<string, string>;
  onSaved: (settings: MaturitySettingsView) => void;
}

const list = { margin: 0, paddingInlineStart: '1.25rem' };

/**
 * The named assessors (CSI admins assess without being named): each with Remove, and Add through
 * the people search the Lifecycle section's owner picker uses. Every change is saved at once.
 */
export function MaturitySettingsAssessors({ settings, names, onSaved }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<UserRef[] | null>(null);
  const search = useAction(lifecycleSettingsCalls.findUsers);
  const save = useAction(maturityCalls.setAssessors);
  const current = settings.assessors;
  const nameOf = (id: string) => names.get(id) ?? `Account ${id}`;
  const apply = async (accountIds: string[]) => {
    const result = await save.run({ accountIds, requestId: newRequestId() });
    if (result.ok) onSaved(result.data);
    return result.ok;
  };
  const find = async () => {
    const result = await search.run({ query });
    setFound(result.ok ? result.data.filter((u) => !current.includes(u.accountId)) : null);
  };
  return (
    <section style={stack('space.150')} aria-labelledby="maturity-assessors-heading">
      <h3 id="maturity-assessors-heading" style={{ margin: 0 }}>
        Assessors
      </h3>
      <p style={{ ...subtle, margin: 0 }}>
        {`CSI admins assess without being named. Name up to ${MATURITY_LIMITS.assessors} other people who rate the criteria.`}
      </p>
      {current.length === 0 ? (
        <p style={{ margin: 0 }}>No one else is named.</p>
      ) : (
        <ul style={list} aria-label="Named assessors">
          {current.map((id) => (
            <li key={id} style={inline('space.100')}>
              <span>{nameOf(id)}</span>
              <Button
                spacing="compact"
                appearance="subtle"
                isDisabled={save.pending}
                onClick={() => void apply(current.filter((a) => a !== id))}
                aria-label={`Remove ${nameOf(id)} as assessor`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <ActionForm onSubmit={find}>
        <Field
          id="maturity-assessor-search"
          label="Add an assessor"
          hint="Search by name or email, then choose the person."
          errors={search.error?.fieldErrors?.query}
        >
          {({ isInvalid: _styledByAria, ...p }) => (
            <input
              {...p}
              className="csi-native-input"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
            />
          )}
        </Field>
        <div>
          <Button type="submit" isLoading={search.pending}>
            Find people
          </Button>
        </div>
        {found !== null && found.length === 0 && <p style={{ margin: 0 }}>No one else matches.</p>}
        {found && found.length > 0 && (
          <ul style={list} aria-label="Matching people">
            {found.map((u) => (
              <li key={u.accountId} style={inline('space.100')}>
                <span>{u.displayName}</span>
                <Button
                  spacing="compact"
                  isDisabled={save.pending}
                  onClick={() =>
                    void apply([...current, u.accountId]).then((saved) => {
                      if (!saved) return;
                      setFound(null);
                      setQuery('');
                    })
                  }
                  aria-label={`Name ${u.displayName} as assessor`}
                >
                  Add
                </Button>
              </li>
            ))}
          </ul>
        )}
      </ActionForm>
      {save.error && <ErrorMessage error={save.error} unplaced={Object.entries(save.error.fieldErrors ?? {})} />}
      {search.error && !search.error.fieldErrors && <ErrorMessage error={search.error} />}
    </section>
  );
}
