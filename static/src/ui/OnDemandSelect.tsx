import { lazy, Suspense } from 'react';
import type AtlaskitSelect from '@atlaskit/select';
import type { SelectProps } from '@atlaskit/select';
import { token } from '@atlaskit/tokens';

// @atlaskit/select (react-select and popper, 34 KiB gzip) downloads when a field that uses it is
// first rendered, not with the surface's boot code.
const Select = lazy(() => import('@atlaskit/select')) as unknown as typeof AtlaskitSelect;

/** The Atlaskit multi-select, loaded on demand; until it arrives, a box of its size stands in. */
export function OnDemandSelect<Option>(props: SelectProps<Option, true>) {
  return (
    <Suspense fallback={<SelectPlaceholder placeholder={props.placeholder} />}>
      <Select {...props} />
    </Suspense>
  );
}

function SelectPlaceholder({ placeholder }: { placeholder: SelectProps<unknown, true>['placeholder'] }) {
  return (
    <div
      aria-hidden="true"
      style={{
        minHeight: '40px',
        boxSizing: 'border-box',
        padding: `${token('space.100')} ${token('space.150')}`,
        border: `${token('border.width')} solid ${token('color.border.input')}`,
        borderRadius: token('radius.small'),
        background: token('color.background.input'),
        color: token('color.text.subtlest'),
        font: token('font.body'),
      }}
    >
      {placeholder ?? 'Loading…'}
    </div>
  );
}
