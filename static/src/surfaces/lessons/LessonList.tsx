import type { LessonsPage } from '@contracts/lessons.contract';
import { IssueLink } from '../../ui/IssueLink';
import { formatDate } from '../../ui/format';
import { subtle } from '../../ui/styles';

/** A service or tag beside a lesson: small bordered text in tokens (no Lozenge: the macro stays light). */
const chip = {
  font: 'var(--ds-font-body-small)',
  border: 'var(--ds-border-width) solid var(--ds-border)',
  borderRadius: 'var(--ds-radius-small)',
  padding: '0 var(--ds-space-050)',
} as const;

/** The lessons of a library answer, each with its initiative, services, tags and section. */
export function LessonList({ page }: { page: LessonsPage }) {
  const serviceName = (key: string) => page.services.find((s) => s.key === key)?.name ?? key;
  return (
    <ul
      aria-label="Lessons learned"
      style={{ margin: 0, padding: 0, listStyle: 'none', display: 'grid', gap: 'var(--ds-space-150)' }}
    >
      {page.lessons.map((l, i) => (
        <li
          key={`${l.issueKey}-${l.sectionKey}-${i}`}
          style={{ borderInlineStart: '2px solid var(--ds-border)', paddingInlineStart: 'var(--ds-space-150)' }}
        >
          <p style={{ margin: 0 }}>{l.text}</p>
          <p style={subtle}>
            <IssueLink issueKey={l.issueKey} /> {l.summary} · {l.sectionTitle} · {formatDate(l.at)}
            {l.state === 'open' && ' · review in progress'}
          </p>
          {(l.services.length > 0 || l.tags.length > 0) && (
            <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 'var(--ds-space-050)' }}>
              {l.services.map((s) => (
                <span key={`s-${s}`} style={{ ...chip, color: 'var(--ds-text-information)' }}>
                  {serviceName(s)}
                </span>
              ))}
              {l.tags.map((t) => (
                <span key={`t-${t}`} style={chip}>
                  #{t}
                </span>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
