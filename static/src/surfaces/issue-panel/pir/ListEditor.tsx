import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { PIR_OUTCOMES } from '@contracts/fields';
import { PIR_OUTCOME_LABELS } from '@contracts/labels';
import {
  ACTION_PRIORITIES,
  ACTION_PRIORITY_LABELS,
  ACTION_STATUSES,
  ACTION_STATUS_LABELS,
  pirCalls,
} from '@contracts/pir.contract';
import type { UserRef } from '@contracts/views';
import { useState, type ReactNode } from 'react';
import { Field } from '../../../ui/Field';
import { NativeSelect } from '../../../ui/NativeSelect';
import { PersonPicker } from '../../../ui/PersonPicker';
import { stack } from '../../../ui/styles';
import type { SectionDraft } from './section-drafts';

type ListDraft = Exclude<SectionDraft, { kind: 'text' } | { kind: 'kpi' }>;
type Errors = Record<string, string[]>;
/** People by account id, to name the action owners already chosen. */
type People = Readonly<Record<string, UserRef>>;

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  values.map((value) => ({ value, label: labels[value] }));
const OUTCOMES = options(PIR_OUTCOMES, PIR_OUTCOME_LABELS);
const PRIORITIES = options(ACTION_PRIORITIES, ACTION_PRIORITY_LABELS);
const STATUSES = options(ACTION_STATUSES, ACTION_STATUS_LABELS);

const NOUN: Record<ListDraft['kind'], string> = {
  objectives: 'objective',
  lessons: 'lesson',
  actions: 'action',
  risks: 'risk',
};

