import { describe, expect, it } from 'vitest';
import { certificateFor, completionCode } from './certificate';
import { freshRecord, markSectionRead } from './record';
import { recordCheckAttempt, recordSkip } from './quizRecord';
import { at, OUTLINE } from './testOutline';

function complete(salt: string) {
  let r = freshRecord(at(0), salt);
  r = markSectionRead(r, 'noticing', 'signs', at(1));
  r = markSectionRead(r, 'noticing', 'asking', at(2));
  r = recordSkip(r, 'noticing', 'clinic', at(3));
  r = recordCheckAttempt(r, 'noticing', 'noticing-check', 4, 5, at(4));
  return markSectionRead(r, 'responding', 'listen', at(5));
}

describe('certificates', () => {
  it('is not available until every module of the path is complete', () => {
    const r = complete('1'.repeat(32));
    expect(certificateFor(r, OUTLINE, 'full')).not.toBeNull();
    const partial = freshRecord(at(0), '1'.repeat(32));
    expect(certificateFor(markSectionRead(partial, 'noticing', 'signs', at(1)), OUTLINE, 'full')).toBeNull();
    expect(certificateFor(r, OUTLINE, 'no-such-path')).toBeNull();
  });

  it('lists the modules with completion dates and best check scores', () => {
    const c = certificateFor(complete('1'.repeat(32)), OUTLINE, 'full')!;
    expect(c.path).toEqual({ id: 'full', title: 'Full path' });
    expect(c.completedAt).toBe(at(5));
    expect(c.modules).toEqual([
      { slug: 'noticing', title: 'Noticing distress', completedAt: at(4), checks: [{ title: 'Check: noticing', score: 4, total: 5, percent: 80 }] },
      { slug: 'responding', title: 'Responding well', completedAt: at(5), checks: [] },
    ]);
  });

  it('derives a code that is stable for one record and differs between two people', async () => {
    const mine = certificateFor(complete('1'.repeat(32)), OUTLINE, 'full')!;
    const theirs = certificateFor(complete('2'.repeat(32)), OUTLINE, 'full')!;
    const code = await completionCode(mine.payload);
    expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);
    expect(await completionCode(certificateFor(complete('1'.repeat(32)), OUTLINE, 'full')!.payload)).toBe(code);
    expect(await completionCode(theirs.payload)).not.toBe(code);
  });

  it('is the SHA-256 of the payload', async () => {
    // SHA-256("abc") starts ba7816bf 8f01cfea 414140de...
    expect(await completionCode('abc')).toBe('BA78-16BF-8F01-CFEA-4141');
  });
});
