import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { token } from '@atlaskit/tokens';
import { page, stack } from '../../ui/styles';
import { closeConfig } from './submit-config';

interface Props {
  title: string;
  pending: boolean;
  message?: string;
  onSubmit: () => void;
  children: ReactNode;
}

/** The shell of a macro configuration form: title, fields, Save and Cancel. */
export function ConfigFrame({ title, pending, message, onSubmit, children }: Props) {
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      style={{ ...page, ...stack('space.200'), maxWidth: 640 }}
    >
      <Heading size="medium" as="h1">
        {title}
      </Heading>
      {children}
      {message && (
        <SectionMessage appearance="error">
          <p>{message}</p>
        </SectionMessage>
      )}
      <div style={{ display: 'flex', gap: token('space.100') }}>
        <Button type="submit" appearance="primary" isLoading={pending}>
          Save
        </Button>
        <Button appearance="subtle" onClick={closeConfig}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
