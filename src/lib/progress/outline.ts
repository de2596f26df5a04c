/**
 * What the course holds, as progress needs it: each module's sections and quizzes, and the paths.
 * Built from the content at build time (src/data/outline.ts) and handed to `summarize`.
 */

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

export const moduleHref = (slug: string) => `/modules/${slug}/`;
export const scenarioHref = (id: string) => `/scenarios/${id}/`;
export const checkHref = (id: string) => `/checks/${id}/`;
