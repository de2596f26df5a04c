import type { CourseOutline, OutlineModule } from './outline';
import { checkHref, moduleHref, scenarioHref } from './outline';
import type { CheckAttempt, ModuleProgress, ProgressRecord, Stamp } from './types';
import { emptyModule, inFlight } from './record';

/**
 * What a learner's record means for this course: how far along each module and path is, what
 * comes next, and what is still in flight. A module counts one step per section read, per scenario
 * finished (any ending, or skipped at its content note, which carries no penalty) and per
 * knowledge check passed. Entries for content that no longer exists are kept in the record but
 * not counted.
 */

export interface Count {
  done: number;
  total: number;
  /** Whole percent, rounded down so 100 means finished. */
  percent: number;
}

export interface CheckSummary {
  id: string;
  title: string;
  attempts: number;
  best: (CheckAttempt & { percent: number }) | null;
  passPercent: number;
  passedAt: Stamp | null;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  endings: { id: string; title: string; at: Stamp }[];
  skippedAt: Stamp | null;
  inProgress: boolean;
  done: boolean;
}

export interface ModuleSummary extends Count {
  slug: string;
  title: string;
  sections: { id: string; title: string; readAt: Stamp | null }[];
  sectionsRead: number;
  scenarios: ScenarioSummary[];
  checks: CheckSummary[];
  complete: boolean;
  /** When the last step was done, once complete. */
  completedAt: Stamp | null;
  /** The section the learner was last reading, if it still exists. */
  position: { id: string; title: string; at: Stamp } | null;
}

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

const count = (done: number, total: number): Count => ({ done, total, percent: total ? Math.floor((done / total) * 100) : 0 });
const maxStamp = (stamps: (Stamp | null)[]) => stamps.reduce<Stamp | null>((m, s) => (s && (!m || s > m) ? s : m), null);

/** A scenario is done when first finished: its earliest ending, or else the skip. */
const scenarioDoneAt = (s: ScenarioSummary) => s.endings.map((e) => e.at).sort()[0] ?? s.skippedAt;

const percentOf = (a: CheckAttempt) => Math.round((a.score / a.total) * 100);

function summarizeModule(om: OutlineModule, m: ModuleProgress): ModuleSummary {
  const sections = om.sections.map((s) => ({ ...s, readAt: m.sections[s.id] ?? null }));
  const scenarios = om.scenarios.map((s): ScenarioSummary => {
    const p = m.scenarios[s.id];
    const endings = s.endings.flatMap((e) => (p?.endings[e.id] ? [{ ...e, at: p.endings[e.id] }] : []));
    return { id: s.id, title: s.title, endings, skippedAt: p?.skippedAt ?? null, inProgress: inFlight(m.snapshots[s.id]), done: endings.length > 0 || !!p?.skippedAt };
  });
  const checks = om.checks.map((c): CheckSummary => {
    const p = m.checks[c.id];
    const best = p?.best ? { ...p.best, percent: percentOf(p.best) } : null;
    // The first attempt that passed: the date the check was done.
    const firstPass = p?.attempts.find((a) => percentOf(a) >= c.passPercent)?.at ?? null;
    const passedAt = best && best.percent >= c.passPercent ? (firstPass ?? best.at) : null;
    return { id: c.id, title: c.title, attempts: p?.attempts.length ?? 0, best, passPercent: c.passPercent, passedAt };
  });
  const doneAt = [...sections.map((s) => s.readAt), ...scenarios.map(scenarioDoneAt), ...checks.map((c) => c.passedAt)];
  const done = doneAt.filter(Boolean).length;
  const c = count(done, doneAt.length);
  const complete = doneAt.length > 0 && done === doneAt.length;
  const pos = m.position && om.sections.find((s) => s.id === m.position!.value);
  return {
    ...c,
    slug: om.slug,
    title: om.title,
    sections,
    sectionsRead: sections.filter((s) => s.readAt).length,
    scenarios,
    checks,
    complete,
    completedAt: complete ? maxStamp(doneAt) : null,
    position: pos ? { ...pos, at: m.position!.at } : null,
  };
}

function nextIn(m: ModuleSummary): NextStep | null {
  const base = { module: m.slug, moduleTitle: m.title };
  const section = m.sections.find((s) => !s.readAt);
  if (section) return { ...base, kind: 'section', id: section.id, title: section.title, href: `${moduleHref(m.slug)}#${section.id}` };
  const scenario = m.scenarios.find((s) => !s.done);
  if (scenario) return { ...base, kind: 'scenario', id: scenario.id, title: scenario.title, href: scenarioHref(scenario.id) };
  const check = m.checks.find((c) => !c.passedAt);
  if (check) return { ...base, kind: 'check', id: check.id, title: check.title, href: checkHref(check.id) };
  return null;
}

export function summarize(record: ProgressRecord, outline: CourseOutline): Summary {
  const modules = outline.modules.map((om) => summarizeModule(om, record.modules[om.slug] ?? emptyModule()));
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
  if (!next && chosen) next = { kind: 'certificate', path: chosen, title: paths.find((p) => p.id === chosen)!.title, href: `/certificate/?path=${chosen}` };
  return {
    modules,
    paths,
    overall: count(modules.reduce((n, m) => n + m.done, 0), modules.reduce((n, m) => n + m.total, 0)),
    chosenPath: chosen,
    next,
  };
}
