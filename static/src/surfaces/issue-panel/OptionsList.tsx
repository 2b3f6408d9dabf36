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
  /** What one more item is called in the add box; "Another option considered" unless given. */
  itemLabel?: string;
}

/** A list of short texts the user can add to and remove from ("options considered"). */
export function OptionsList({
  id,
  items,
  onChange,
  itemErrors,
  listErrors,
  label = 'Options considered',
  itemLabel = 'Another option considered',
}: Props) {
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
                aria-label={`Remove ${label.toLowerCase()} ${i + 1}: ${item}`}
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
            aria-label={itemLabel}
            placeholder={itemLabel}
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
        <Button onClick={add} isDisabled={next.trim() === ''} aria-label={`Add to ${label.toLowerCase()}`}>
          Add
        </Button>
      </div>
      <FieldErrors errors={listErrors} />
    </div>
  );
}
