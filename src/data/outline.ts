// The course outline progress is measured against, read once from the content collections.
import { render } from 'astro:content';
import { buildOutline, type CourseOutline } from '../lib/progress/outline';
import { tocFromHeadings } from '../lib/course/navigation';
import { getModules, getPaths, getQuizzes } from './course';

let outline: Promise<CourseOutline> | undefined;

export function getOutline(): Promise<CourseOutline> {
  outline ??= (async () => {
    const modules = await Promise.all(
      (await getModules()).map(async (entry) => ({
        slug: entry.id,
        title: entry.data.title,
        sections: tocFromHeadings((await render(entry)).headings),
      })),
    );
    return buildOutline(modules, await getQuizzes(), await getPaths());
  })();
  return outline;
}
