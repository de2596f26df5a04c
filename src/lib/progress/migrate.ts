import { emptyModule } from './record';
import { isProgressRecord, isProgressRecordV1 } from './shape';
import { PROGRESS_VERSION, type ProgressRecord, type ProgressRecordV1 } from './types';

/**
 * A record written by an older release is upgraded one version at a time, never dropped. Adding a
 * version means: a new `ProgressRecordVn` type and schema, the old shape check kept here, and one
 * migration from the version before it.
 */

export interface MigrationDeps {
  /** A new record's random salt (version 1 had none). */
  salt: () => string;
}

interface Step {
  /** The shape this version's records must have before they are migrated. */
  accepts: (v: unknown) => boolean;
  /** To the next version up. */
  up: (v: never, deps: MigrationDeps) => unknown;
}

/** Version 1 kept only the sections read, under the time of the last change. */
export function v1ToV2(old: ProgressRecordV1, deps: MigrationDeps): ProgressRecord {
  const modules = Object.fromEntries(
    Object.entries(old.read).map(([slug, ids]) => [
      slug,
      { ...emptyModule(), sections: Object.fromEntries(ids.map((id) => [id, old.updatedAt])) },
    ]),
  );
  return { version: 2, salt: deps.salt(), createdAt: old.updatedAt, updatedAt: old.updatedAt, modules, path: null, certificateName: null };
}

export const MIGRATIONS: Record<number, Step> = {
  1: { accepts: isProgressRecordV1, up: v1ToV2 as Step['up'] },
};

export type UpgradeResult =
  | { ok: true; record: ProgressRecord; from: number }
  | { ok: false; problem: 'not-a-record' | 'newer' | 'invalid'; version?: number };

/** Checks a parsed value and brings it up to the current version. */
export function upgrade(value: unknown, deps: MigrationDeps): UpgradeResult {
  const version = typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, problem: 'not-a-record' };
  if (version > PROGRESS_VERSION) return { ok: false, problem: 'newer', version };
  let current = value;
  for (let v = version; v < PROGRESS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step || !step.accepts(current)) return { ok: false, problem: 'invalid', version: v };
    current = step.up(current as never, deps);
  }
  return isProgressRecord(current) ? { ok: true, record: current, from: version } : { ok: false, problem: 'invalid', version };
}
