import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { resourcesCalls } from '@contracts/commitment.contract';
import type { UserRef } from '@contracts/views';
import { useAction } from '../../../api/use-call';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Field } from '../../../ui/Field';
import { inline, stack } from '../../../ui/styles';

interface Props {
  id: string;
  person: UserRef | null;
  errors?: string[];
  onChange: (person: UserRef) => void;
}

/** Finds the person to commit among Jira users by name or email; Enter in the field searches. */
export function PersonPicker({ id, person, errors, onChange }: Props) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<UserRef[] | null>(null);
  const search = useAction(resourcesCalls.findPeople);
  const find = async () => {
    const result = await search.run({ query });
    setFound(result.ok ? result.data : null);
  };
  return (
    <div style={stack('space.100')}>
      <Field
        id={id}
        label={person ? `Person: ${person.displayName}` : 'Person'}
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
              void find();
            }}
          />
        )}
      </Field>
      <div>
        <Button onClick={() => void find()} isLoading={search.pending}>
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
                aria-label={`Choose ${u.displayName}`}
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
