import { Suspense, useState, type ReactNode } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Loading } from './Loading';
import { stack, subtle } from './styles';

interface Props {
  /** The content's element id (the button's `aria-controls`). */
  id: string;
  /** What opens, as the button and the loading message name it ("the PIR settings"). */
  what: string;
  /** A page section's heading and its one-line introduction; without it, the button stands alone. */
  heading?: { title: string; intro: ReactNode };
  /** Rendered only once opened, so a lazy component's chunk loads then. */
  children: ReactNode;
}

/** A part of a page closed at first: Show/Hide, and its content (in its own Suspense) once opened. */
export function Disclosure({ id, what, heading, children }: Props) {
  const [open, setOpen] = useState(false);
  const body = (
    <>
      <div>
        <Button aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
          {open ? `Hide ${what}` : `Show ${what}`}
        </Button>
      </div>
      {open && (
        <div id={id}>
          <Suspense fallback={<Loading label={`Loading ${what}`} />}>{children}</Suspense>
        </div>
      )}
    </>
  );
  if (!heading) return <div style={stack('space.200')}>{body}</div>;
  return (
    <section style={stack('space.200')} aria-labelledby={`${id}-heading`}>
      <Heading size="large" as="h2" id={`${id}-heading`}>
        {heading.title}
      </Heading>
      <p style={{ ...subtle, margin: 0 }}>{heading.intro}</p>
      {body}
    </section>
  );
}
