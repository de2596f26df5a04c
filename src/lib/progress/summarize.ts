import { href } from '../url';
import type { CourseOutline } from './outline';
import { checkHref, moduleHref, scenarioHref } from './outline';
import type { ProgressRecord, Stamp } from './types';
import { count, maxStamp, overallOf, summarizeModules, type Count, type ModuleSummary } from './moduleSummary';

export type { CheckSummary, Count, ModuleSummary, ScenarioSummary } from './moduleSummary';
export { overallProgress } from './moduleSummary';

/**
 * What a learner's record means for this course: how far along each module and path is, what
 * comes next, and what is still in flight. Modules are counted in moduleSummary.ts. Entries for
 * content that no longer exists are kept in the record but not counted.
 */

export interface PathSummary extends Count {
  id: string;
  title: string;
  modules: string[];
  modulesComplete: number;
  complete: boolean;
  completedAt: Stamp | null;
}

export type NextStep =
  | { kind: 'section' | 'scenario' | 'check'; module: string; moduleTitle: string; id: string; title: string; href: string }
  | { kind: 'certificate'; path: string; title: string; href: string };

export interface Summary {
  modules: ModuleSummary[];
  paths: PathSummary[];
  overall: Count;
  chosenPath: string | null;
  next: NextStep | null;
}

function nextIn(m: ModuleSummary): NextStep | null {
  const base = { module: m.slug, moduleTitle: m.title };
  const section = m.sections.find((s) => !s.readAt);
  if (section) return { ...base, kind: 'section', id: section.id, title: section.title, href: `${moduleHref(m.slug)}#${section.id}` };
  const scenario = m.scenarios.find((s) => !s.done);
  if (scenario) return { ...base, kind: 'scenario', id: scenario.id, title: scenario.title, href: scenarioHref(scenario.id) };
  const check = m.checks.find((c) => !c.done);
  if (check) return { ...base, kind: 'check', id: check.id, title: check.title, href: checkHref(check.id) };
  return null;
}

export function summarize(record: ProgressRecord, outline: CourseOutline): Summary {
  const modules = summarizeModules(record, outline);
  const bySlug = new Map(modules.map((m) => [m.slug, m]));
  const paths = outline.paths.map((p): PathSummary => {
    const ms = p.modules.flatMap((slug) => bySlug.get(slug) ?? []);
    const complete = ms.length > 0 && ms.every((m) => m.complete);
    return {
      ...count(ms.reduce((n, m) => n + m.done, 0), ms.reduce((n, m) => n + m.total, 0)),
      id: p.id,
      title: p.title,
      modules: p.modules,
      modulesComplete: ms.filter((m) => m.complete).length,
      complete,
      completedAt: complete ? maxStamp(ms.map((m) => m.completedAt)) : null,
    };
  });
  const chosen = record.path?.value && paths.some((p) => p.id === record.path!.value) ? record.path.value : null;
  // Along the chosen path; without one, through the course in order.
  const route = chosen ? paths.find((p) => p.id === chosen)!.modules.flatMap((s) => bySlug.get(s) ?? []) : modules;
  let next: NextStep | null = null;
  for (const m of route) if ((next = nextIn(m))) break;
  if (!next && chosen) next = { kind: 'certificate', path: chosen, title: paths.find((p) => p.id === chosen)!.title, href: href(`/certificate/?path=${chosen}`) };
  return {
    modules,
    paths,
    overall: overallOf(modules),
    chosenPath: chosen,
    next,
  };
}
