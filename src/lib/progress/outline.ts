/**
 * What the course holds, as progress needs it: each module's sections and quizzes, and the paths.
 * Built from the content at build time (src/data/outline.ts) and handed to `summarize`.
 */
import { href } from '../url';

export interface OutlineSection {
  id: string;
  title: string;
}

export interface OutlineScenario {
  id: string;
  title: string;
  endings: { id: string; title: string }[];
}

export interface OutlineCheck {
  id: string;
  title: string;
  passPercent: number;
}

export interface OutlineModule {
  slug: string;
  title: string;
  sections: OutlineSection[];
  scenarios: OutlineScenario[];
  checks: OutlineCheck[];
}

export interface OutlinePath {
  id: string;
  title: string;
  modules: string[];
}

export interface CourseOutline {
  /** In course order. */
  modules: OutlineModule[];
  paths: OutlinePath[];
}

export const moduleHref = (slug: string) => href(`/modules/${slug}/`);
export const scenarioHref = (id: string) => href(`/scenarios/${id}/`);
export const checkHref = (id: string) => href(`/checks/${id}/`);


interface ModuleSource {
  slug: string;
  title: string;
  /** The module's `##` sections, in page order. */
  sections: { slug: string; text: string }[];
}

type QuizSource =
  | { kind: 'scenario'; id: string; title: string; module: string; endings: { id: string; title: string }[] }
  | { kind: 'check'; id: string; title: string; module: string; passPercent: number };

/** The outline from the course content: modules in course order, each with its quizzes. */
export function buildOutline(modules: ModuleSource[], quizzes: QuizSource[], paths: OutlinePath[]): CourseOutline {
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title);
  return {
    modules: modules.map((m) => {
      const own = quizzes.filter((q) => q.module === m.slug).sort(byTitle);
      return {
        slug: m.slug,
        title: m.title,
        sections: m.sections.map((s) => ({ id: s.slug, title: s.text })),
        scenarios: own.flatMap((q) => (q.kind === 'scenario' ? [{ id: q.id, title: q.title, endings: q.endings.map(({ id, title }) => ({ id, title })) }] : [])),
        checks: own.flatMap((q) => (q.kind === 'check' ? [{ id: q.id, title: q.title, passPercent: q.passPercent }] : [])),
      };
    }),
    paths: paths.map(({ id, title, modules: ms }) => ({ id, title, modules: ms })),
  };
}
