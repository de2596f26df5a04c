import type { Problem } from '../../schemas/problems';
import { readCourse, readFacilitators, readQuizzes } from './readCourse';
import { validateCourse } from './validateCourse';
import { validateFacilitators, type ScenarioRef } from './validateFacilitators';
import { validateQuizzes } from '../quiz/validateQuiz';

/** Reads and checks every content file under `root`; returns all problems found (none when valid). */
export function checkCourse(root: string): Problem[] {
  const problems: Problem[] = [];
  const course = readCourse(root, problems);
  problems.push(...validateCourse(course));
  const moduleSlugs = course.modules.map((m) => m.slug);
  const quizzes = readQuizzes(root, problems).filter((q) => q.data !== undefined);
  const competencyIds = Array.isArray(course.competencies.data) ? course.competencies.data.flatMap((c) => (typeof c?.id === 'string' ? [c.id as string] : [])) : undefined;
  problems.push(...validateQuizzes(quizzes, { moduleSlugs, competencyIds }));
  problems.push(...validateFacilitators(readFacilitators(root, problems), { moduleSlugs, scenarios: scenarioRefs(quizzes.map((q) => q.data)) }));
  return problems;
}

/** The scenarios among parsed quiz files, as far as they can be read (the quiz checks report the rest). */
function scenarioRefs(quizzes: unknown[]): ScenarioRef[] {
  return quizzes.flatMap((q) => {
    const { kind, id, module } = (q ?? {}) as Record<string, unknown>;
    return kind === 'scenario' && typeof id === 'string' && typeof module === 'string' ? [{ id, module }] : [];
  });
}
