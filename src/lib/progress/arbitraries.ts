// Generated records for the property tests (merge laws, shape checks). Not shipped.
import fc from 'fast-check';
import { MAX_RATING } from './shape';
import { type CheckAttempt, type ModuleProgress, type ProgressRecord, type SelfAssessmentProgress, type Stamped } from './types';

/** Times from a small range, so generated records share times and ties get exercised. */
export const stamp = fc
  .integer({ min: 0, max: 40 })
  .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString());

/** Few ids, so two generated records overlap. */
export const key = fc.constantFrom('intro', 'signs', 'asking', 'clinic-intake', 'check-1');
export const slug = fc.constantFrom('recognizing-distress', 'crisis-intervention', 'legal-frameworks');
const salt = fc.constantFrom('0'.repeat(32), 'a1'.repeat(16), 'ffee'.repeat(8));

const stamped = <T>(value: fc.Arbitrary<T>): fc.Arbitrary<Stamped<T>> => fc.record({ at: stamp, value });
const dict = <T>(value: fc.Arbitrary<T>) => fc.dictionary(key, value, { maxKeys: 4 });

export const attempt: fc.Arbitrary<CheckAttempt> = fc
  .record({ at: stamp, total: fc.integer({ min: 1, max: 6 }), score: fc.nat(6) })
  .map((a) => ({ ...a, score: Math.min(a.score, a.total) }));

const attemptOrder = (a: CheckAttempt) => `${a.at}|${String(a.score).padStart(4, '0')}|${String(a.total).padStart(4, '0')}`;

/** Attempt lists as stored: distinct, oldest first. */
const attempts = fc
  .uniqueArray(attempt, { maxLength: 6, selector: attemptOrder })
  .map((list) => [...list].sort((a, b) => (attemptOrder(a) < attemptOrder(b) ? -1 : 1)));

export const moduleProgress: fc.Arbitrary<ModuleProgress> = fc.record({
  sections: dict(stamp),
  position: fc.option(stamped(key), { nil: null }),
  // Records from before checks could be skipped have no skippedAt at all.
  checks: dict(fc.record({ attempts, best: fc.option(attempt, { nil: null }), skippedAt: stamp }, { requiredKeys: ['attempts', 'best'] })),
  scenarios: dict(fc.record({ endings: dict(stamp), skippedAt: fc.option(stamp, { nil: null }) })),
  snapshots: dict(stamped(fc.oneof(fc.constant(null), fc.jsonValue({ maxDepth: 2 })))),
});

/** A few statement ids, so two generated sittings overlap. */
const statement = fc.constantFrom('nature-not-a-victim', 'risk-asking-safely', 'care-their-choices', 'prevention-partners');
const sitting = stamped(
  fc.record({
    path: fc.constantFrom('clinician', 'workshop'),
    ratings: fc.dictionary(statement, fc.integer({ min: 1, max: MAX_RATING }), { maxKeys: 4 }),
  }),
);

/** Records from before the self-assessment have no field; others have either sitting, both or none. */
const selfAssessment: fc.Arbitrary<SelfAssessmentProgress> = fc.record({ before: sitting, after: sitting }, { requiredKeys: [] });

export const progressRecord: fc.Arbitrary<ProgressRecord> = fc.record(
  {
    version: fc.constant(2 as const),
    salt,
    createdAt: stamp,
    updatedAt: stamp,
    modules: fc.dictionary(slug, moduleProgress, { maxKeys: 3 }),
    path: fc.option(stamped(fc.option(fc.constantFrom('clinician', 'workshop'), { nil: null })), { nil: null }),
    certificateName: fc.option(stamped(fc.option(fc.constantFrom('Ana', 'Sam Lee'), { nil: null })), { nil: null }),
    selfAssessment,
  },
  { requiredKeys: ['version', 'salt', 'createdAt', 'updatedAt', 'modules', 'path', 'certificateName'] },
);

/** What survives localStorage: the record as JSON text and back. */
export const roundTrip = <T>(v: T): T => JSON.parse(JSON.stringify(v));
