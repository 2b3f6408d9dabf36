import { lazy } from 'react';
import { lessonsCalls } from '@contracts/lessons.contract';
import { Disclosure } from '../../ui/Disclosure';

// Its own chunk, loaded when opened, as the maturity assessment is (see MaturityDisclosure).
const LessonsLibrary = lazy(() => import('../lessons/LessonsLibrary').then((m) => ({ default: m.LessonsLibrary })));

/** The programme page's lessons learned library (issue 11 item 7): closed at first, for everyone. */
export default function LessonsDisclosure() {
  return (
    <Disclosure
      id="lessons-library"
      what="the lessons learned"
      heading={{
        title: 'Lessons learned',
        intro:
          'What earlier reviews learnt, across every PIR you may see: search it before a new initiative repeats a mistake.',
      }}
    >
      <LessonsLibrary call={lessonsCalls.programme} />
    </Disclosure>
  );
}
