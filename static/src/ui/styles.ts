import type { CSSProperties } from 'react';
import { token } from '@atlaskit/tokens';

/** Shared layout styles, built from design tokens only so light and dark themes both work. */
// Literal token() calls only: the build inlines them (static/build/inline-tokens.ts).
const SPACE = {
  'space.050': token('space.050'),
  'space.100': token('space.100'),
  'space.150': token('space.150'),
  'space.200': token('space.200'),
  'space.300': token('space.300'),
  'space.400': token('space.400'),
};
type Space = keyof typeof SPACE;

export const stack = (gap: Space = 'space.200'): CSSProperties => ({
  display: 'flex',
  flexDirection: 'column',
  gap: SPACE[gap],
});

export const inline = (gap: Space = 'space.100'): CSSProperties => ({
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  gap: SPACE[gap],
});

export const page: CSSProperties = {
  padding: token('space.200'),
  color: token('color.text'),
  font: token('font.body'),
};

export const card: CSSProperties = {
  border: `${token('border.width')} solid ${token('color.border')}`,
  borderRadius: token('radius.medium'),
  padding: token('space.200'),
  background: token('elevation.surface.raised'),
  boxShadow: token('elevation.shadow.raised'),
};

export const subtle: CSSProperties = { color: token('color.text.subtle'), font: token('font.body.small') };

export const danger: CSSProperties = { color: token('color.text.danger'), font: token('font.body.small') };

export const metric: CSSProperties = { font: token('font.heading.xlarge'), color: token('color.text') };

/** Two-column "term: value" rows. */
export const definitionList: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: token('space.200'),
  rowGap: token('space.050'),
  margin: 0,
  padding: 0,
};
