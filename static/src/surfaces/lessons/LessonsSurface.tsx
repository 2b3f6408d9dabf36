import { lessonsCalls } from '@contracts/lessons.contract';
import { MODULE_KEYS } from '@contracts/modules';
import type { SurfaceProps } from '../../app/surfaces';
import { page } from '../../ui/styles';
import { LessonsLibrary } from './LessonsLibrary';

/**
 * The lessons library as the Confluence macro "CSI lessons learned" shows it (and, for another
 * module, with the programme page's call): one chunk, light enough not to re-split the chunks the
 * other surfaces share.
 */
export default function LessonsSurface({ context }: SurfaceProps) {
  if (context.moduleKey !== MODULE_KEYS.lessonsMacro) return <LessonsLibrary call={lessonsCalls.programme} />;
  return (
    <main style={page} aria-label="CSI lessons learned">
      <LessonsLibrary call={lessonsCalls.macro} />
    </main>
  );
}
