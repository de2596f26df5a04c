/**
 * The learner's progress record: one per device, kept in localStorage under `PROGRESS_KEY`.
 * Plain types with no imports, so the browser scripts can use them without pulling zod in; the zod
 * schemas in `schema.ts` describe the same shapes and the tests prove the two agree.
 *
 * Every field merges as a join (README, "Progress and privacy"): sets are unions, completion times
 * keep the earliest, "latest" registers (`Stamped`) keep the newest write. That is what lets two
 * tabs, or two devices through export and import, combine without losing each other's work.
 */

export const PROGRESS_VERSION = 2;
export const PROGRESS_KEY = 'steady-ground:progress';
/** A stored value that could not be read is kept under this prefix plus the time it was found. */
export const PROGRESS_BACKUP_PREFIX = 'steady-ground:progress-backup:';

/** A UTC time as `Date#toISOString` writes it (`2026-03-01T09:30:00.000Z`); such strings sort by time. */
export type Stamp = string;

/** A value where the newest write wins (ties broken by the value itself, so merging is order-free). */
export interface Stamped<T> {
  at: Stamp;
  value: T;
}

/** Any JSON value (a saved snapshot is the engine's business, not the record's). */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type Saved = {} | null;

/** One submitted knowledge check: questions right out of questions asked. */
export interface CheckAttempt {
  at: Stamp;
  score: number;
  total: number;
}

export interface CheckProgress {
  /** The most recent attempts, oldest first (at most `MAX_ATTEMPTS`). */
  attempts: CheckAttempt[];
  /** The best attempt ever made, kept even when older attempts drop off the list. */
  best: CheckAttempt | null;
  /**
   * The last time the learner chose to skip the check at its content note (no penalty). Added
   * after version 2 shipped, as an optional field, so every version 2 record stays valid as it is.
   */
  skippedAt?: Stamp;
}

export interface ScenarioProgress {
  /** Ending id -> when the learner first reached it. */
  endings: Record<string, Stamp>;
  /** The last time the learner chose to skip the scenario at its content note (no penalty). */
  skippedAt: Stamp | null;
}

export interface ModuleProgress {
  /** Section id (the `##` heading's anchor) -> when the learner first read it. */
  sections: Record<string, Stamp>;
  /** The section the learner was last reading, for "You stopped at section X". */
  position: Stamped<string> | null;
  /** Knowledge checks by quiz id. */
  checks: Record<string, CheckProgress>;
  /** Branching scenarios by quiz id. */
  scenarios: Record<string, ScenarioProgress>;
  /** In-flight quiz snapshots (the engine's persisted XState snapshot) by quiz id; null once cleared. */
  snapshots: Record<string, Stamped<Saved>>;
}

/** One sitting of the self-assessment: the path it was taken for, and statement id -> rating (1-5). */
export interface Ratings {
  path: string;
  ratings: Record<string, number>;
}

/** When a learner rated their confidence: starting a path, and at its end. */
export type RatingTime = 'before' | 'after';

/**
 * The optional self-assessment (content/self-assessment.yaml). Each sitting is a register: taking
 * it again replaces that sitting. Added after version 2 shipped, as an optional field, so every
 * version 2 record stays valid as it is.
 */
export interface SelfAssessmentProgress {
  before?: Stamped<Ratings>;
  after?: Stamped<Ratings>;
}

export interface ProgressRecord {
  version: typeof PROGRESS_VERSION;
  /**
   * Random and made on this device: it goes into the certificate's completion code so two people
   * with the same progress still get different codes.
   */
  salt: string;
  createdAt: Stamp;
  updatedAt: Stamp;
  modules: Record<string, ModuleProgress>;
  /** The learning path the learner chose (null: none). */
  path: Stamped<string | null> | null;
  /** The name to print on certificates, only when the learner asked for it to be remembered. */
  certificateName: Stamped<string | null> | null;
  /** The learner's confidence ratings, if they took the self-assessment (never required). */
  selfAssessment?: SelfAssessmentProgress;
}

/** Version 1 (the first release): only the sections read, per module. */
export interface ProgressRecordV1 {
  version: 1;
  updatedAt: Stamp;
  read: Record<string, string[]>;
}

export const MAX_ATTEMPTS = 50;
export const MAX_NAME_LENGTH = 80;
