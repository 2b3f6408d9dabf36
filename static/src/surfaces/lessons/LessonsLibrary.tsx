import { useState } from 'react';
import type { LessonsQuery } from '@contracts/lessons.contract';
import type { lessonsCalls } from '@contracts/lessons.contract';
import { useCall } from '../../api/use-call';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { NativeSelect } from '../../ui/NativeSelect';
import { SearchInput } from '../../ui/SearchInput';
import { stack, subtle } from '../../ui/styles';
import { useDebounced } from '../../ui/use-debounced';
import { LessonList } from './LessonList';

/** The programme page's or the macro's call: both take the same query and answer the same page. */
type Call = (typeof lessonsCalls)['programme' | 'macro'];

/**
 * The lessons learned library (issue 11 item 7): every lesson of the PIRs the reader may see, newest
 * first, searchable as you type and filtered by service, tag and template section, so a new
 * initiative finds what earlier ones learnt. The programme page and the Confluence macro share it.
 */
export function LessonsLibrary({ call }: { call: Call }) {
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Omit<LessonsQuery, 'text'>>({});
  const settled = useDebounced(text);
  const query = { ...filters, ...(settled.trim() ? { text: settled.trim() } : {}) };
  const lessons = useCall(call, query);
  const page = lessons.data;
  const pick = (key: keyof typeof filters) => (v: string | null) =>
    setFilters((f) => {
      const { [key]: _dropped, ...rest } = f;
      return v ? { ...rest, [key]: v } : rest;
    });
  return (
    <div style={stack('space.200')}>
      <div role="search" style={{ display: 'flex', flexWrap: 'wrap', gap: 'var(--ds-space-200)' }}>
        <Field id="lessons-text" label="Search">
          {(p) => <SearchInput {...p} value={text} onChange={setText} placeholder="Words in a lesson" />}
        </Field>
        <Field id="lessons-service" label="Service">
          {(p) => (
            <NativeSelect
              {...p}
              placeholder="Any service"
              value={filters.service ?? null}
              options={(page?.services ?? []).map((s) => ({ value: s.key, label: s.name }))}
              onChange={pick('service')}
            />
          )}
        </Field>
        <Field id="lessons-tag" label="Tag">
          {(p) => (
            <NativeSelect
              {...p}
              placeholder="Any tag"
              value={filters.tag ?? null}
              options={(page?.tags ?? []).map((t) => ({ value: t, label: t }))}
              onChange={pick('tag')}
            />
          )}
        </Field>
        <Field id="lessons-section" label="Section">
          {(p) => (
            <NativeSelect
              {...p}
              placeholder="Any section"
              value={filters.sectionKey ?? null}
              options={(page?.sections ?? []).map((s) => ({ value: s.key, label: s.title }))}
              onChange={pick('sectionKey')}
            />
          )}
        </Field>
      </div>
      {lessons.error ? (
        <ErrorMessage error={lessons.error} onRetry={lessons.reload} />
      ) : !page ? (
        <Loading label="Loading the lessons learned" />
      ) : page.lessons.length === 0 ? (
        <div role="status">
          <strong>No lessons found</strong>
          <p style={subtle}>
            Lessons appear here as post-implementation reviews are written; try fewer words or filters.
          </p>
        </div>
      ) : (
        <>
          <p style={subtle} aria-live="polite">
            {page.total === page.lessons.length
              ? `${page.total} ${page.total === 1 ? 'lesson' : 'lessons'}`
              : `The ${page.lessons.length} most recent of ${page.total} lessons`}
          </p>
          <LessonList page={page} />
        </>
      )}
    </div>
  );
}
