import { token } from '@atlaskit/tokens';
import type { ProgressUpdateView } from '@contracts/views';
import { definitionList } from './styles';

/** One structured update, as posted. Also used by the progress report. */
export function UpdateBody({ update }: { update: ProgressUpdateView }) {
  const rows: Array<[string, string]> = [
    ['What changed', update.whatChanged],
    ['Next', update.next],
    ['Risks', update.risks],
    ['Asks', update.asks],
  ];
  return (
    <dl style={definitionList}>
      {rows.flatMap(([term, value]) => [
        <dt key={`${term}-t`} style={{ fontWeight: token('font.weight.semibold') }}>
          {term}
        </dt>,
        <dd key={`${term}-d`} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
          {value || '–'}
        </dd>,
      ])}
    </dl>
  );
}
