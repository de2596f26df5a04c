import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, validateImport } from './importFile';
import { choosePath, freshRecord, markSectionRead, rememberName } from './record';
import { recordCheckAttempt, recordEnding, setSnapshot } from './quizRecord';
import { recordSelfAssessment } from './selfAssessment';
import { at, OUTLINE, SELF_ASSESSMENT } from './testOutline';

const here = markSectionRead(freshRecord(at(0), '1'.repeat(32)), 'noticing', 'signs', at(1));

/** A good export from another device. */
function otherDevice() {
  let r = freshRecord(at(0), '2'.repeat(32));
  r = markSectionRead(r, 'responding', 'listen', at(2));
  r = recordEnding(r, 'noticing', 'clinic', 'trust', at(3));
  r = recordCheckAttempt(r, 'noticing', 'noticing-check', 5, 5, at(4));
  r = setSnapshot(r, 'noticing', 'clinic', { value: { scene: 'waiting-room' } }, at(5));
  r = choosePath(r, 'full', at(6));
  r = rememberName(r, 'Ana Diaz', at(7));
  r = recordSelfAssessment(r, 'before', 'full', { 'risk-one': 2, 'care-two': 3 }, at(8));
  return recordSelfAssessment(r, 'after', 'full', { 'risk-one': 4, 'care-two': 5 }, at(9));
}

const check = (text: string, selfAssessment = SELF_ASSESSMENT) => validateImport(text, new TextEncoder().encode(text).length, OUTLINE, here, selfAssessment);
const messageFor = (text: string) => {
  const result = check(text);
  expect(result.ok, text.slice(0, 80)).toBe(false);
  return result.ok ? '' : result.message;
};
const withChange = (change: (r: Record<string, any>) => void) => {
  const r = JSON.parse(JSON.stringify(otherDevice()));
  change(r);
  return JSON.stringify(r);
};

describe('importing a progress file', () => {
  it('accepts an export and says what it holds before anything changes', () => {
    const result = check(JSON.stringify(otherDevice(), null, 2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview).toEqual({
      updatedAt: at(9),
      sectionsRead: 1,
      modulesStarted: ['Responding well'],
      scenariosFinished: 1,
      checkAttempts: 1,
      inProgress: 1,
      pathTitle: 'Full path',
      hasName: true,
      selfAssessment: ['before', 'after'],
      percentNow: 20,
      percentAfter: 80,
    });
  });

  it('accepts a file from the first release (version 1)', () => {
    const result = check('{"version":1,"updatedAt":"2025-11-02T18:04:05.123Z","read":{"noticing":["asking"]}}');
    expect(result.ok && result.preview.sectionsRead).toBe(1);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['text that is not JSON', 'Steady Ground progress, 3 modules', /not in the JSON format/],
    ['JSON cut off part way', JSON.stringify(otherDevice()).slice(0, 120), /not in the JSON format/],
    ['a JSON list', '[1,2,3]', /no version number/],
    ['an object without a version', '{"modules":{}}', /no version number/],
    ['a version from a newer release', withChange((r) => (r.version = 7)), /newer version of Steady Ground \(version 7\)/],
    ['a version that never existed', withChange((r) => (r.version = 0)), /version \(0\) is not one/],
    ['a version written as text', withChange((r) => (r.version = '2')), /version \("2"\) is not one/],
    ['a negative score', withChange((r) => (r.modules.noticing.checks['noticing-check'].best.score = -2)), /best › score: a score of 0 or more/],
    ['a score above the number of questions', withChange((r) => (r.modules.noticing.checks['noticing-check'].attempts[0].score = 9)), /score: a score no higher/],
    ['a module this course does not have', withChange((r) => (r.modules['underwater-basket-weaving'] = r.modules.responding)), /module this course does not have \(“underwater-basket-weaving”\)/],
    ['a scenario this course does not have', withChange((r) => (r.modules.noticing.scenarios.spaceship = { endings: {}, skippedAt: null })), /scenario this course does not have/],
    ['an ending the scenario does not have', withChange((r) => (r.modules.noticing.scenarios.clinic.endings.happily = '2026-03-01T00:00:00.000Z')), /ending that scenario “At the clinic” does not have/],
    ['a learning path this course does not have', withChange((r) => (r.path.value = 'astronaut')), /learning path this course does not have/],
    ['a date that is not a date', withChange((r) => (r.modules.responding.sections.listen = 'last Tuesday')), /sections › listen: a time like/],
    ['a field this format does not have', withChange((r) => (r.password = 'hunter2')), /Unrecognized key/],
    ['a missing field', withChange((r) => delete r.salt), /salt: Required/],
    ['a confidence rating above 5', withChange((r) => (r.selfAssessment.after.value.ratings['risk-one'] = 7)), /selfAssessment › after › value › ratings › risk-one: a rating from 1 to 5/],
    ['a confidence rating of 0', withChange((r) => (r.selfAssessment.before.value.ratings['care-two'] = 0)), /ratings › care-two: a rating from 1 to 5/],
    ['a confidence rating that is not a whole number', withChange((r) => (r.selfAssessment.before.value.ratings['care-two'] = 3.5)), /ratings › care-two: a whole number from 1 to 5/],
    ['a statement this course does not have', withChange((r) => (r.selfAssessment.before.value.ratings['i-can-fly'] = 3)), /confidence ratings name a statement this course does not have \(“i-can-fly”\)/],
    ['ratings for a path this course does not have', withChange((r) => (r.selfAssessment.after.value.path = 'astronaut')), /confidence ratings name a learning path this course does not have/],
    ['a quiz file instead of a progress file', 'kind: scenario\nid: clinic-intake\n', /not in the JSON format/],
  ])('rejects %s with a clear message', (_what, text, expected) => {
    expect(messageFor(text)).toMatch(expected);
  });

  it('accepts a file from before the self-assessment, and one with ratings only once the statements are known', () => {
    const old = withChange((r) => delete r.selfAssessment);
    expect(check(old).ok).toBe(true);
    expect(validateImport(old, old.length, OUTLINE, here, null).ok).toBe(true);
    const rated = JSON.stringify(otherDevice());
    expect(validateImport(rated, rated.length, OUTLINE, here, null)).toEqual({ ok: false, message: expect.stringMatching(/confidence ratings could not be checked just now/) });
  });

  it('rejects a huge file before reading it', () => {
    const result = validateImport('{}', MAX_IMPORT_BYTES + 1, OUTLINE, here, SELF_ASSESSMENT);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/too large \(1\.0 MB\)/) });
  });
});
