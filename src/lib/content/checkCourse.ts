import type { Problem } from '../../schemas/problems';
import { readCourse, readQuizzes } from './readCourse';
import { validateCourse } from './validateCourse';
import { validateQuizzes } from '../quiz/validateQuiz';

/** Reads and checks every content file under `root`; returns all problems found (none when valid). */
export function checkCourse(root: string): Problem[] {
  const problems: Problem[] = [];
  const course = readCourse(root, problems);
  problems.push(...validateCourse(course));
  const quizzes = readQuizzes(root, problems).filter((q) => q.data !== undefined);
  problems.push(...validateQuizzes(quizzes, { moduleSlugs: course.modules.map((m) => m.slug) }));
  return problems;
}