/** The rows of a list section (objectives, lessons, actions, risks), each with its own errors in place. */
export function ListEditor({
  id,
  draft,
  errors,
  known,
  onChange,
}: {
  id: string;
  draft: ListDraft;
  errors: Errors;
  /** The action owners Jira already names (the actions' assignees). */
  known: People;
  onChange: (d: ListDraft) => void;
}) {
  const [chosen, setChosen] = useState<People>({});
  const people = { ...known, ...chosen };
  const onPerson = (u: UserRef) => setChosen((c) => ({ ...c, [u.accountId]: u }));
  const rows = rowsOf(draft);
  const at = (i: number, key: string) => errors[`value.${draft.kind}.${i}${key ? `.${key}` : ''}`];
  const set = (i: number, patch: Record<string, unknown>) => onChange(withRow(draft, i, patch));
  return (
    <div style={stack('space.200')}>
      <ol
        aria-label={`${NOUN[draft.kind]}s`}
        style={{ ...stack('space.150'), margin: 0, paddingInlineStart: 'var(--ds-space-250)' }}
      >
        {rows.map((_, i) => (
          <li key={i}>
            <div style={stack('space.100')}>
              {rowFields(draft, i, `${id}-${i}`, at, set, people, onPerson)}
              <Button appearance="subtle" onClick={() => onChange(withoutRow(draft, i))}>
                Remove this {NOUN[draft.kind]}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      {errors[`value.${draft.kind}`] && <p role="alert">{errors[`value.${draft.kind}`]?.join(' ')}</p>}
      <div>
        <Button onClick={() => onChange(withNewRow(draft))}>
          Add {NOUN[draft.kind] === 'action' ? 'an' : 'a'} {NOUN[draft.kind]}
        </Button>
      </div>
    </div>
  );
}

function rowsOf(draft: ListDraft): readonly unknown[] {
  switch (draft.kind) {
    case 'objectives':
      return draft.objectives;
    case 'lessons':
      return draft.lessons;
    case 'actions':
      return draft.actions;
    case 'risks':
      return draft.risks;
  }
}

const text = (
  id: string,
  label: string,
  value: string,
  errors: string[] | undefined,
  onChange: (v: string) => void,
  required = false,
): ReactNode => (
  <Field id={id} label={label} required={required} errors={errors}>
    {(p) => <Textfield {...p} value={value} onChange={(e) => onChange(e.currentTarget.value)} />}
  </Field>
);

function rowFields(
  draft: ListDraft,
  i: number,
  id: string,
  at: (i: number, key: string) => string[] | undefined,
  set: (i: number, patch: Record<string, unknown>) => void,
  people: People,
  onPerson: (u: UserRef) => void,
): ReactNode {
  switch (draft.kind) {
    case 'objectives': {
      const o = draft.objectives[i]!;
      return (
        <>
          {text(`${id}-objective`, 'Objective', o.objective, at(i, 'objective'), (v) => set(i, { objective: v }), true)}
          <Field id={`${id}-result`} label="Result" required errors={at(i, 'result')}>
            {(p) => (
              <NativeSelect {...p} options={OUTCOMES} value={o.result} onChange={(v) => v && set(i, { result: v })} />
            )}
          </Field>
          {text(`${id}-note`, 'Note', o.note, at(i, 'note'), (v) => set(i, { note: v }))}
        </>
      );
    }
    case 'lessons': {
      const l = draft.lessons[i]!;
      return (
        <>
          {text(`${id}-text`, 'Lesson', l.text, at(i, 'text'), (v) => set(i, { text: v }), true)}
          {text(`${id}-tags`, 'Tags (comma-separated)', l.tags.join(', '), at(i, 'tags'), (v) =>
            set(i, {
              tags: v
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            }),
          )}
        </>
      );
    }
    case 'risks':
      return text(`${id}-risk`, 'Residual risk', draft.risks[i]!, at(i, ''), (v) => set(i, { value: v }), true);
    case 'actions': {
      const a = draft.actions[i]!;
      return (
        <>
          {text(`${id}-title`, 'Action', a.title, at(i, 'title'), (v) => set(i, { title: v }), true)}
          <PersonPicker
            id={`${id}-owner`}
            role="Owner"
            chosen={
              a.ownerAccountId
                ? (people[a.ownerAccountId] ?? { accountId: a.ownerAccountId, displayName: a.ownerAccountId })
                : null
            }
            find={pirCalls.findActionOwners}
            errors={at(i, 'ownerAccountId')}
            onChange={(u) => {
              onPerson(u);
              set(i, { ownerAccountId: u.accountId });
            }}
          />
          <Field id={`${id}-priority`} label="Priority" required errors={at(i, 'priority')}>
            {(p) => (
              <NativeSelect
                {...p}
                options={PRIORITIES}
                value={a.priority}
                onChange={(v) => v && set(i, { priority: v })}
              />
            )}
          </Field>
          {text(`${id}-due`, 'Due date (YYYY-MM-DD)', a.dueDate, at(i, 'dueDate'), (v) => set(i, { dueDate: v }), true)}
          {a.issueKey ? (
            // Once the action has its Jira issue, its status is the issue's.
            <p style={{ margin: 0 }}>Status: follows {a.issueKey} in Jira</p>
          ) : (
            <Field id={`${id}-status`} label="Status" required errors={at(i, 'status')}>
              {(p) => (
                <NativeSelect {...p} options={STATUSES} value={a.status} onChange={(v) => v && set(i, { status: v })} />
              )}
            </Field>
          )}
          {a.status === 'wont-do' &&
            text(
              `${id}-reason`,
              "Why it won't be done",
              a.wontDoReason ?? '',
              at(i, 'wontDoReason'),
              (v) => set(i, { wontDoReason: v }),
              true,
            )}
        </>
      );
    }
  }
}

function withRow(draft: ListDraft, i: number, patch: Record<string, unknown>): ListDraft {
  switch (draft.kind) {
    case 'objectives':
      return { ...draft, objectives: draft.objectives.map((o, n) => (n === i ? { ...o, ...patch } : o)) };
    case 'lessons':
      return { ...draft, lessons: draft.lessons.map((l, n) => (n === i ? { ...l, ...patch } : l)) };
    case 'actions':
      return { ...draft, actions: draft.actions.map((a, n) => (n === i ? { ...a, ...patch } : a)) };
    case 'risks':
      return {
        ...draft,
        risks: draft.risks.map((r, n) => (n === i && typeof patch.value === 'string' ? patch.value : r)),
      };
  }
}

function withoutRow(draft: ListDraft, i: number): ListDraft {
  const keep = (_: unknown, n: number) => n !== i;
  switch (draft.kind) {
    case 'objectives':
      return { ...draft, objectives: draft.objectives.filter(keep) };
    case 'lessons':
      return { ...draft, lessons: draft.lessons.filter(keep) };
    case 'actions':
      return { ...draft, actions: draft.actions.filter(keep) };
    case 'risks':
      return { ...draft, risks: draft.risks.filter(keep) };
  }
}

function withNewRow(draft: ListDraft): ListDraft {
  switch (draft.kind) {
    case 'objectives':
      return { ...draft, objectives: [...draft.objectives, { objective: '', result: 'met', note: '' }] };
    case 'lessons':
      return { ...draft, lessons: [...draft.lessons, { text: '', tags: [] }] };
    case 'actions': {
      const id = `a-${Date.now().toString(36)}`;
      const action = {
        id,
        title: '',
        ownerAccountId: '',
        priority: 'normal' as const,
        dueDate: '',
        status: 'open' as const,
        wontDoReason: null,
        issueKey: null,
      };
      return { ...draft, actions: [...draft.actions, action] };
    }
    case 'risks':
      return { ...draft, risks: [...draft.risks, ''] };
  }
}
