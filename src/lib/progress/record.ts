import { earliest, latest, newest } from './merge';
import { MAX_NAME_LENGTH, PROGRESS_VERSION, type ModuleProgress, type ProgressRecord, type Saved, type Stamp, type Stamped } from './types';

/**
 * Changes a learner makes, as pure functions from a record to a new record. Each one only adds
 * (or writes a newer register), so it can never undo what another tab did: the storage adapter
 * merges before it applies them.
 */

/** 32 random hex digits from Web Crypto (browsers and Node 20 both have it). */
export function randomSalt(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function freshRecord(now: Stamp, salt: string): ProgressRecord {
  return { version: PROGRESS_VERSION, salt, createdAt: now, updatedAt: now, modules: {}, path: null, certificateName: null };
}

export const emptyModule = (): ModuleProgress => ({ sections: {}, position: null, checks: {}, scenarios: {}, snapshots: {} });

export function withModule(r: ProgressRecord, slug: string, at: Stamp, change: (m: ModuleProgress) => ModuleProgress): ProgressRecord {
  const current = Object.hasOwn(r.modules, slug) ? r.modules[slug] : emptyModule();
  return { ...r, updatedAt: latest(r.updatedAt, at), modules: { ...r.modules, [slug]: change(current) } };
}

export function markSectionRead(r: ProgressRecord, slug: string, section: string, at: Stamp): ProgressRecord {
  const old = r.modules[slug]?.sections[section];
  if (old && old <= at) return r;
  return withModule(r, slug, at, (m) => ({ ...m, sections: { ...m.sections, [section]: old ? earliest(old, at) : at } }));
}

export function setPosition(r: ProgressRecord, slug: string, section: string, at: Stamp): ProgressRecord {
  const position = newest(r.modules[slug]?.position ?? null, { at, value: section });
  return withModule(r, slug, at, (m) => ({ ...m, position }));
}

export function choosePath(r: ProgressRecord, path: string | null, at: Stamp): ProgressRecord {
  return { ...r, updatedAt: latest(r.updatedAt, at), path: newest(r.path, { at, value: path }) };
}

/** Remembers the certificate name, or (null) forgets it. */
export function rememberName(r: ProgressRecord, name: string | null, at: Stamp): ProgressRecord {
  const value = name === null ? null : name.trim().slice(0, MAX_NAME_LENGTH) || null;
  return { ...r, updatedAt: latest(r.updatedAt, at), certificateName: newest(r.certificateName, { at, value }) };
}

/** A quiz left part-way: a snapshot saved and not cleared, whose run has not finished (XState's `status`). */
export function inFlight(s: Stamped<Saved> | undefined): boolean {
  return !!s && s.value !== null && (s.value as { status?: unknown }).status !== 'done';
}

/** True once the learner has done anything the record keeps. */
export function hasProgress(r: ProgressRecord): boolean {
  return Object.values(r.modules).some(
    (m) =>
      Object.keys(m.sections).length > 0 ||
      Object.keys(m.checks).length > 0 ||
      Object.keys(m.scenarios).length > 0 ||
      Object.values(m.snapshots).some((s) => s.value !== null),
  );
}
