import { describe, expect, it } from 'vitest';
import { describeKey } from './describeKey';
import { eraseSiteData, siteKeys } from './siteData';

function fakeStore(entries: Record<string, string>) {
  const map = new Map(Object.entries(entries));
  return {
    get length() { return map.size; },
    key: (i: number) => [...map.keys()][i] ?? null,
    removeItem: (k: string) => void map.delete(k),
    map,
  };
}

describe('site data on the device', () => {
  it('erases every Steady Ground key and leaves other sites\' data alone', () => {
    const store = fakeStore({ 'steady-ground:theme': 'dark', 'steady-ground:quiz:x': '{}', 'other-app': 'keep' });
    expect(eraseSiteData(store)).toEqual(['steady-ground:quiz:x', 'steady-ground:theme']);
    expect([...store.map.keys()]).toEqual(['other-app']);
  });

  it('lists nothing when nothing is stored', () => {
    expect(siteKeys(fakeStore({ unrelated: '1' }))).toEqual([]);
  });
});

describe('describing stored keys before erasing them', () => {
  it('names each kind of item in plain words', () => {
    expect(describeKey('steady-ground:progress')).toMatch(/^your course progress: sections read/);
    // The erase screen names the self-assessment too, so a learner knows their ratings go with the rest.
    expect(describeKey('steady-ground:progress')).toContain('your confidence ratings');
    expect(describeKey('steady-ground:progress-backup:2026-03-01T10:00:00.000Z')).toBe('a copy of earlier progress that could not be read (kept 2026-03-01)');
    expect(describeKey('steady-ground:theme')).toBe('your light or dark mode choice');
    expect(describeKey('steady-ground:quiz:clinic-intake')).toBe('where you were in “clinic-intake” (saved by an earlier version)');
    expect(describeKey('steady-ground:something-new')).toBe('something-new');
  });
});
