// `npm run validate`: checks every content file without building the site.
import { checkCourse } from '../src/lib/content/checkCourse';
import { formatProblems } from '../src/schemas/problems';

const problems = checkCourse(process.cwd());
if (problems.length) {
  console.error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the course content:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log('Course content: no problems found.');
