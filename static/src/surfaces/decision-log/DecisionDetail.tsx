import type { ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import ModalDialog, { ModalBody, ModalFooter, ModalHeader, ModalTitle } from '@atlaskit/modal-dialog';
import { token } from '@atlaskit/tokens';
import type { DecisionEntryView } from '@contracts/views';
import { formatDateTime, formatScore } from '../../ui/format';
import { labelOf, REJECTION_REASON_LABELS } from '../../ui/labels';
import { definitionList } from '../../ui/styles';
import { detailRows, scoreLabel } from './detail-rows';

const mono = { fontFamily: token('font.family.code'), font: token('font.code'), wordBreak: 'break-all' as const };

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt style={{ fontWeight: token('font.weight.semibold') }}>{term}</dt>
      <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{children}</dd>
    </>
  );
}

/** Everything recorded for one decision-log entry, in a modal dialog (its own chunk, loaded on first open). */
export default function DecisionDetail({ entry, onClose }: { entry: DecisionEntryView; onClose: () => void }) {
  return (
    <ModalDialog onClose={onClose} width="large">
      <ModalHeader>
        <ModalTitle>{`#${entry.seq} · ${entry.typeLabel}`}</ModalTitle>
      </ModalHeader>
      <ModalBody>
        <dl style={definitionList}>
          <Row term="When">{formatDateTime(entry.at)}</Row>
          <Row term="Who">{entry.actor.displayName}</Row>
          <Row term="Subject">{entry.subject ? entry.subject.issueKey : '–'}</Row>
          <Row term="Summary">{entry.summary}</Row>
          <Row term="Rationale">{entry.rationale || '–'}</Row>
          <Row term="Options considered">
            {entry.optionsConsidered.length === 0 ? (
              '–'
            ) : (
              <ul style={{ margin: 0, paddingLeft: token('space.200') }}>
                {entry.optionsConsidered.map((o, i) => (
                  <li key={i}>{o}</li>
                ))}
              </ul>
            )}
          </Row>
          <Row term="Reason category">
            {entry.reasonCategory ? labelOf(REJECTION_REASON_LABELS, entry.reasonCategory) : '–'}
          </Row>
          <Row term="Revisit if">{entry.revisitIf ?? '–'}</Row>
          <Row term="Scores at the time">
            {entry.scoresAtTime
              ? Object.entries(entry.scoresAtTime)
                  .map(([k, v]) => `${scoreLabel(k)}: ${formatScore(v)}`)
                  .join(', ')
              : '–'}
          </Row>
          {detailRows(entry.details).map(([term, value]) => (
            <Row key={term} term={term}>
              {value}
            </Row>
          ))}
          <Row term="Hash">
            <span style={mono}>{entry.hash}</span>
          </Row>
          <Row term="Previous hash">
            <span style={mono}>{entry.prevHash}</span>
          </Row>
        </dl>
      </ModalBody>
      <ModalFooter>
        <Button appearance="primary" onClick={onClose}>
          Close
        </Button>
      </ModalFooter>
    </ModalDialog>
  );
}
