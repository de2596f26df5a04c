import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { progressRecord, roundTrip } from './arbitraries';
import { canonical, merge, newest } from './merge';
import { freshRecord, markSectionRead } from './record';
import { recordCheckAttempt, setSnapshot } from './quizRecord';
import { MAX_ATTEMPTS } from './types';

const same = (x: unknown, y: unknown) => {
  expect(roundTrip(x)).toEqual(roundTrip(y));
};
const runs = { numRuns: 400 };

describe('merge laws, over generated records', { timeout: 30_000 }, () => {
  it('is commutative: the order two tabs write in does not matter', () => {
    fc.assert(fc.property(progressRecord, progressRecord, (a, b) => same(merge(a, b), merge(b, a))), runs);
  });

  it('is associative: importing files one by one or together gives the same record', () => {
    fc.assert(
      fc.property(progressRecord, progressRecord, progressRecord, (a, b, c) => same(merge(merge(a, b), c), merge(a, merge(b, c)))),
      runs,
    );
  });

  it('is idempotent: importing the same file twice changes nothing', () => {
    fc.assert(fc.property(progressRecord, (a) => same(merge(a, a), a)), runs);
    fc.assert(fc.property(progressRecord, progressRecord, (a, b) => same(merge(merge(a, b), b), merge(a, b))), runs);
  });

  it('never loses a section read, a best score or an ending reached', () => {
    fc.assert(
      fc.property(progressRecord, progressRecord, (a, b) => {
        const m = merge(a, b);
        for (const r of [a, b]) {
          for (const [slug, mod] of Object.entries(r.modules)) {
            for (const id of Object.keys(mod.sections)) expect(m.modules[slug].sections[id] <= mod.sections[id]).toBe(true);
            for (const [id, s] of Object.entries(mod.scenarios)) {
              for (const e of Object.keys(s.endings)) expect(m.modules[slug].scenarios[id].endings[e]).toBeDefined();
            }
            for (const [id, c] of Object.entries(mod.checks)) {
              const best = m.modules[slug].checks[id].best;
              if (c.best) expect(best!.score / best!.total).toBeGreaterThanOrEqual(c.best.score / c.best.total);
            }
          }
        }
      }),
      runs,
    );
  });
});

describe('merge laws for the self-assessment, over generated records', { timeout: 30_000 }, () => {
  it('keeps the newer of each sitting, and no field when neither side took it', () => {
    fc.assert(
      fc.property(progressRecord, progressRecord, (a, b) => {
        const m = merge(a, b);
        expect(Object.hasOwn(m, 'selfAssessment')).toBe(Object.hasOwn(a, 'selfAssessment') || Object.hasOwn(b, 'selfAssessment'));
        for (const when of ['before', 'after'] as const) {
          const expected = newest(a.selfAssessment?.[when] ?? null, b.selfAssessment?.[when] ?? null);
          expect(m.selfAssessment?.[when] ?? null).toEqual(expected);
          // Never a key holding nothing: what is stored is exactly what is shown.
          if (!expected) expect(m.selfAssessment && Object.hasOwn(m.selfAssessment, when)).toBeFalsy();
        }
      }),
      runs,
    );
  });
});

describe('merge, by example', () => {
  const t = (h: number) => new Date(Date.UTC(2026, 2, 1, h)).toISOString();
  const base = freshRecord(t(0), 'b'.repeat(32));

  it('keeps the first time a section was read, and both tabs\' sections', () => {
    const a = markSectionRead(markSectionRead(base, 'm', 'one', t(5)), 'm', 'two', t(6));
    const b = markSectionRead(base, 'm', 'one', t(3));
    expect(merge(a, b).modules.m.sections).toEqual({ one: t(3), two: t(6) });
  });

  it('keeps the newer snapshot, so a cleared scenario does not come back from a stale tab', () => {
    const saved = setSnapshot(base, 'm', 'q', { value: 'scene' }, t(1));
    const cleared = setSnapshot(saved, 'm', 'q', null, t(2));
    expect(merge(saved, cleared).modules.m.snapshots.q).toEqual({ at: t(2), value: null });
  });

  it('counts attempts made in two tabs once each, keeping only the latest few', () => {
    let a = base;
    const minute = (i: number) => new Date(Date.UTC(2026, 2, 1) + i * 60_000).toISOString();
    for (let i = 0; i < MAX_ATTEMPTS + 5; i++) a = recordCheckAttempt(a, 'm', 'c', i % 4, 4, minute(i));
    const b = recordCheckAttempt(base, 'm', 'c', 4, 4, t(23));
    const m = merge(a, b).modules.m.checks.c;
    expect(m.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(m.attempts.at(-1)).toEqual({ at: t(23), score: 4, total: 4 });
    expect(m.attempts[0].at).toBe(minute(6)); // the oldest six dropped off
    expect(m.best).toEqual({ at: t(23), score: 4, total: 4 });
    expect(canonical(merge(a, b))).toBe(canonical(merge(b, a)));
  });

  it('takes the smaller salt, so both sides settle on the same one', () => {
    const other = freshRecord(t(0), 'a'.repeat(32));
    expect(merge(base, other).salt).toBe('a'.repeat(32));
  });
});
