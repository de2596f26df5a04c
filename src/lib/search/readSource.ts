/** Reads the course from disk into the shape search needs (Node only: build and benchmark). */
import { readCourse, readQuizzes } from '../content/readCourse';
import { ModuleSchema } from '../../schemas/module';
import { GlossaryFileSchema } from '../../schemas/glossary';
import { ResourcesFileSchema } from '../../schemas/resources';
import { QuizSchema } from '../../schemas/quiz';
import { ContentError, problemsFromZod, type Problem } from '../../schemas/problems';
import type { SearchSource } from './types';
import { buildSearch, type BuiltSearch } from './buildIndex';
import type { z, ZodTypeAny } from 'astro/zod';

/**
 * The build checks every content file before this runs (src/integrations/contentCheck.ts), so a
 * problem here means that check was skipped: fail loudly rather than ship a partial index.
 */
export function readSearchSource(root: string): SearchSource {
  const problems: Problem[] = [];
  const course = readCourse(root, problems);
  const parse = <S extends ZodTypeAny>(schema: S, file: string, data: unknown): z.infer<S> | undefined => {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    problems.push(...problemsFromZod(file, data, result.error));
    return undefined;
  };
  const modules = course.modules.flatMap((m) => {
    const data = parse(ModuleSchema, m.file, m.data);
    return data ? [{ slug: m.slug, ...data, body: m.body }] : [];
  });
  const glossary = parse(GlossaryFileSchema, course.glossary.file, course.glossary.data) ?? [];
  const resources = parse(ResourcesFileSchema, course.resources.file, course.resources.data) ?? [];
  const quizzes = readQuizzes(root, problems).flatMap((q) => {
    const data = parse(QuizSchema, q.file, q.data);
    return data ? [{ id: data.id, kind: data.kind, title: data.title, module: data.module }] : [];
  });
  if (problems.length) throw new ContentError(problems);
  return { modules, glossary, resources, quizzes };
}

let built: { root: string; search: BuiltSearch } | undefined;

/** The course's search files, built once per build however many routes ask (the index, shards, docs and text files). */
export function courseSearch(root: string): BuiltSearch {
  if (built?.root !== root) built = { root, search: buildSearch(readSearchSource(root)) };
  return built.search;
}
