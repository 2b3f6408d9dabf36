import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { token } from '@atlaskit/tokens';
import { FieldErrors } from '../../ui/Field';

interface Props {
  id: string;
  items: string[];
  onChange: (items: string[]) => void;
  /** Errors per item index (`optionsConsidered.2`) and for the whole list. */
  itemErrors: (index: number) => string[];
  listErrors: string[];
  /** The list's label; "Options considered" unless given. */
  label?: string;
}

/** A list of short texts the user can add to and remove from ("options considered"). */
export function OptionsList({ id, items, onChange, itemErrors, listErrors, label = 'Options considered' }: Props) {
  const [next, setNext] = useState('');
  const add = () => {
    if (next.trim() === '') return;
    onChange([...items, next]);
    setNext('');
  };
  return (
    <div style={{ display: 'grid', gap: token('space.100') }}>
      <span
        id={`${id}-label`}
        style={{
          font: token('font.body.small'),
          fontWeight: token('font.weight.semibold'),
          color: token('color.text.subtle'),
        }}
      >
        {label}
      </span>
      {items.length > 0 && (
        <ul
          aria-labelledby={`${id}-label`}
          style={{ margin: 0, paddingLeft: token('space.250'), display: 'grid', gap: token('space.050') }}
        >
          {items.map((item, i) => (
            <li key={`${i}-${item}`}>
              <span>{item}</span>{' '}
              <Button
                spacing="compact"
                appearance="subtle"
                onClick={() => onChange(items.filter((_, j) => j !== i))}
                aria-label={`Remove option ${i + 1}: ${item}`}
              >
                Remove
              </Button>
              <FieldErrors errors={itemErrors(i)} />
            </li>
          ))}
        </ul>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <div style={{ flex: 1 }}>
          <Textfield
            id={id}
            aria-label="Another option considered"
            placeholder="Another option considered"
            value={next}
            onChange={(e) => setNext(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </div>
        <Button onClick={add} isDisabled={next.trim() === ''}>
          Add
        </Button>
      </div>
      <FieldErrors errors={listErrors} />
    </div>
  );
}
