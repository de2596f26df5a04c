import { describe, expect, it } from 'vitest';
import { merge } from './merge';
import { upgrade } from './migrate';
import { freshRecord, markSectionRead } from './record';
import { ProgressRecordSchema } from './schema';
import { confidenceRows, nextSitting, recordSelfAssessment } from './selfAssessment';
import { isProgressRecord } from './shape';
import { createProgressStore } from './storage';
import { PROGRESS_BACKUP_PREFIX, PROGRESS_KEY } from './types';
import { at, SELF_ASSESSMENT } from './testOutline';

const SA = SELF_ASSESSMENT;

/** Exactly what the current release writes: a version 2 record from before the self-assessment. */
const V2_TEXT =
  '{"version":2,"salt":"dddddddddddddddddddddddddddddddd","createdAt":"2026-02-01T08:00:00.000Z","updatedAt":"2026-02-01T08:05:00.000Z",' +
  '"modules":{"noticing":{"sections":{"signs":"2026-02-01T08:05:00.000Z"},"position":null,"checks":{},"scenarios":{},"snapshots":{}}},' +
  '"path":{"at":"2026-02-01T08:00:00.000Z","value":"full"},"certificateName":null}';

const salt = () => 'c'.repeat(32);
const base = freshRecord(at(0), 'b'.repeat(32));

describe('recording the self-assessment', () => {
  it('keeps each sitting with its path, and taking one again replaces it', () => {
    let r = recordSelfAssessment(base, 'before', 'full', { 'risk-one': 2, 'risk-two': 3 }, at(1));
    expect(nextSitting(base)).toBe('before');
    expect(nextSitting(r)).toBe('after');
    r = recordSelfAssessment(r, 'after', 'full', { 'risk-one': 4 }, at(5));
    r = recordSelfAssessment(r, 'before', 'full', { 'risk-one': 1 }, at(6));
    expect(r.selfAssessment).toEqual({
      before: { at: at(6), value: { path: 'full', ratings: { 'risk-one': 1 } } },
      after: { at: at(5), value: { path: 'full', ratings: { 'risk-one': 4 } } },
    });
    expect(r.updatedAt).toBe(at(6));
    expect(ProgressRecordSchema.safeParse(r).success).toBe(true);
  });

  it('drops anything but whole numbers from 1 to 5 before it reaches the record', () => {
    const r = recordSelfAssessment(base, 'before', 'full', { 'risk-one': 0, 'risk-two': 6, 'care-one': 2.5, 'care-two': 5 }, at(1));
    expect(r.selfAssessment?.before?.value.ratings).toEqual({ 'care-two': 5 });
  });

  it('shows before and after per competency as the mean of its rated statements', () => {
    let r = recordSelfAssessment(base, 'before', 'full', { 'risk-one': 2, 'risk-two': 3, 'gone-statement': 5 }, at(1));
    r = recordSelfAssessment(r, 'after', 'full', { 'risk-one': 4, 'risk-two': 5, 'care-one': 4 }, at(2));
    expect(confidenceRows(r, SA)).toEqual([
      { competency: 'risk', short: 'Identifying risk', before: 2.5, after: 4.5 },
      { competency: 'care', short: 'Patient-centered care', before: null, after: 4 },
    ]);
    expect(confidenceRows(base, SA).every((row) => row.before === null && row.after === null)).toBe(true);
  });
});

describe('a record from the current release (before the self-assessment existed)', () => {
  it('loads unchanged: its migration is that the new field is optional', () => {
    const result = upgrade(JSON.parse(V2_TEXT), { salt });
    expect(result).toEqual({ ok: true, record: JSON.parse(V2_TEXT), from: 2 });
    expect(ProgressRecordSchema.safeParse(JSON.parse(V2_TEXT)).success).toBe(true);
  });

  it('merges with a record that has ratings, keeping both sides\' data', () => {
    const old = JSON.parse(V2_TEXT);
    const rated = recordSelfAssessment(markSectionRead(base, 'responding', 'listen', at(2)), 'before', 'full', { 'risk-one': 3 }, at(3));
    for (const m of [merge(old, rated), merge(rated, old)]) {
      expect(m.modules.noticing.sections.signs).toBe('2026-02-01T08:05:00.000Z');
      expect(m.modules.responding.sections.listen).toBe(at(2));
      expect(m.path?.value).toBe('full');
      expect(m.selfAssessment).toEqual({ before: { at: at(3), value: { path: 'full', ratings: { 'risk-one': 3 } } } });
      expect(isProgressRecord(m)).toBe(true);
    }
  });

  it('stays without the field when neither side has it', () => {
    const m = merge(JSON.parse(V2_TEXT), base);
    expect(Object.hasOwn(m, 'selfAssessment')).toBe(false);
  });

  it('keeps the newer of each sitting, and a sitting only one side has', () => {
    const a = recordSelfAssessment(recordSelfAssessment(base, 'before', 'full', { 'risk-one': 1 }, at(1)), 'after', 'full', { 'risk-one': 4 }, at(8));
    const b = recordSelfAssessment(base, 'before', 'full', { 'risk-one': 2 }, at(2));
    expect(merge(a, b).selfAssessment).toEqual({ before: b.selfAssessment!.before, after: a.selfAssessment!.after });
    expect(merge(b, a).selfAssessment).toEqual(merge(a, b).selfAssessment);
  });
});

describe('damaged ratings', () => {
  const sitting = (ratings: unknown, extra: Record<string, unknown> = {}) => ({ ...base, selfAssessment: { before: { at: at(1), value: { path: 'full', ratings, ...extra } } } });
  it.each([
    ['a rating of 0', sitting({ 'risk-one': 0 })],
    ['a rating of 6', sitting({ 'risk-one': 6 })],
    ['a rating of 2.5', sitting({ 'risk-one': 2.5 })],
    ['a rating written as text', sitting({ 'risk-one': '3' })],
    ['a statement id that could reach the prototype', JSON.parse(JSON.stringify(sitting({})).replace('"ratings":{}', '"ratings":{"__proto__":3}'))],
    ['an unknown field in a sitting', sitting({}, { score: 10 })],
    ['a sitting that is not before or after', { ...base, selfAssessment: { during: { at: at(1), value: { path: 'full', ratings: {} } } } }],
    ['no path', { ...base, selfAssessment: { after: { at: at(1), value: { ratings: {} } } } }],
    ['null instead of the field', { ...base, selfAssessment: null }],
  ])('are refused alike by the browser check and zod: %s', (_what, record) => {
    expect(isProgressRecord(record)).toBe(false);
    expect(ProgressRecordSchema.safeParse(record).success).toBe(false);
  });

  it('are kept as a copy the learner can download, not silently thrown away, and the page goes on', () => {
    const raw = JSON.stringify(sitting({ 'risk-one': 9 }));
    const items = new Map([[PROGRESS_KEY, raw]]);
    const storage = {
      get length() { return items.size; },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
    const store = createProgressStore({ storage: () => storage, now: () => new Date(Date.UTC(2026, 2, 2)), salt });
    expect(store.notices()).toEqual([{ kind: 'unreadable', raw, backupKey: `${PROGRESS_BACKUP_PREFIX}2026-03-02T00:00:00.000Z` }]);
    expect(store.backups().map((b) => b.raw)).toEqual([raw]);
    const r = store.update((x, when) => recordSelfAssessment(x, 'before', 'full', { 'risk-one': 3 }, when));
    expect(r.selfAssessment?.before?.value.ratings).toEqual({ 'risk-one': 3 });
  });
});
