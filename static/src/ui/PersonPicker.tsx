import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import type { CallContract } from '@contracts/call';
import type { UserRef } from '@contracts/views';
import type * as z from 'zod/mini';
import { useAction } from '../api/use-call';
import { ErrorMessage } from './ErrorMessage';
import { Field } from './Field';
import { inline, stack } from './styles';

/** A resolver call that finds people by name or email (each surface has its own, with its own check). */
type FindPeople = CallContract<z.ZodMiniType<unknown, { query: string }>, UserRef[]>;

interface Props {
  id: string;
  /** What the person is chosen as ("Owner"), shown with their name once chosen. */
  role: string;
  chosen: UserRef | null;
  find: FindPeople;
  errors?: string[];
  onChange: (person: UserRef) => void;
}

/**
 * Chooses a person among Jira users, found by name or email, as the admin page finds CSI admins:
 * a search field, then one button per match. Enter in the field searches.
 */
export function PersonPicker({ id, role, chosen, find, errors, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<UserRef[] | null>(null);
  const search = useAction(find);
  const run = async () => {
    const result = await search.run({ query });
    setFound(result.ok ? result.data : null);
  };
  return (
    <div style={stack('space.100')}>
      <Field
        id={id}
        label={chosen ? `${role}: ${chosen.displayName}` : role}
        hint="Search by name or email, then choose the person."
        errors={[...(errors ?? []), ...(search.error?.fieldErrors?.query ?? [])]}
        required
      >
        {(p) => (
          <Textfield
            {...p}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter') return;
              e.preventDefault();
              void run();
            }}
          />
        )}
      </Field>
      <div>
        <Button onClick={() => void run()} isLoading={search.pending}>
          Find people
        </Button>
      </div>
      {found !== null && found.length === 0 && <p style={{ margin: 0 }}>No one matches.</p>}
      {found && found.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: '1.25rem' }} aria-label="Matching people">
          {found.map((u) => (
            <li key={u.accountId} style={inline('space.100')}>
              <span>{u.displayName}</span>
              <Button
                spacing="compact"
                onClick={() => {
                  onChange(u);
                  setFound(null);
                  setQuery('');
                }}
                aria-label={`Choose ${u.displayName} as ${role.toLowerCase()}`}
              >
                Choose
              </Button>
            </li>
          ))}
        </ul>
      )}
      {search.error && !search.error.fieldErrors && <ErrorMessage error={search.error} />}
    </div>
  );
}
