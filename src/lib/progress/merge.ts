import {
  MAX_ATTEMPTS,
  PROGRESS_VERSION,
  type CheckAttempt,
  type CheckProgress,
  type ModuleProgress,
  type ProgressRecord,
  type ScenarioProgress,
  type Ratings,
  type Stamp,
  type Stamped,
} from './types';

/**
 * Combines two records of the same learner (two tabs, or this device and an imported file) so that
 * nothing either holds is lost. Every field is a join: `merge` is associative, commutative and
 * idempotent (merge.test.ts checks it over generated records), so the order in which tabs write,
 * or files are imported, never changes the result.
 */
export function merge(a: ProgressRecord, b: ProgressRecord): ProgressRecord {
  const merged: ProgressRecord = {
    version: PROGRESS_VERSION,
    // Either salt would do; the smaller one is chosen so both sides agree without talking.
    salt: a.salt <= b.salt ? a.salt : b.salt,
    createdAt: earliest(a.createdAt, b.createdAt),
    updatedAt: latest(a.updatedAt, b.updatedAt),
    modules: mergeKeyed(a.modules, b.modules, mergeModule),
    path: newest(a.path, b.path),
    certificateName: newest(a.certificateName, b.certificateName),
  };
  // A record that never took the self-assessment keeps no field at all (as every record before it);
  // each sitting (before, after) is a register, so the newer one wins.
  if (!a.selfAssessment && !b.selfAssessment) return merged;
  const sittings = (r: ProgressRecord) => (r.selfAssessment ?? {}) as Record<string, Stamped<Ratings>>;
  return { ...merged, selfAssessment: mergeKeyed(sittings(a), sittings(b), (x, y) => newest(x, y)!) };
}

export const earliest = (a: Stamp, b: Stamp) => (a <= b ? a : b);
export const latest = (a: Stamp, b: Stamp) => (a >= b ? a : b);
/** The later of two times either of which may be missing (the latest skip). */
const laterOf = (a?: Stamp | null, b?: Stamp | null) => (a && b ? latest(a, b) : (a ?? b ?? undefined));

/** JSON with object keys sorted, so equal values always serialize the same way. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The newer of two registers; on the same time, the larger value, so the choice is order-free. */
export function newest<T>(a: Stamped<T> | null, b: Stamped<T> | null): Stamped<T> | null {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return canonical(a.value) >= canonical(b.value) ? a : b;
}

/** Union of two keyed maps, joining values present in both. */
export function mergeKeyed<T>(a: Record<string, T>, b: Record<string, T>, join: (x: T, y: T) => T): Record<string, T> {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  // fromEntries defines own properties, so even an odd key cannot reach the prototype.
  return Object.fromEntries(
    keys.map((k) => [k, Object.hasOwn(a, k) && Object.hasOwn(b, k) ? join(a[k], b[k]) : Object.hasOwn(a, k) ? a[k] : b[k]]),
  );
}

function mergeModule(a: ModuleProgress, b: ModuleProgress): ModuleProgress {
  return {
    sections: mergeKeyed(a.sections, b.sections, earliest),
    position: newest(a.position, b.position),
    checks: mergeKeyed(a.checks, b.checks, mergeCheck),
    scenarios: mergeKeyed(a.scenarios, b.scenarios, mergeScenario),
    snapshots: mergeKeyed(a.snapshots, b.snapshots, (x, y) => newest(x, y)!),
  };
}

function mergeScenario(a: ScenarioProgress, b: ScenarioProgress): ScenarioProgress {
  return {
    endings: mergeKeyed(a.endings, b.endings, earliest),
    skippedAt: laterOf(a.skippedAt, b.skippedAt) ?? null,
  };
}

const attemptKey = (t: CheckAttempt) => `${t.at}|${String(t.score).padStart(4, '0')}|${String(t.total).padStart(4, '0')}`;

/**
 * Ordering for "best": the higher share right; then the earlier (the first time it was reached);
 * then by key, so two different attempts never tie.
 */
export function betterAttempt(a: CheckAttempt | null, b: CheckAttempt | null): CheckAttempt | null {
  if (!a || !b) return a ?? b;
  const share = a.score * b.total - b.score * a.total;
  if (share !== 0) return share > 0 ? a : b;
  if (a.at !== b.at) return a.at < b.at ? a : b;
  return attemptKey(a) <= attemptKey(b) ? a : b;
}

/** Union of both attempt lists, keeping the latest MAX_ATTEMPTS (a join, since "latest n" of a union is). */
export function unionAttempts(a: CheckAttempt[], b: CheckAttempt[]): CheckAttempt[] {
  const byKey = new Map([...a, ...b].map((t) => [attemptKey(t), t]));
  return [...byKey.keys()]
    .sort()
    .slice(-MAX_ATTEMPTS)
    .map((k) => byKey.get(k)!);
}

function mergeCheck(a: CheckProgress, b: CheckProgress): CheckProgress {
  const merged: CheckProgress = { attempts: unionAttempts(a.attempts, b.attempts), best: betterAttempt(a.best, b.best) };
  // The latest skip, as for scenarios; a record that never skipped keeps no field at all.
  const skippedAt = laterOf(a.skippedAt, b.skippedAt);
  return skippedAt ? { ...merged, skippedAt } : merged;
}
