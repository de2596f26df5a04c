import type { ZodError } from 'astro/zod';
import { problemsFromZod, type Problem } from '../../schemas/problems';
import { QuizSchema, type Check, type Quiz } from '../../schemas/quiz';
import { nearest } from '../content/nearest';
import { scenarioProblems } from './scenarioProblems';

export interface QuizFile {
  /** Path from the project root, e.g. `quizzes/clinic-intake.yaml`. */
  file: string;
  /** The parsed YAML. */
  data: unknown;
}

/**
 * Checks every quiz file in layers: the schema first, then, for files that pass it, what the
 * schema cannot see (ids against file names and each other, scene targets, reachability,
 * modules, correct answers). Returns every problem found; an empty list means all is well.
 */
export function validateQuizzes(files: QuizFile[], ctx: { moduleSlugs: string[]; competencyIds?: string[] }): Problem[] {
  const problems: Problem[] = [];
  const valid: { file: string; quiz: Quiz }[] = [];
  for (const { file, data } of files) {
    const result = QuizSchema.safeParse(data);
    if (result.success) valid.push({ file, quiz: result.data });
    else problems.push(...schemaProblems(file, data, result.error));
  }

  const owner = new Map<string, string>();
  for (const { file, quiz } of valid) {
    const add = (field: string, found: string, expected: string) => problems.push({ file, field, found, expected });
    const fromName = /([^/\\]+)\.ya?ml$/.exec(file)?.[1];
    if (fromName !== undefined && fromName !== quiz.id)
      add('id', `"${quiz.id}"`, `"${fromName}" to match the file name — rename the file or change the id`);
    const other = owner.get(quiz.id);
    if (other) add('id', `"${quiz.id}", also used by ${other}`, 'an id no other quiz uses');
    else owner.set(quiz.id, file);

    if (!ctx.moduleSlugs.includes(quiz.module)) {
      const guess = nearest(quiz.module, ctx.moduleSlugs);
      add('module', `"${quiz.module}"`, `the slug of a module in modules/${guess ? ` — did you mean "${guess}"?` : ' — the folder name under modules/'}`);
    }
    (quiz.competencies ?? []).forEach((c, i) => {
      if (ctx.competencyIds && !ctx.competencyIds.includes(c)) {
        const guess = nearest(c, ctx.competencyIds);
        add(`competencies.${i}`, `"${c}"`, `a competency in content/competencies.yaml${guess ? ` — did you mean "${guess}"?` : ''}`);
      }
    });
    problems.push(...(quiz.kind === 'scenario' ? scenarioProblems(file, quiz) : checkProblems(file, quiz)));
  }
  return problems;
}

/**
 * problemsFromZod, with the author's wording for the two places a quiz offers alternatives
 * (`kind`, and `next` as an id or a list of routes): zod's own text for those says only
 * "Invalid input", so the schema carries the wording in the issue's message.
 */
function schemaProblems(file: string, data: unknown, error: ZodError): Problem[] {
  return problemsFromZod(file, data, error).map((problem, i) => {
    const issue = error.issues[i];
    const alternatives = issue.code === 'invalid_union' || issue.code === 'invalid_union_discriminator';
    return alternatives ? { ...problem, expected: issue.message } : problem;
  });
}

function checkProblems(file: string, check: Check): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  check.questions.forEach((q, i) => {
    const at = `questions.${i}`;
    const earlier = seen.get(q.id);
    if (earlier !== undefined)
      problems.push({ file, field: `${at}.id`, found: `"${q.id}", already used at questions.${earlier}`, expected: 'a question id used once in this check' });
    else seen.set(q.id, i);

    const correct = q.options.filter((o) => o.correct).length;
    if (correct === 0)
      problems.push({ file, field: `${at}.options`, found: 'no option with correct: true', expected: 'at least one option marked correct: true' });
    else if (q.type === 'single' && correct > 1)
      problems.push({ file, field: `${at}.options`, found: `${correct} options with correct: true`, expected: 'exactly one correct option for type: single — or change it to type: multiple' });
  });
  return problems;
}
