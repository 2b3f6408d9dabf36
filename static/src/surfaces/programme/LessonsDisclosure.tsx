import { lazy, Suspense, useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { lessonsCalls } from '@contracts/lessons.contract';
import { Loading } from '../../ui/Loading';
import { stack, subtle } from '../../ui/styles';

// Its own chunk, loaded when opened, as the maturity assessment is (see MaturityDisclosure).
const LessonsLibrary = lazy(() => import('../lessons/LessonsLibrary').then((m) => ({ default: m.LessonsLibrary })));

/** The programme page's lessons learned library (issue 11 item 7): closed at first, for everyone. */
export default function LessonsDisclosure() {
  const [open, setOpen] = useState(false);
  return (
    <section style={stack('space.200')} aria-labelledby="lessons-heading">
      <Heading size="large" as="h2" id="lessons-heading">
        Lessons learned
      </Heading>
      <p style={{ ...subtle, margin: 0 }}>
        What earlier reviews learnt, across every PIR you may see: search it before a new initiative repeats a mistake.
      </p>
      <div>
        <Button aria-expanded={open} aria-controls="lessons-library" onClick={() => setOpen((o) => !o)}>
          {open ? 'Hide the lessons learned' : 'Show the lessons learned'}
        </Button>
      </div>
      {open && (
        <div id="lessons-library">
          <Suspense fallback={<Loading label="Loading the lessons learned" />}>
            <LessonsLibrary call={lessonsCalls.programme} />
          </Suspense>
        </div>
      )}
    </section>
  );
}
