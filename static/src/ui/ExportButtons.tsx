import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import type { ExportFile } from '@contracts/decision-log.contract';
import type { Envelope, ResolverError } from '@contracts/envelope';
import { downloadFile } from '../api/download-file';
import { ErrorMessage } from './ErrorMessage';

export interface ExportChoice {
  label: string;
  run: () => Promise<Envelope<ExportFile>>;
}

/** Buttons that ask the resolver for an export file and download it. */
export function ExportButtons({ choices }: { choices: ExportChoice[] }) {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const run = async (choice: ExportChoice) => {
    setPending(choice.label);
    const result = await choice.run();
    setPending(null);
    setError(result.ok ? null : result.error);
    if (result.ok) downloadFile(result.data);
  };
  return (
    <div style={{ display: 'grid', gap: token('space.100') }} data-print="hide">
      <div style={{ display: 'flex', gap: token('space.100'), flexWrap: 'wrap' }}>
        {choices.map((c) => (
          <Button
            key={c.label}
            onClick={() => void run(c)}
            isLoading={pending === c.label}
            isDisabled={pending !== null && pending !== c.label}
          >
            {c.label}
          </Button>
        ))}
      </div>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
