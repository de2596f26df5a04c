import { z } from 'astro/zod';
import { isKey, isName, isSalt, isStamp, MAX_RATING, MAX_TOTAL } from './shape';
import { MAX_ATTEMPTS, PROGRESS_VERSION, type ProgressRecord, type ProgressRecordV1, type Saved } from './types';

/**
 * The progress record as zod schemas, one per version. Used where its size does not matter: the
 * import screen (which loads it only when a file is chosen, for messages that name the field) and
 * the tests. Browser pages check shapes with `shape.ts`, which must accept exactly the same values.
 */

const Stamp = z.string().refine(isStamp, 'a time like 2026-03-01T09:30:00.000Z');
const Key = z.string().refine(isKey, 'an id of letters, digits and hyphens');
const keyed = <T extends z.ZodTypeAny>(value: T) => z.record(Key, value);
const stamped = <T extends z.ZodTypeAny>(value: T) => z.object({ at: Stamp, value }).strict();

export const CheckAttemptSchema = z
  .object({
    at: Stamp,
    score: z.number().int().min(0, 'a score of 0 or more'),
    total: z.number().int().min(1).max(MAX_TOTAL),
  })
  .strict()
  .refine((a) => a.score <= a.total, { message: 'a score no higher than the number of questions', path: ['score'] });

export const ModuleProgressSchema = z
  .object({
    /** Section anchor -> first read. */
    sections: keyed(Stamp),
    /** Where the learner was last reading. */
    position: stamped(Key).nullable(),
    checks: keyed(z.object({ attempts: z.array(CheckAttemptSchema).max(MAX_ATTEMPTS), best: CheckAttemptSchema.nullable(), skippedAt: Stamp.optional() }).strict()),
    scenarios: keyed(z.object({ endings: keyed(Stamp), skippedAt: Stamp.nullable() }).strict()),
    /** The quiz engine's saved snapshot; its inside belongs to the engine. */
    snapshots: keyed(stamped(z.custom<Saved>((v) => v !== undefined, 'a saved snapshot'))),
  })
  .strict();

/** One sitting of the self-assessment: statement id -> a whole number from 1 to 5. */
const RatingsSchema = stamped(
  z.object({ path: Key, ratings: keyed(z.number().int('a whole number from 1 to 5').min(1, 'a rating from 1 to 5').max(MAX_RATING, 'a rating from 1 to 5')) }).strict(),
);

export const ProgressRecordSchema = z
  .object({
    version: z.literal(PROGRESS_VERSION),
    salt: z.string().refine(isSalt, '32 lower-case hex digits'),
    createdAt: Stamp,
    updatedAt: Stamp,
    modules: keyed(ModuleProgressSchema),
    path: stamped(Key.nullable()).nullable(),
    certificateName: stamped(z.string().refine(isName, 'a name of at most 80 characters').nullable()).nullable(),
    /** Optional: added after version 2 shipped. */
    selfAssessment: z.object({ before: RatingsSchema.optional(), after: RatingsSchema.optional() }).strict().optional(),
  })
  .strict();

export const ProgressRecordV1Schema = z
  .object({ version: z.literal(1), updatedAt: Stamp, read: keyed(z.array(Key)) })
  .strict();

/** Each version's schema, for the import screen's messages. */
export const SCHEMAS: Record<number, z.ZodTypeAny> = { 1: ProgressRecordV1Schema, [PROGRESS_VERSION]: ProgressRecordSchema };

// The hand-written types and these schemas must describe the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const typesAgree: [Same<z.infer<typeof ProgressRecordSchema>, ProgressRecord>, Same<z.infer<typeof ProgressRecordV1Schema>, ProgressRecordV1>] = [true, true];
