import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { token } from '@atlaskit/tokens';
import { projectPageCalls, type SavedView } from '@contracts/project-page.contract';
import type { Envelope, ResolverError } from '@contracts/envelope';
import { invokeCall } from '../../api/invoke-call';
import { useCall } from '../../api/use-call';
import { Field } from '../../ui/Field';
import { NativeSelect } from '../../ui/NativeSelect';
import { fieldErrorsOf } from '../../ui/field-errors';

interface Props {
  current: Omit<SavedView, 'name'>;
  onApply: (view: SavedView) => void;
}

/** The reader's own saved views of the portfolio: apply one, save the current filters and sort, delete. */
export function SavedViews({ current, onApply }: Props) {
  const views = useCall(projectPageCalls.views, {});
  const [chosen, setChosen] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [error, setError] = useState<ResolverError | null>(null);
  const [status, setStatus] = useState('');
  const list = views.data?.views ?? [];
  const run = async (result: Promise<Envelope<{ views: SavedView[] }>>, done: string) => {
    const r = await result;
    if (r.ok) {
      views.setData(r.data);
      setError(null);
      setStatus(done);
    } else {
      setError(r.error);
      setStatus('');
    }
  };
  const nameErrors = error ? (fieldErrorsOf(error)['view.name'] ?? [error.message]) : undefined;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: token('space.150'), alignItems: 'flex-end' }}>
      <Field id="saved-view" label="Saved view">
        {(p) => (
          <NativeSelect
            {...p}
            placeholder={list.length === 0 ? 'No saved views' : 'Choose a view'}
            options={list.map((v) => ({ value: v.name, label: v.name }))}
            value={chosen}
            onChange={(v) => {
              setChosen(v);
              const view = list.find((x) => x.name === v);
              if (view) {
                onApply(view);
                setName(view.name);
                setStatus(`Showing “${view.name}”.`);
              }
            }}
          />
        )}
      </Field>
      <Field id="view-name" label="View name" errors={nameErrors}>
        {({ isInvalid: _styledByAria, ...p }) => (
          <input
            {...p}
            className="csi-native-input"
            value={name}
            maxLength={60}
            onChange={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Button
        onClick={() =>
          void run(
            invokeCall(projectPageCalls.saveView, { view: { name, ...current } }),
            `Saved “${name.trim()}”.`,
          ).then(() => setChosen(name.trim()))
        }
      >
        Save view
      </Button>
      {chosen && (
        <Button
          appearance="subtle"
          onClick={() =>
            void run(invokeCall(projectPageCalls.deleteView, { name: chosen }), `Deleted “${chosen}”.`).then(() =>
              setChosen(null),
            )
          }
        >
          Delete view
        </Button>
      )}
      <span role="status" style={{ font: token('font.body.small'), color: token('color.text.subtle') }}>
        {status}
      </span>
    </div>
  );
}
