import type { CourseOutline, OutlineModule } from './outline';
import type { CheckAttempt, ModuleProgress, ProgressRecord, Stamp } from './types';
import { emptyModule, inFlight } from './record';

/**
 * How far along each module is (summarize.ts builds the course summary from these). A module
 * counts one step per section read, per scenario finished (any ending, or skipped at its content
 * note, which carries no penalty) and per knowledge check passed (or skipped at its content note). Kept apart from the course
 * summary so that the header's indicator downloads only this.
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
  /** When the learner last skipped it at its content note (no penalty), or null. */
  skippedAt: Stamp | null;
  done: boolean;
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

export const count = (done: number, total: number): Count => ({ done, total, percent: total ? Math.floor((done / total) * 100) : 0 });
export const maxStamp = (stamps: (Stamp | null)[]) => stamps.reduce<Stamp | null>((m, s) => (s && (!m || s > m) ? s : m), null);

/** A scenario is done when first finished: its earliest ending, or else the skip. */
const scenarioDoneAt = (s: ScenarioSummary) => s.endings.map((e) => e.at).sort()[0] ?? s.skippedAt;

const percentOf = (a: CheckAttempt) => Math.round((a.score / a.total) * 100);

export function summarizeModule(om: OutlineModule, m: ModuleProgress): ModuleSummary {
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
    const skippedAt = p?.skippedAt ?? null;
    return { id: c.id, title: c.title, attempts: p?.attempts.length ?? 0, best, passPercent: c.passPercent, passedAt, skippedAt, done: !!(passedAt || skippedAt) };
  });
  // A check is done when passed or, like a scenario, skipped at its content note.
  const doneAt = [...sections.map((s) => s.readAt), ...scenarios.map(scenarioDoneAt), ...checks.map((c) => c.passedAt ?? c.skippedAt)];
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

export const summarizeModules = (record: ProgressRecord, outline: CourseOutline) =>
  outline.modules.map((om) => summarizeModule(om, record.modules[om.slug] ?? emptyModule()));
export const overallOf = (modules: ModuleSummary[]) => count(modules.reduce((n, m) => n + m.done, 0), modules.reduce((n, m) => n + m.total, 0));

/** The course-wide count alone (`summarize(…).overall`), for the header's indicator, which needs none of the rest. */
export const overallProgress = (record: ProgressRecord, outline: CourseOutline): Count => overallOf(summarizeModules(record, outline));

