import { describe, expect, it } from 'vitest';
import { MIGRATIONS, upgrade } from './migrate';
import { ProgressRecordSchema } from './schema';
import { freshRecord } from './record';
import { PROGRESS_VERSION } from './types';

const salt = () => 'c'.repeat(32);

/** Exactly what the first release wrote (version 1 kept only the sections read). */
const V1_TEXT = '{"version":1,"updatedAt":"2025-11-02T18:04:05.123Z","read":{"recognizing-distress":["noticing-is-not-diagnosing","behavioral-signs-what-you-may-see"],"legal-frameworks":[]}}';

describe('upgrading older records', () => {
  it('has a migration from every earlier version', () => {
    for (let v = 1; v < PROGRESS_VERSION; v++) expect(MIGRATIONS[v], `migration from version ${v}`).toBeDefined();
  });

  it('upgrades a version 1 record, keeping every section read', () => {
    const result = upgrade(JSON.parse(V1_TEXT), { salt });
    expect(result.ok && result.from).toBe(1);
    if (!result.ok) return;
    expect(ProgressRecordSchema.parse(result.record)).toEqual(result.record);
    expect(result.record.modules['recognizing-distress'].sections).toEqual({
      'noticing-is-not-diagnosing': '2025-11-02T18:04:05.123Z',
      'behavioral-signs-what-you-may-see': '2025-11-02T18:04:05.123Z',
    });
    expect(Object.keys(result.record.modules)).toEqual(['recognizing-distress', 'legal-frameworks']);
    expect(result.record.salt).toBe(salt());
    expect(result.record.createdAt).toBe('2025-11-02T18:04:05.123Z');
  });

  it('passes a current record through unchanged', () => {
    const r = freshRecord('2026-01-01T00:00:00.000Z', salt());
    expect(upgrade(r, { salt })).toEqual({ ok: true, record: r, from: PROGRESS_VERSION });
  });

  it('refuses, without guessing, what it cannot read', () => {
    expect(upgrade('text', { salt })).toEqual({ ok: false, problem: 'not-a-record' });
    expect(upgrade({ version: 0 }, { salt })).toEqual({ ok: false, problem: 'not-a-record' });
    expect(upgrade({ version: '2' }, { salt })).toEqual({ ok: false, problem: 'not-a-record' });
    expect(upgrade({ version: 3 }, { salt })).toEqual({ ok: false, problem: 'newer', version: 3 });
    expect(upgrade({ version: 1, updatedAt: 'yesterday', read: {} }, { salt })).toEqual({ ok: false, problem: 'invalid', version: 1 });
    expect(upgrade({ ...freshRecord('2026-01-01T00:00:00.000Z', salt()), modules: { m: {} } }, { salt })).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
