import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressRecord, roundTrip } from './arbitraries';
import { ProgressRecordSchema, ProgressRecordV1Schema } from './schema';
import { isProgressRecord, isProgressRecordV1 } from './shape';

/** Values likely to break one rule or another. */
const junk = fc.oneof(
  fc.constantFrom(-1, 1.5, 0, 1001, '', 'x', null, [], {}, true, '2026-13-40T00:00:00.000Z', '2026-03-01', 'Bad Key', 2, 1, 3),
  fc.jsonValue({ maxDepth: 2 }),
);

type Json = Record<string, unknown> | unknown[];

/** Replaces one value somewhere in `value` (picked by `steps`), or adds or renames a key there. */
function mutate(value: unknown, steps: number[], how: 'replace' | 'add' | 'rename', replacement: unknown): unknown {
  const copy = roundTrip(value) as Json;
  let node: Json = copy;
  for (const step of steps) {
    const keys = Object.keys(node);
    if (!keys.length) break;
    const k = keys[step % keys.length];
    const child = (node as Record<string, unknown>)[k];
    if (typeof child !== 'object' || child === null || step % 3 === 0) {
      if (how === 'replace') (node as Record<string, unknown>)[k] = replacement;
      else if (how === 'rename' && !Array.isArray(node)) {
        delete (node as Record<string, unknown>)[k];
        Object.defineProperty(node, typeof replacement === 'string' ? replacement : '__proto__', { value: child, enumerable: true, configurable: true, writable: true });
      } else if (!Array.isArray(node)) (node as Record<string, unknown>).extra = replacement;
      return copy;
    }
    node = child as Json;
  }
  if (!Array.isArray(node)) (node as Record<string, unknown>).extra = replacement;
  return copy;
}

describe('the browser\'s shape check agrees with the zod schema', () => {
  it('both accept every well-formed record', () => {
    fc.assert(
      fc.property(progressRecord, (r) => {
        expect(ProgressRecordSchema.safeParse(roundTrip(r)).success).toBe(true);
        expect(isProgressRecord(roundTrip(r))).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('both give the same answer for damaged records', () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        progressRecord,
        fc.array(fc.nat(30), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('replace', 'add', 'rename') as fc.Arbitrary<'replace' | 'add' | 'rename'>,
        junk,
        (r, steps, how, replacement) => {
          const damaged = mutate(r, steps, how, replacement);
          const byZod = ProgressRecordSchema.safeParse(damaged).success;
          expect(isProgressRecord(damaged), JSON.stringify(damaged)).toBe(byZod);
          if (!byZod) rejected++;
        },
      ),
      { numRuns: 1000 },
    );
    // The damage generator must actually break records most of the time, or this proves little.
    expect(rejected).toBeGreaterThan(450);
  }, 30_000);

  it('agree on version 1 records and their damaged forms', () => {
    const v1 = fc.record({
      version: fc.constant(1),
      updatedAt: fc.constant('2025-06-01T10:00:00.000Z'),
      read: fc.dictionary(fc.constantFrom('recognizing-distress', 'legal-frameworks'), fc.array(fc.constantFrom('intro', 'signs'))),
    });
    fc.assert(
      fc.property(v1, fc.array(fc.nat(10), { minLength: 1, maxLength: 4 }), junk, (r, steps, replacement) => {
        expect(isProgressRecordV1(r)).toBe(true);
        expect(ProgressRecordV1Schema.safeParse(r).success).toBe(true);
        const damaged = mutate(r, steps, 'replace', replacement);
        expect(isProgressRecordV1(damaged)).toBe(ProgressRecordV1Schema.safeParse(damaged).success);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('rejects an own "__proto__" or "constructor" key that JSON.parse can produce', () => {
    const r = JSON.parse('{"version":2,"salt":"00000000000000000000000000000000","createdAt":"2026-01-01T00:00:00.000Z","updatedAt":"2026-01-01T00:00:00.000Z","modules":{"__proto__":{"sections":{},"position":null,"checks":{},"scenarios":{},"snapshots":{}}},"path":null,"certificateName":null}');
    expect(isProgressRecord(r)).toBe(false);
    expect(ProgressRecordSchema.safeParse(r).success).toBe(false);
    const extra = JSON.parse('{"version":1,"updatedAt":"2026-01-01T00:00:00.000Z","read":{},"constructor":1}');
    expect(isProgressRecordV1(extra)).toBe(false);
    expect(ProgressRecordV1Schema.safeParse(extra).success).toBe(false);
  });
});
