import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCourse } from '../lib/content/checkCourse';
import { ContentError } from '../schemas/problems';

/**
 * Fails `astro build`, `astro dev` and `astro check` with one line per content problem,
 * before Astro's own loaders see the files, so authors read what to fix and not a stack trace.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'steady-ground:content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const problems = checkCourse(fileURLToPath(config.root));
        if (problems.length) throw new ContentError(problems);
        logger.info('course content checked: no problems');
      },
    },
  };
}
