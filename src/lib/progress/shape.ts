import { MAX_ATTEMPTS, MAX_NAME_LENGTH, PROGRESS_VERSION, type ProgressRecord, type ProgressRecordV1 } from './types';

/**
 * A small hand-written check of a record's shape, for the browser: zod would add more to every
 * module page than all of the page's own scripts together. `schema.ts` states the same rules with
 * zod (for import messages and the tests), and `shape.test.ts` proves both accept exactly the
 * same values. The primitive rules below are shared by both.
 */

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const isStamp = (v: unknown): v is string => typeof v === 'string' && STAMP.test(v) && !Number.isNaN(Date.parse(v));

// Section anchors, quiz ids, module slugs and path ids. A leading letter or digit also keeps out
// "__proto__", so an imported file cannot reach an object's prototype.
const KEY = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,119}$/u;
export const isKey = (v: unknown): v is string => typeof v === 'string' && KEY.test(v);

export const isSalt = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{32}$/.test(v);
export const isName = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_NAME_LENGTH;
export const MAX_TOTAL = 1000;
/** Confidence ratings run from 1 ("Not yet confident") to this (here, not in types.ts, which every page loads). */
export const MAX_RATING = 5;
export const isRating = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= MAX_RATING;

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object with the fields in `fields`, and those in `optional` if present, each passing its check. */
const shapeWith = (fields: Record<string, Check>, optional: Record<string, Check>): Check => (v) =>
  isObject(v) &&
  Object.keys(v).every((k) => Object.hasOwn(fields, k) || Object.hasOwn(optional, k)) &&
  Object.entries(fields).every(([k, check]) => Object.hasOwn(v, k) && check(v[k])) &&
  Object.entries(optional).every(([k, check]) => !Object.hasOwn(v, k) || check(v[k]));
/** An object with exactly these fields, each passing its check. */
const shape = (fields: Record<string, Check>): Check => shapeWith(fields, {});
const dict = (check: Check): Check => (v) => isObject(v) && Object.entries(v).every(([k, x]) => isKey(k) && check(x));
const nullable = (check: Check): Check => (v) => v === null || check(v);
const stamped = (check: Check) => shape({ at: isStamp, value: check });

const isAttempt: Check = (v) =>
  shape({
    at: isStamp,
    score: (s) => Number.isInteger(s) && (s as number) >= 0,
    total: (t) => Number.isInteger(t) && (t as number) >= 1 && (t as number) <= MAX_TOTAL,
  })(v) && (v as { score: number; total: number }).score <= (v as { total: number }).total;

const isModule = shape({
  sections: dict(isStamp),
  position: nullable(stamped(isKey)),
  checks: dict(shapeWith({ attempts: (a) => Array.isArray(a) && a.length <= MAX_ATTEMPTS && a.every(isAttempt), best: nullable(isAttempt) }, { skippedAt: isStamp })),
  scenarios: dict(shape({ endings: dict(isStamp), skippedAt: nullable(isStamp) })),
  // A snapshot is whatever the quiz engine saved; only its presence is checked here.
  snapshots: dict(stamped((x) => x !== undefined)),
});

const isRatings = stamped(shape({ path: isKey, ratings: dict(isRating) }));

const isCurrent = shapeWith(
  {
    version: (v) => v === PROGRESS_VERSION,
    salt: isSalt,
    createdAt: isStamp,
    updatedAt: isStamp,
    modules: dict(isModule),
    path: nullable(stamped(nullable(isKey))),
    certificateName: nullable(stamped(nullable(isName))),
  },
  // Added after version 2 shipped: records without it are as valid as before.
  { selfAssessment: shapeWith({}, { before: isRatings, after: isRatings }) },
);

const isV1 = shape({
  version: (v) => v === 1,
  updatedAt: isStamp,
  read: dict((ids) => Array.isArray(ids) && ids.every(isKey)),
});

export function isProgressRecord(v: unknown): v is ProgressRecord {
  return isCurrent(v);
}

export function isProgressRecordV1(v: unknown): v is ProgressRecordV1 {
  return isV1(v);
}
