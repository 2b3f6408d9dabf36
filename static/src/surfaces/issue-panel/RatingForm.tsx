import { useState } from 'react';
import SectionMessage from '@atlaskit/section-message';
import TextArea from '@atlaskit/textarea';
import { issuePanelCalls, type PanelData } from '@contracts/issue-panel.contract';
import type { CriterionView } from '@contracts/views';
import { useAction } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { FormFooter } from '../../ui/FormFooter';
import { fieldErrorsOf, unplacedErrors } from '../../ui/field-errors';
import { stack } from '../../ui/styles';
import { RatingChoice } from './RatingChoice';
import { mergeRated } from './merge-rated';

type Draft = Record<string, { rating: number | null; rationale: string }>;

interface Props {
  /** The panel as shown: its criteria, the viewer's ratings, and what a rating's answer merges into. */
  shown: PanelData;
  readOnly: boolean;
  onSaved: (data: PanelData) => void;
}

const initialDraft = (criteria: CriterionView[], mine: PanelData['myRatings']): Draft =>
  Object.fromEntries(
    criteria.map((c) => [c.key, { rating: mine[c.key]?.rating ?? null, rationale: mine[c.key]?.rationale ?? '' }]),
  );

/** The viewer's own ratings, one 1-5 choice and a rationale per criterion. */
export function RatingForm({ shown, readOnly, onSaved }: Props) {
  const { criteria } = shown;
  const [draft, setDraft] = useState<Draft>(() => initialDraft(criteria, shown.myRatings));
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const action = useAction(issuePanelCalls.rate);
  const errors = fieldErrorsOf(action.error);
  // The payload lists only rated criteria, so `ratings.<i>.*` errors map back through the sent order.
  const errorsFor = (key: string, field: 'rating' | 'rationale') => {
    const i = sentKeys.indexOf(key);
    return i < 0 ? [] : (errors[`ratings.${i}.${field}`] ?? []);
  };
  const isPlaced = (k: string) => /^ratings\.\d+\.(rating|rationale)$/.test(k);

  const update = (key: string, patch: Partial<Draft[string]>) => {
    setStatus(null);
    setDraft((d) => ({ ...d, [key]: { rating: null, rationale: '', ...d[key], ...patch } }));
  };

  const submit = async () => {
    const rated = criteria.filter((c) => draft[c.key]?.rating != null);
    setSentKeys(rated.map((c) => c.key));
    const result = await action.run({
      ratings: rated.map((c) => ({
        criterionKey: c.key,
        rating: draft[c.key]?.rating ?? 0,
        rationale: draft[c.key]?.rationale ?? '',
      })),
    });
    if (result.ok) {
      setStatus('Ratings saved. The score is up to date.');
      // The answer is what the rating changed; the rest of the panel stays as shown.
      onSaved(mergeRated(shown, result.data));
    }
  };

  if (criteria.length === 0) {
    return (
      <SectionMessage appearance="information">
        No criteria are configured yet. A CSI admin sets them up on the admin page.
      </SectionMessage>
    );
  }
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      style={stack('space.300')}
    >
      {readOnly && (
        <SectionMessage appearance="information">
          You can see the rating guidance; rating needs permission to edit this issue.
        </SectionMessage>
      )}
      {criteria.map((c) => (
        <div key={c.key} style={stack('space.100')}>
          <RatingChoice
            criterion={c}
            value={draft[c.key]?.rating ?? null}
            onChange={(rating) => update(c.key, { rating })}
            disabled={readOnly}
            errors={errorsFor(c.key, 'rating')}
          />
          {!readOnly && (
            <Field
              id={`rationale-${c.key}`}
              label={`Why this rating for ${c.name}?`}
              errors={errorsFor(c.key, 'rationale')}
            >
              {(p) => (
                <TextArea
                  {...p}
                  minimumRows={2}
                  value={draft[c.key]?.rationale ?? ''}
                  onChange={(e) => update(c.key, { rationale: e.currentTarget.value })}
                />
              )}
            </Field>
          )}
        </div>
      ))}
      {action.error && <ErrorMessage error={action.error} unplaced={unplacedErrors(errors, isPlaced)} />}
      {!readOnly && <FormFooter label="Save my ratings" pending={action.pending} status={status} />}
    </form>
  );
}
