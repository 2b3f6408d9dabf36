import { lessonsCalls } from '@contracts/lessons.contract';
import { useCall } from '../../../api/use-call';
import { ErrorMessage } from '../../../ui/ErrorMessage';
import { Loading } from '../../../ui/Loading';
import { Section } from '../../../ui/Section';
import { subtle } from '../../../ui/styles';
import { LessonList } from '../../lessons/LessonList';

const GET = {};

/**
 * Lessons from earlier initiatives on the services this one names (issue 11 item 7), where the
 * services are named: so a new initiative starts from what earlier PIRs learnt.
 */
export function EarlierLessons({ services }: { services: readonly string[] }) {
  const lessons = useCall(lessonsCalls.forIssue, services.length > 0 ? GET : null);
  return (
    <Section title="Lessons from earlier initiatives">
      {services.length === 0 ? (
        <p style={subtle}>Name the services this initiative affects to see what earlier reviews on them learnt.</p>
      ) : lessons.error ? (
        <ErrorMessage error={lessons.error} onRetry={lessons.reload} />
      ) : !lessons.data ? (
        <Loading label="Loading lessons on these services" />
      ) : lessons.data.lessons.length === 0 ? (
        <p style={subtle}>No earlier review on these services recorded a lesson yet.</p>
      ) : (
        <LessonList page={lessons.data} />
      )}
    </Section>
  );
}
