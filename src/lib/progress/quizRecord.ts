import { betterAttempt, earliest, latest, newest, unionAttempts } from './merge';
import { withModule } from './record';
import type { ProgressRecord, Saved, Stamp } from './types';

/** What the quiz players change in the record (quiz pages only, so module pages do not load it). */

export function recordEnding(r: ProgressRecord, slug: string, scenario: string, ending: string, at: Stamp): ProgressRecord {
  return withModule(r, slug, at, (m) => {
    const s = m.scenarios[scenario] ?? { endings: {}, skippedAt: null };
    const first = s.endings[ending] ? earliest(s.endings[ending], at) : at;
    return { ...m, scenarios: { ...m.scenarios, [scenario]: { ...s, endings: { ...s.endings, [ending]: first } } } };
  });
}

export function recordSkip(r: ProgressRecord, slug: string, scenario: string, at: Stamp): ProgressRecord {
  return withModule(r, slug, at, (m) => {
    const s = m.scenarios[scenario] ?? { endings: {}, skippedAt: null };
    return { ...m, scenarios: { ...m.scenarios, [scenario]: { ...s, skippedAt: s.skippedAt ? latest(s.skippedAt, at) : at } } };
  });
}

export function recordCheckSkip(r: ProgressRecord, slug: string, check: string, at: Stamp): ProgressRecord {
  return withModule(r, slug, at, (m) => {
    const c = m.checks[check] ?? { attempts: [], best: null };
    return { ...m, checks: { ...m.checks, [check]: { ...c, skippedAt: c.skippedAt ? latest(c.skippedAt, at) : at } } };
  });
}

export function recordCheckAttempt(r: ProgressRecord, slug: string, check: string, score: number, total: number, at: Stamp): ProgressRecord {
  const attempt = { at, score, total };
  return withModule(r, slug, at, (m) => {
    const c = m.checks[check] ?? { attempts: [], best: null };
    return { ...m, checks: { ...m.checks, [check]: { ...c, attempts: unionAttempts(c.attempts, [attempt]), best: betterAttempt(c.best, attempt) } } };
  });
}

/** Saves (or, with null, clears) a quiz's in-flight snapshot. */
export function setSnapshot(r: ProgressRecord, slug: string, quiz: string, value: Saved, at: Stamp): ProgressRecord {
  return withModule(r, slug, at, (m) => ({ ...m, snapshots: { ...m.snapshots, [quiz]: newest(m.snapshots[quiz] ?? null, { at, value })! } }));
}

/** The snapshot saved for a quiz: undefined when there is none or it was cleared. */
export function snapshotOf(r: ProgressRecord, slug: string, quiz: string): unknown | undefined {
  const s = r.modules[slug]?.snapshots[quiz];
  return s && s.value !== null ? s.value : undefined;
}
