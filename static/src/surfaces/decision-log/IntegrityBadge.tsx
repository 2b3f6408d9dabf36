import Lozenge from '@atlaskit/lozenge';
import type { IntegrityView } from '@contracts/views';
import { subtle } from '../../ui/styles';

/** Whether the hash chain verified, as the resolver checked it. */
export function IntegrityBadge({ integrity }: { integrity: IntegrityView }) {
  switch (integrity.status) {
    case 'verified':
      return <Lozenge appearance="success" maxWidth="none">{`Verified through #${integrity.throughSeq}`}</Lozenge>;
    case 'broken':
      return (
        <span>
          <Lozenge appearance="removed" maxWidth="none">{`Chain broken at #${integrity.atSeq}`}</Lozenge>{' '}
          <span style={subtle}>{integrity.reason}</span>
        </span>
      );
    default:
      return <Lozenge maxWidth="none">No entries to verify</Lozenge>;
  }
}
