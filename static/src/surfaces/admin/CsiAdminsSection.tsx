import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { adminCalls, type AdminData } from '@contracts/admin.contract';
import type { UserRef } from '@contracts/views';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Section } from '../../ui/Section';
import { ActionForm } from '../../ui/ActionForm';
import { inline, stack, subtle } from '../../ui/styles';

/**
 * Who holds the app's CSI-admin role. Jira site admins always do; a site admin (the only one who
 * sees this page) grants the role to others here, found by name or email; every change applies at once.
 */
export function CsiAdminsSection({ data, onSaved }: { data: AdminData; onSaved: (data: AdminData) => void }) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<UserRef[] | null>(null);
  const search = useAction(adminCalls.findUsers);
  const save = useAction(adminCalls.setCsiAdmins);
  const current = data.csiAdmins.map((a) => a.accountId);
  const apply = async (accountIds: string[]) => {
    const result = await save.run({ accountIds });
    if (result.ok) onSaved(result.data);
  };
  const find = async () => {
    const result = await search.run({ query });
    setFound(result.ok ? result.data.filter((u) => !current.includes(u.accountId)) : null);
  };
  return (
    <Section title="CSI admins">
      <div style={stack('space.150')}>
        <p style={{ ...subtle, margin: 0 }}>
          Jira site admins are always CSI admins. CSI admins configure scoring on the CSI programme page and record CAB
          decisions.
        </p>
        {data.csiAdmins.length === 0 ? (
          <p style={{ margin: 0 }}>Nobody else holds the role.</p>
        ) : (
          <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }} aria-label="CSI admins">
            {data.csiAdmins.map((a) => (
              <li key={a.accountId} style={inline('space.100')}>
                <span>{a.displayName}</span>
                <Button
                  spacing="compact"
                  appearance="subtle"
                  isLoading={save.pending}
                  onClick={() => void apply(current.filter((id) => id !== a.accountId))}
                  aria-label={`Remove ${a.displayName} as CSI admin`}
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <ActionForm onSubmit={find}>
          <Field
            id="csi-admin-search"
            label="Add a CSI admin"
            hint="Search by name or email."
            errors={search.error?.fieldErrors?.query}
          >
            {(p) => <Textfield {...p} value={query} onChange={(e) => setQuery(e.currentTarget.value)} />}
          </Field>
          <div>
            <Button type="submit" isLoading={search.pending}>
              Search
            </Button>
          </div>
          {found !== null && found.length === 0 && <p style={{ margin: 0 }}>No one else matches.</p>}
          {found && found.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }} aria-label="Matching people">
              {found.map((u) => (
                <li key={u.accountId} style={inline('space.100')}>
                  <span>{u.displayName}</span>
                  <Button
                    spacing="compact"
                    onClick={() => void apply([...current, u.accountId]).then(() => setFound(null))}
                    aria-label={`Make ${u.displayName} a CSI admin`}
                  >
                    Make CSI admin
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </ActionForm>
        {save.error && <ErrorMessage error={save.error} />}
        {search.error && !search.error.fieldErrors && <ErrorMessage error={search.error} />}
      </div>
    </Section>
  );
}
